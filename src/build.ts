// `npm run build`: builds a content folder with the project's templates into a temporary folder, then swaps it in.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import { PROJECT_ROOT } from "./eleventy/paths.ts";
import { takeImageStats, type ImageStats } from "./images/index.ts";
import { listFiles } from "./content/folder.ts";
import { failureReport, findContentError, githubAnnotation, onGitHubActions } from "./report.ts";
import { ContentError } from "./schema/problem.ts";

export { findContentError } from "./report.ts";

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
  /** Photos and share images made, and taken from the cache (src/images/). */
  images?: ImageStats;
}

/**
 * Replace `output` by `built` so that readers see either the old site or the new one, never half of one. The old site
 * is removed by a process of its own, after the build has finished (the next build removes what it leaves).
 */
function swapIn(built: string, output: string): void {
  if (!existsSync(output)) {
    renameSync(built, output);
    return;
  }
  const old = join(dirname(output), `.${basename(output)}.old-${process.pid}`);
  renameSync(output, old);
  renameSync(built, output);
  spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", old], {
    detached: true,
    stdio: "ignore",
  }).unref();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Temporary and old folders that a killed build left beside the output (`.NAME.tmp-PID-…`, `.NAME.old-PID`), removed. */
export function removeLeftovers(output: string): void {
  const name = basename(output);
  for (const entry of readdirSync(dirname(output))) {
    if (!entry.startsWith(`.${name}.`)) continue;
    const match = /^\.(?:tmp|old)-(\d+)(?:-|$)/.exec(entry.slice(name.length + 1));
    if (!match || Number(match[1]) === process.pid || isRunning(Number(match[1]))) continue;
    try {
      rmSync(join(dirname(output), entry), { recursive: true, force: true });
    } catch {
      // Another process (the last build's remover) may be removing it at the same time; the next build tries again.
    }
  }
}

/** The temporary folder of the build under way, removed if the process has to stop. */
let building: string | undefined;

export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const started = performance.now();
  const input = resolve(options.input);
  const output = resolve(options.output);
  if (!existsSync(input))
    throw new ContentError([{ file: options.input, expected: "a content folder", found: "nothing there" }]);
  mkdirSync(dirname(output), { recursive: true });
  removeLeftovers(output);
  // The build's pid is in the name, so the next build can tell a folder left by a killed build from one still in use.
  const temporary = mkdtempSync(join(dirname(output), `.${basename(output)}.tmp-${process.pid}-`));
  building = temporary;
  takeImageStats();
  const savedEnv = {
    SITE_URL: process.env.SITE_URL,
    PATH_PREFIX: process.env.PATH_PREFIX,
    TALK_PAGES_IMAGE_CACHE: process.env.TALK_PAGES_IMAGE_CACHE,
  };
  try {
    if (options.env) Object.assign(process.env, options.env);
    const eleventy = new Eleventy(input, temporary, {
      configPath: join(PROJECT_ROOT, ".eleventy.ts"),
      quietMode: true,
    });
    // Eleventy's own progress and benchmark lines are left out: the build prints one summary; real warnings still show.
    eleventy.logger.overrideLogger({
      log() {},
      info() {},
      warn: (m: string) => (/Benchmark/.test(m) ? undefined : console.warn(m)),
      error() {},
    });
    await eleventy.write();
    // Counted on disk: some files (calendars, schedules) are written by the build itself, not by Eleventy.
    const files = listFiles(temporary);
    swapIn(temporary, output);
    const pages = files.filter((file) => file.endsWith(".html")).length;
    return {
      pages,
      filesWritten: files.length,
      seconds: (performance.now() - started) / 1000,
      ...withImages(takeImageStats()),
    };
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  } finally {
    building = undefined;
    for (const [key, value] of Object.entries(savedEnv)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function withImages(images: ImageStats | undefined): { images?: ImageStats } {
  return images ? { images } : {};
}

/** "; share images: 3 made, 40 from the cache (0.41 s); photos: 0 made, 12 from the cache". */
export function imageSummary(images: ImageStats | undefined): string {
  if (!images) return "";
  const { shareImages: share, photos } = images;
  const parts = [];
  if (share.made + share.cached > 0)
    parts.push(
      `share images: ${share.made} made, ${share.cached} from the cache (${(images.shareMs / 1000).toFixed(2)} s)`,
    );
  if (photos.made + photos.cached > 0) parts.push(`photos: ${photos.made} made, ${photos.cached} from the cache`);
  return parts.length ? `; ${parts.join("; ")}` : "";
}

async function main(): Promise<void> {
  // Some Eleventy failures (a passthrough copy, a plugin) surface as rejected promises nobody awaits: still one report,
  // exit 1, and the half-built folder removed.
  process.on("unhandledRejection", (error) => {
    console.error(`Build failed: ${(error as Error)?.message ?? String(error)}`);
    if (building) rmSync(building, { recursive: true, force: true });
    process.exit(1);
  });
  const { values } = parseArgs({
    options: { input: { type: "string", default: "content" }, output: { type: "string", default: "_site" } },
  });
  const input = values.input ?? "content";
  const output = values.output ?? "_site";
  try {
    const result = await buildSite({ input, output });
    console.log(
      `Built ${result.pages} pages (${result.filesWritten} files) from ${input} into ${output}` +
        ` in ${result.seconds.toFixed(2)} s${imageSummary(result.images)}`,
    );
  } catch (error) {
    const report = failureReport(error, `${output} left as it was`);
    console.error(report.heading);
    for (const line of report.lines) console.error(`  ${line}`);
    // In a pull request's check, each problem also lands on its file and line.
    if (onGitHubActions())
      for (const problem of findContentError(error)?.problems ?? []) console.log(githubAnnotation("error", problem));
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PROJECT_ROOT, "src/build.ts")) await main();
