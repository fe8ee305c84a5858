// The model handed to Eleventy: loaded and checked before every build, given to the templates as global data (`site`,
// and the views to render as `render.<kind>`), with the files it copies. While serving, a rebuild renders only the
// pages and files whose view changed, and removes what is no longer published.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { exportFiles, type ExportFile } from "../export/index.ts";
import type { Doc, DocKind } from "../model/docs.ts";
import { ConferenceLoader, listFiles, type Conference } from "../model/load.ts";
import { readSettings, type Settings } from "../model/settings.ts";
import { failureReport } from "../report.ts";
import { displayPath, someOf } from "../schema/problem.ts";
import { PUBLIC_DIR } from "./paths.ts";
import { PAGE_KINDS } from "./templates.ts";
import type { EleventyConfig } from "./types.ts";

/** The pages Eleventy renders this build, by kind, and the export files written as they are. */
export type RenderSet = Record<DocKind, Doc[]> & { file: ExportFile[] };

export interface BuildState {
  conference?: Conference;
  /** While serving: why the last load failed (nothing is built then, and the dev server shows this instead). */
  failure?: { heading: string; lines: string[] };
  /** What this build renders: everything, or while serving, what changed. */
  render: RenderSet;
  /** While serving: output paths the last build wrote that this one no longer publishes. */
  stale?: string[];
}

function emptyRenderSet(): RenderSet {
  return Object.fromEntries([...PAGE_KINDS, "file"].map((kind) => [kind, []])) as unknown as RenderSet;
}

/** One warning line for files nobody publishes, so none disappears without a word. */
export function unpublishedWarning(files: string[]): string | undefined {
  if (files.length === 0) return undefined;
  return `warning: ${files.length} file${files.length === 1 ? " is" : "s are"} not published (only .md pages and image, PDF, text and zip files are): ${someOf(files.map(displayPath), 5)}`;
}

function fingerprint(...parts: string[]): string {
  const hash = createHash("sha1");
  for (const part of parts) hash.update(part).update("\u0000");
  return hash.digest("base64");
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

/** The settings the config needs before the first build (its path prefix), or stand-ins when site.json is broken. */
export function settingsForConfig(inputDir: string): Pick<Settings, "pathPrefix"> {
  try {
    return readSettings(inputDir);
  } catch {
    // The build reports it, with everything else, in eleventy.before.
    return { pathPrefix: "/" };
  }
}

export function registerConference(eleventyConfig: EleventyConfig, inputDir: string): BuildState {
  const state: BuildState = { render: emptyRenderSet() };
  const loader = new ConferenceLoader(inputDir, listFiles(PUBLIC_DIR));
  /** While serving: what each output path held at the last build, and each copied asset's file. */
  let written = new Map<string, string>();
  let copied = new Map<string, string>();
  let everything = true;

  // A change outside the content folder (a template, the CSS) changes pages in ways their views do not show.
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    if (queue.some((path) => !isInside(resolve(inputDir), resolve(path)))) everything = true;
  });

  eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
    state.render = emptyRenderSet();
    state.failure = undefined;
    try {
      state.conference = loader.load();
    } catch (error) {
      if (runMode === "build") throw error;
      state.failure = failureReport(error, "the pages served are from before the problem");
      console.error([state.failure.heading, ...state.failure.lines.map((line) => `  ${line}`)].join("\n"));
      return;
    }
    const conference = state.conference;
    const warning = unpublishedWarning(conference.unpublished);
    if (warning) console.warn(warning);
    const serving = runMode !== "build";
    const frame = serving ? JSON.stringify(conference.site) : "";
    const now = new Map<string, string>();
    const changed = (path: string, print: string) => {
      now.set(path, print);
      return !serving || everything || written.get(path) !== print;
    };
    for (const doc of conference.docs) if (changed(doc.path, serving ? fingerprint(frame, JSON.stringify(doc)) : "")) (state.render[doc.kind] as Doc[]).push(doc);
    for (const file of exportFiles(conference)) if (changed(file.path, serving ? fingerprint(file.content) : "")) state.render.file.push(file);
    if (runMode !== "build") {
      state.stale = [...written.keys()].filter((path) => !now.has(path));
      written = now;
      everything = false;
    }
  });

  eleventyConfig.addGlobalData("site", () => state.conference?.site ?? {});
  eleventyConfig.addGlobalData("render", () => state.render);

  // Images and attachments beside the content, copied to the same place; while serving, only those that changed.
  // By hand rather than addPassthroughCopy: Eleventy's passthrough globs are relative to the working directory and
  // refuse a content folder outside it (`--input ../site/content`), which the importer's users rely on; and the files
  // copied are exactly the ones the content check classified (and, for SVG, checked for scripts).
  eleventyConfig.on("eleventy.after", ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    const conference = state.conference;
    if (state.failure || !conference) return;
    // Calendars, schedules and the sitemap, written as src/export/ made them (Eleventy would only copy the text).
    const output = resolve(directories.output);
    for (const file of state.render.file) {
      const target = resolve(output, file.path);
      if (!isInside(output, target)) throw new Error(`an export would be written outside the output folder: ${file.path}`);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.content);
    }
    const now = new Map<string, string>();
    for (const path of conference.assets) {
      const target = join(directories.output, relative(inputDir, path));
      const stats = statSync(path);
      const key = `${stats.mtimeMs}:${stats.size}`;
      now.set(target, key);
      if (runMode !== "build" && copied.get(target) === key) continue;
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target, { dereference: true });
    }
    if (runMode === "build") return;
    // Pages and files no longer published are removed, so the preview shows what a build would publish.
    for (const path of state.stale ?? []) rmSync(join(directories.output, path), { force: true });
    for (const target of copied.keys()) if (!now.has(target)) rmSync(target, { force: true });
    copied = now;
    state.stale = [];
  });
  return state;
}
