// Builds a content folder through the same API `npm run build` uses, into a fresh temporary folder.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { buildSite, findContentError, type BuildResult } from "../../src/build.ts";
import type { ContentProblem } from "../../src/schema/problem.ts";

export const CONTENT = join(import.meta.dirname, "..", "..", "content");
const PUBLIC = join(import.meta.dirname, "..", "..", "public");

/** Where the build publishes a file of public/ ("css/site.css"): `_assets/` and its name with 12 hex digits of its sha256. */
export function publishedAsset(name: string): string {
  const digest = createHash("sha256").update(readFileSync(join(PUBLIC, name))).digest("hex").slice(0, 12);
  const base = name.slice(name.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return `_assets/${base.slice(0, dot)}.${digest}${base.slice(dot)}`;
}

export interface BuiltSite extends BuildResult {
  dir: string;
  read(path: string): string;
  document(path: string): Document;
  files(): string[];
}

export function temporaryDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `talk-pages-${label}-`));
}

export async function buildInto(options: { input?: string; pathPrefix?: string; siteUrl?: string; output?: string } = {}): Promise<BuiltSite> {
  const dir = options.output ?? join(temporaryDir("site"), "_site");
  const env: NodeJS.ProcessEnv = { PATH_PREFIX: options.pathPrefix ?? "/" };
  if (options.siteUrl) env.SITE_URL = options.siteUrl;
  const result = await buildSite({ input: options.input ?? CONTENT, output: dir, env });
  const read = (path: string) => readFileSync(join(dir, path), "utf8");
  return {
    ...result,
    dir,
    read,
    document: (path: string) => parseHTML(read(path)).document as unknown as Document,
    files: () => listFiles(dir).map((f) => relative(dir, f)),
  };
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

/** A copy of the default content in a fresh folder (`root/content`), changed by `edit`; `root` holds nothing else. */
export function copyContent(label: string, edit: (dir: string) => void = () => {}): { root: string; input: string } {
  const root = temporaryDir(label);
  const input = join(root, "content");
  cpSync(CONTENT, input, { recursive: true });
  edit(input);
  return { root, input };
}

/** Writes a file under `dir`, creating its folders. */
export function writeInto(dir: string, path: string, text: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Edits a JSON file in place. */
export function editJson(path: string, edit: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  edit(data);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

/** The problems a build of `input` reports; fails the test if the build succeeds or fails for another reason. */
export async function buildProblems(input: string, output = join(temporaryDir("out"), "_site")): Promise<ContentProblem[]> {
  try {
    await buildSite({ input, output, env: { PATH_PREFIX: "/" } });
  } catch (error) {
    const content = findContentError(error);
    if (!content) throw new Error(`expected a content error, got ${String((error as Error)?.stack ?? error)}`);
    return content.problems;
  }
  throw new Error("the build should have failed");
}

/**
 * An Eleventy config file in `root` that runs `before` (JavaScript, with `eleventyConfig` in scope), then the project's
 * own config, then `after`: a way to stand in for what the content check might miss, or to make Eleventy noisier.
 */
export function configAround(root: string, code: { before?: string; after?: string }): string {
  const path = join(root, "around.config.ts");
  const project = JSON.stringify(join(import.meta.dirname, "..", "..", ".eleventy.ts"));
  writeFileSync(path, `import base from ${project};\nexport default function (eleventyConfig) {\n${code.before ?? ""}\n  const result = base(eleventyConfig);\n${code.after ?? ""}\n  return result;\n}\n`);
  return path;
}
