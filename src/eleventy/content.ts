// Validation before every build (and every rebuild while serving), and the checked data that computed fields read.
import { resolve } from "node:path";
import { ContentError } from "../schema/problem.ts";
import { validateContent } from "../schema/validate.ts";
import type { Speakers } from "../schema/frontMatter.ts";
import { buildSchedule } from "../schedule/build.ts";
import type { Schedule, Talk } from "../schedule/model.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { EleventyConfig } from "./types.ts";

/** Data read from the content folder once per build; a talk's front matter `speakers` shadows the global, so lookups go here. */
export interface ContentIndex {
  speakers: Speakers;
  schedule?: Schedule;
  /** Every talk, scheduled or not, by the absolute path of its file. */
  talks: Map<string, Talk>;
  /** Where the site's name links: "/" when a page is written there, else the first menu entry, else nowhere. */
  homeUrl: string;
}

/** Whether some content file is written at the site's root, so "/" is a page and not a 404. */
function hasRootPage(files: { relativePath: string; data: Record<string, unknown> }[]): boolean {
  return files.some(({ relativePath, data }) =>
    typeof data.permalink === "string" ? ["index.html", "/", "/index.html", ""].includes(data.permalink.trim()) : data.permalink !== false && relativePath === "index.md",
  );
}

/** Checks everything and builds the schedule; throws one ContentError carrying every problem found. */
export function loadContent(inputDir: string, site: SiteSettings): ContentIndex {
  const checked = validateContent(inputDir, site);
  const { schedule, talks: allTalks, problems } = buildSchedule(inputDir, site, checked);
  const all = [...checked.problems, ...problems];
  if (all.length > 0) throw new ContentError(all);
  const talks = new Map<string, Talk>();
  for (const talk of allTalks) talks.set(talk.id, talk);
  const byPath = new Map<string, Talk>();
  for (const file of checked.files) {
    const talk = talks.get(file.relativePath.replace(/\.md$/, ""));
    if (talk) byPath.set(resolve(file.path), talk);
  }
  const homeUrl = hasRootPage(checked.files) ? "/" : (site.nav.find((item) => item.url.startsWith("/"))?.url ?? "");
  return { speakers: checked.speakers, schedule, talks: byPath, homeUrl };
}

export function registerContentValidation(eleventyConfig: EleventyConfig, inputDir: string, site: SiteSettings): ContentIndex {
  const index: ContentIndex = { speakers: {}, talks: new Map(), homeUrl: "/" };
  // Loaded now, for the generated pages and global data the config registers; a problem is raised in eleventy.before,
  // where a build can stop. That first build uses this load; later ones (while serving) read the content again.
  let loaded: { error: unknown } | undefined;
  const load = () => {
    try {
      Object.assign(index, { schedule: undefined }, loadContent(inputDir, site));
      return { error: undefined };
    } catch (error) {
      return { error };
    }
  };
  loaded = load();
  eleventyConfig.on("eleventy.before", () => {
    const { error } = loaded ?? load();
    loaded = undefined;
    if (error) throw error;
  });
  return index;
}
