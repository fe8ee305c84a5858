// The build's own part of Eleventy's life cycle: before each build the model is loaded and checked; after it, every
// page is rendered with the project's layouts (src/render/) and written with the calendars, schedules and assets.
// While serving, a rebuild writes only the pages and files whose view changed, and removes what is no longer published.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { exportFiles } from "../export/index.ts";
import { ConferenceLoader, listFiles, type Conference } from "../model/load.ts";
import { readSettings, type Settings } from "../model/settings.ts";
import { Layouts } from "../render/layouts.ts";
import { failureReport } from "../report.ts";
import { displayPath, someOf } from "../schema/problem.ts";
import { PUBLIC_DIR, TEMPLATES_DIR } from "./paths.ts";
import type { EleventyConfig } from "./types.ts";

/** A file the build writes: where, and what. */
interface Output {
  path: string;
  content: () => string;
}

export interface BuildState {
  conference?: Conference;
  /** While serving: why the last load failed (nothing is built then, and the dev server shows this instead). */
  failure?: { heading: string; lines: string[] };
  /** What this build writes: everything, or while serving, what changed. */
  outputs: Output[];
  /** While serving: output paths the last build wrote that this one no longer publishes. */
  stale: string[];
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

/** Writes the outputs, many at a time (the disk works while the next pages render), inside `output` only. */
async function writeOutputs(output: string, outputs: Output[]): Promise<void> {
  const folders = new Set(outputs.map((item) => dirname(item.path)));
  for (const folder of [...folders].sort()) mkdirSync(join(output, folder), { recursive: true });
  const pending = new Set<Promise<void>>();
  for (const item of outputs) {
    const target = resolve(output, item.path);
    if (!isInside(output, target)) throw new Error(`${item.path} would be written outside the output folder`);
    const write: Promise<void> = writeFile(target, item.content()).then(() => void pending.delete(write));
    pending.add(write);
    if (pending.size >= 64) await Promise.race(pending);
  }
  await Promise.all(pending);
}

export function registerConference(eleventyConfig: EleventyConfig, inputDir: string): BuildState {
  const state: BuildState = { outputs: [], stale: [] };
  const loader = new ConferenceLoader(inputDir, listFiles(PUBLIC_DIR));
  let layouts: Layouts | undefined;
  /** While serving: what each output path held at the last build, and each copied asset's file. */
  let written = new Map<string, string>();
  let copied = new Map<string, string>();
  let everything = true;

  // A change outside the content folder (a template, the CSS) changes pages in ways their views do not show.
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    if (queue.some((path) => !isInside(resolve(inputDir), resolve(path)))) everything = true;
  });

  eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
    state.outputs = [];
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
    // Layouts read again for every build: while serving, an edited template takes effect.
    if (everything || !layouts) layouts = new Layouts(join(TEMPLATES_DIR, "layouts"), join(TEMPLATES_DIR, "partials"));
    const pageLayouts = layouts;
    const serving = runMode !== "build";
    const frame = serving ? JSON.stringify(conference.site) : "";
    const now = new Map<string, string>();
    const wanted = (path: string, print: () => string) => {
      if (!serving) return true;
      const value = print();
      now.set(path, value);
      return everything || written.get(path) !== value;
    };
    const { site } = conference;
    for (const doc of conference.docs) {
      if (wanted(doc.path, () => fingerprint(frame, JSON.stringify(doc)))) {
        state.outputs.push({ path: doc.path, content: () => pageLayouts.render(doc.kind, { doc, site, content: "html" in doc ? doc.html : "" }) });
      }
    }
    for (const file of exportFiles(conference)) if (wanted(file.path, () => fingerprint(file.content))) state.outputs.push({ path: file.path, content: () => file.content });
    if (serving) {
      state.stale = [...written.keys()].filter((path) => !now.has(path));
      written = now;
      everything = false;
    }
  });

  // Pages, calendars, schedules and the sitemap, then images and attachments beside the content, copied to the same
  // place (while serving, only those that changed). Assets by hand rather than addPassthroughCopy: Eleventy's
  // passthrough globs are relative to the working directory and refuse a content folder outside it, which the
  // importer's users rely on; and the files copied are exactly the ones the content check classified.
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
    const conference = state.conference;
    if (state.failure || !conference) return;
    const output = resolve(directories.output);
    await writeOutputs(output, state.outputs);
    const now = new Map<string, string>();
    for (const path of conference.assets) {
      const target = join(output, relative(inputDir, path));
      const stats = statSync(path);
      const key = `${stats.mtimeMs}:${stats.size}`;
      now.set(target, key);
      if (runMode !== "build" && copied.get(target) === key) continue;
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target, { dereference: true });
    }
    if (runMode === "build") return;
    // Pages and files no longer published are removed, so the preview shows what a build would publish.
    for (const path of state.stale) rmSync(join(output, path), { force: true });
    for (const target of copied.keys()) if (!now.has(target)) rmSync(target, { force: true });
    copied = now;
    state.stale = [];
  });
  return state;
}
