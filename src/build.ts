// `npm run build`: builds a content folder with the project's templates into a temporary folder, then swaps it in.
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { PROJECT_ROOT } from "./eleventy/site.ts";
import { ContentError, formatProblem } from "./schema/problem.ts";

export interface BuildOptions {
  input: string;
  output: string;
  /** Passed on to the config as SITE_URL / PATH_PREFIX would be. */
  env?: NodeJS.ProcessEnv;
}

export interface BuildResult {
  pages: number;
  filesWritten: number;
  seconds: number;
}

interface EleventyResult {
  outputPath?: string | false;
}

/** An error and what it wraps (Eleventy's originalError, or cause), outermost first, at most ten deep. */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 10; ) {
    chain.push(current);
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return chain;
}

/** The ContentError behind whatever Eleventy wrapped it in, if there is one. */
export function findContentError(error: unknown): ContentError | undefined {
  return errorChain(error).find((e): e is ContentError => e instanceof ContentError);
}

/** Replace `output` by `built` so that readers see either the old site or the new one, never half of one. */
function swapIn(built: string, output: string): void {
  if (!existsSync(output)) {
    renameSync(built, output);
    return;
  }
  const old = `${output}.old-${process.pid}`;
  renameSync(output, old);
  renameSync(built, output);
  rmSync(old, { recursive: true, force: true });
}

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const input = resolve(options.input);
  const output = resolve(options.output);
  if (!existsSync(input)) throw new ContentError([{ file: options.input, expected: "a content folder", found: "nothing there" }]);
  const temporary = mkdtempSync(join(dirname(output), `.${basename(output)}.tmp-`));
  const savedEnv = { SITE_URL: process.env.SITE_URL, PATH_PREFIX: process.env.PATH_PREFIX };
  try {
    if (options.env) Object.assign(process.env, options.env);
    const eleventy = new Eleventy(input, temporary, { configPath: join(PROJECT_ROOT, ".eleventy.ts"), quietMode: true });
    // Eleventy's own progress and benchmark lines are left out: the build prints one summary; real warnings still show.
    eleventy.logger.overrideLogger({ log() {}, info() {}, warn: (m: string) => (/Benchmark/.test(m) ? undefined : console.warn(m)), error() {} });
    const [copied, templates] = (await eleventy.write()) as unknown as [unknown[], EleventyResult[]];
    swapIn(temporary, output);
    const pages = templates.filter((t) => typeof t.outputPath === "string" && t.outputPath.endsWith(".html")).length;
    return { pages, filesWritten: templates.length + copied.length, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  } finally {
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

async function main(): Promise<void> {
  // Some Eleventy failures (a passthrough copy, a plugin) surface as rejected promises nobody awaits: still one report, exit 1.
  process.on("unhandledRejection", (error) => {
    console.error(`Build failed: ${(error as Error)?.message ?? String(error)}`);
    process.exit(1);
  });
  const { values } = parseArgs({
    options: { input: { type: "string", default: "content" }, output: { type: "string", default: "_site" } },
  });
  const input = values.input ?? "content";
  const output = values.output ?? "_site";
  try {
    const result = await buildSite({ input, output });
    console.log(`Built ${result.pages} pages (${result.filesWritten} files) from ${input} into ${output} in ${result.seconds.toFixed(2)} s`);
  } catch (error) {
    const content = findContentError(error);
    if (content) {
      console.error(`Build failed: ${content.problems.length} problem${content.problems.length === 1 ? "" : "s"} in the content (${output} left as it was):`);
      for (const problem of content.problems) console.error(`  ${formatProblem(problem)}`);
    } else {
      console.error(`Build failed (${output} left as it was):`);
      for (const cause of errorChain(error)) console.error(`  ${(cause as Error).message ?? String(cause)}`);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PROJECT_ROOT, "src/build.ts")) await main();
