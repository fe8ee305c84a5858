// What `npm start` adds to Eleventy's life cycle: before each rebuild the model is loaded and checked (files that did
// not change are not read again); after it, the pages and files whose view changed are written with the project's
// layouts, as `npm run build` writes them all (src/render/outputs.ts), and what is no longer published is removed.
import { rmSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { writeImages } from "../images/index.ts";
import { ConferenceLoader, type Conference } from "../model/load.ts";
import { readSettings, type Settings } from "../model/settings.ts";
import { Layouts } from "../render/layouts.ts";
import { ChangeTracker, copyFiles, exportOutputs, pageOutputs, writeOutputs, type Output } from "../render/outputs.ts";
import { failureReport, githubAnnotation, onGitHubActions } from "../report.ts";
import { displayPath, formatProblem, someOf } from "../schema/problem.ts";
import { PUBLIC_DIR, TEMPLATES_DIR } from "./paths.ts";
import type { EleventyConfig } from "./types.ts";

export interface BuildState {
  conference?: Conference;
  /** Why the last load failed (nothing is written then, and the dev server shows this instead). */
  failure?: { heading: string; lines: string[] };
}

/** One warning line for files nobody publishes, so none disappears without a word. */
export function unpublishedWarning(files: string[]): string | undefined {
  if (files.length === 0) return undefined;
  return `warning: ${files.length} file${files.length === 1 ? " is" : "s are"} not published (only .md pages and image, PDF, text and zip files are): ${someOf(files.map(displayPath), 5)}`;
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
  const state: BuildState = {};
  const loader = new ConferenceLoader(inputDir, PUBLIC_DIR);
  const pageTracker = new ChangeTracker();
  const exportTracker = new ChangeTracker();
  let layouts: Layouts | undefined;
  let pages: { write: Output[]; stale: string[] } = { write: [], stale: [] };
  let copied = new Map<string, string>();
  let everything = true;
  /** While serving: the calendars, schedules and sitemap of the last rebuild, written after its pages. */
  let exporting: Promise<void> = Promise.resolve();
  /** While serving: the images of the newest model, written after those of the one before. */
  let imaging: Promise<void> = Promise.resolve();
  let latestImages: Conference | undefined;

  // A change outside the content folder (a template, the CSS) changes pages in ways their views do not show.
  eleventyConfig.on("eleventy.beforeWatch", (queue: string[]) => {
    if (queue.some((path) => !isInside(resolve(inputDir), resolve(path)))) everything = true;
  });

  eleventyConfig.on("eleventy.before", async ({ runMode }: { runMode: string }) => {
    await exporting;
    pages = { write: [], stale: [] };
    state.failure = undefined;
    try {
      state.conference = loader.load();
    } catch (error) {
      // Eleventy run as a plain build (its own CLI with this config) stops here, as `npm run build` does.
      if (runMode === "build") throw error;
      state.failure = failureReport(error, "the pages served are from before the problem");
      console.error([state.failure.heading, ...state.failure.lines.map((line) => `  ${line}`)].join("\n"));
      return;
    }
    const warning = unpublishedWarning(state.conference.unpublished);
    if (warning) console.warn(warning);
    for (const problem of state.conference.warnings) {
      console.warn(`warning: ${formatProblem(problem)}`);
      if (onGitHubActions()) console.log(githubAnnotation("warning", problem));
    }
    // Layouts read again after a template changed, so the edit takes effect.
    if (everything || !layouts) layouts = new Layouts(join(TEMPLATES_DIR, "layouts"), join(TEMPLATES_DIR, "partials"));
    const all = pageOutputs(state.conference);
    // A build writes everything; while serving, only the pages whose view changed since the last build.
    pages =
      runMode === "build" ? { write: all, stale: [] } : pageTracker.changed(all, state.conference.site, everything);
    everything = false;
  });

  eleventyConfig.on(
    "eleventy.after",
    async ({ directories, runMode }: { directories: { output: string }; runMode: string }) => {
      const conference = state.conference;
      if (state.failure || !conference || !layouts) return;
      const output = resolve(directories.output);
      const site = conference.site;
      writeOutputs(output, pages.write, layouts, site);
      const before = copied;
      copied = copyFiles(output, conference.copies, before);
      // Pages, files and assets no longer published are removed, so the preview shows what a build would publish.
      for (const path of pages.stale) rmSync(join(output, path), { force: true });
      for (const target of before.keys()) if (!copied.has(target)) rmSync(target, { force: true });
      const writeExports = (changedOnly: boolean) => {
        const files = exportOutputs(conference);
        const { write, stale } = changedOnly ? exportTracker.changed(files, site, false) : { write: files, stale: [] };
        writeOutputs(output, write, layouts!, site);
        for (const path of stale) rmSync(join(output, path), { force: true });
      };
      if (runMode === "build") {
        writeExports(false);
        // Photos and share images: from the cache when their inputs did not change (src/images/).
        await writeImages(conference, output);
      }
      // While serving, the edited page reaches the browser first: the exports follow once Eleventy has reloaded it.
      else {
        exporting = new Promise((done) =>
          setImmediate(() => {
            try {
              writeExports(true);
            } catch (error) {
              console.error(`Writing the calendars and schedules failed: ${(error as Error).message}`);
            }
            done();
          }),
        );
        // Images are drawn on their own, one model at a time and only the latest: the next edit's page does not wait
        // for a thousand share images of a fresh start, and an older model never writes over a newer one's images.
        latestImages = conference;
        imaging = imaging.then(async () => {
          if (latestImages !== conference) return;
          await writeImages(conference, output).catch((error: unknown) =>
            console.error(`Writing the images failed: ${(error as Error).message}`),
          );
        });
      }
    },
  );
  return state;
}
