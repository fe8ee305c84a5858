// Validation before every build (and every rebuild while serving), and the checked data that computed fields read.
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { shortenDescription } from "../markdown/description.ts";
import { ContentError } from "../schema/problem.ts";
import { SPEAKERS_FILE, validateContent, type ContentFile } from "../schema/validate.ts";
import { findOutputConflicts } from "../schedule/outputs.ts";
import type { Speakers } from "../schema/frontMatter.ts";
import { buildSchedule } from "../schedule/build.ts";
import type { Schedule, Talk } from "../schedule/model.ts";
import { displayPath, someOf } from "../schema/problem.ts";
import { readSiteSettings, type SiteSettings } from "../site/settings.ts";
import { failureReport } from "../report.ts";
import { PUBLIC_DIR } from "./site.ts";
import type { EleventyConfig } from "./types.ts";

/** Files under public/, as paths under the output folder ("css/site.css"). */
function publicFiles(dir = PUBLIC_DIR): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? publicFiles(path) : [relative(PUBLIC_DIR, path).split(sep).join("/")];
  });
}

/** Data read from the content folder once per build; a talk's front matter `speakers` shadows the global, so lookups go here. */
export interface ContentIndex {
  speakers: Speakers;
  schedule?: Schedule;
  /** Every talk, scheduled or not, by the absolute path of its file. */
  talks: Map<string, Talk>;
  /** Absolute paths of every checked page: the only files Eleventy may build (src/eleventy/trust.ts). */
  pages: Set<string>;
  /** Each page's description (front matter, else its opening paragraph cut at a sentence), by absolute path. */
  descriptions: Map<string, string>;
  /** Files copied into the site as they are. */
  assets: string[];
  /** Files neither built nor copied. */
  unpublished: string[];
  /** Where the site's name links: "/" when a page is written there, else the first menu entry, else nowhere. */
  homeUrl: string;
  /** While serving: why the last load failed (nothing is built then, and the dev server shows this instead). */
  failure?: { heading: string; lines: string[] };
}

/** Whether some content file is written at the site's root, so "/" is a page and not a 404. */
function hasRootPage(files: ContentFile[]): boolean {
  return files.some(({ relativePath, data }) =>
    typeof data.permalink === "string" ? ["index.html", "/", "/index.html", ""].includes(data.permalink.trim()) : data.permalink !== false && relativePath === "index.md",
  );
}

/** The description a page without its own falls back on: the site's. */
export function siteDescription(site: SiteSettings): string {
  return shortenDescription(site.description || site.tagline || site.name);
}

/** Checks everything and builds the schedule; throws one ContentError carrying every problem found. */
export function loadContent(inputDir: string, site: SiteSettings): ContentIndex {
  const checked = validateContent(inputDir, site);
  const { schedule, talks: allTalks, problems } = buildSchedule(inputDir, site, checked);
  const all = [...checked.problems, ...problems];
  if (all.length > 0) throw new ContentError(all);
  // Speakers with a talk get a page.
  const speakersWithTalks = new Map(allTalks.flatMap((talk) => talk.speakers.map((s) => [s.id, s] as const)));
  const conflicts = findOutputConflicts({
    files: checked.files,
    schedule,
    speakers: [...speakersWithTalks.values()],
    speakerLine: checked.speakerLine,
    speakersFile: displayPath(join(inputDir, SPEAKERS_FILE)),
    copied: [
      ...publicFiles().map((path) => ({ path, name: `public/${path}` })),
      ...checked.assets.map((path) => ({ path: relative(inputDir, path).split(sep).join("/"), name: displayPath(path) })),
    ],
  });
  if (conflicts.length > 0) throw new ContentError(conflicts);
  const talks = new Map<string, Talk>();
  for (const talk of allTalks) talks.set(talk.id, talk);
  const byPath = new Map<string, Talk>();
  const descriptions = new Map<string, string>();
  for (const file of checked.files) {
    const path = resolve(file.path);
    const talk = talks.get(file.relativePath.replace(/\.md$/i, ""));
    if (talk) byPath.set(path, talk);
    const own = typeof file.data.description === "string" ? file.data.description : undefined;
    descriptions.set(path, talk?.description || own || (file.opening ? shortenDescription(file.opening) : siteDescription(site)));
  }
  const homeUrl = hasRootPage(checked.files) ? "/" : (site.nav.find((item) => item.url.startsWith("/"))?.url ?? "");
  return {
    speakers: checked.speakers,
    schedule,
    talks: byPath,
    pages: new Set(checked.files.map((f) => resolve(f.path))),
    descriptions,
    assets: checked.assets,
    unpublished: checked.unpublished,
    homeUrl,
  };
}

/** One warning line for files nobody publishes, so none disappears without a word. */
export function unpublishedWarning(files: string[]): string | undefined {
  if (files.length === 0) return undefined;
  return `warning: ${files.length} file${files.length === 1 ? " is" : "s are"} not published (only .md pages and image, PDF, text and zip files are): ${someOf(files.map(displayPath), 5)}`;
}

/** Settings a site has before its site.json has been read (or while it is broken): enough to register, nothing is built. */
function placeholderSettings(): SiteSettings {
  return { name: "", baseUrl: "https://example.org/", pathPrefix: "/", language: "en", timezone: "UTC", nav: [], allowScripts: false };
}

export interface LoadedContent {
  /** The site's settings, updated in place by every load so that every registration sees the current ones. */
  site: SiteSettings;
  index: ContentIndex;
}

/**
 * Reads settings and content now (the config needs them to register generated pages) and again before every rebuild
 * while serving, so an edit to site.json takes effect. A problem stops `npm run build` in eleventy.before, before
 * anything is read by Eleventy; while serving, it is printed, nothing is built, and the dev server shows it.
 */
export function registerContentValidation(eleventyConfig: EleventyConfig, inputDir: string): LoadedContent {
  const site = placeholderSettings();
  const index: ContentIndex = { speakers: {}, talks: new Map(), pages: new Set(), descriptions: new Map(), assets: [], unpublished: [], homeUrl: "/" };
  const load = (): unknown => {
    try {
      Object.assign(site, placeholderSettings(), readSiteSettings(inputDir));
      Object.assign(index, { schedule: undefined, failure: undefined }, loadContent(inputDir, site));
      return undefined;
    } catch (error) {
      return error;
    }
  };
  let firstLoad: { error: unknown } | undefined = { error: load() };
  eleventyConfig.on("eleventy.before", ({ runMode }: { runMode: string }) => {
    const error = firstLoad ? firstLoad.error : load();
    firstLoad = undefined;
    index.failure = undefined;
    if (error) {
      if (runMode === "build") throw error;
      index.failure = failureReport(error, "the pages served are from before the problem");
      console.error([index.failure.heading, ...index.failure.lines.map((line) => `  ${line}`)].join("\n"));
      return;
    }
    const warning = unpublishedWarning(index.unpublished);
    if (warning) console.warn(warning);
  });
  return { site, index };
}
