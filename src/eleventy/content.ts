// Validation before every build (and every rebuild while serving), and the checked data that computed fields read.
import { ContentError } from "../schema/problem.ts";
import { readSpeakers, validateContent } from "../schema/validate.ts";
import type { Speakers } from "../schema/frontMatter.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { EleventyConfig } from "./types.ts";

/** Data read from the content folder once per build; talks' front matter `speakers` shadows the global, so lookups go here. */
export interface ContentIndex {
  speakers: Speakers;
}

export function registerContentValidation(eleventyConfig: EleventyConfig, inputDir: string, site: SiteSettings): ContentIndex {
  const index: ContentIndex = { speakers: readSpeakers(inputDir, []) };
  eleventyConfig.on("eleventy.before", () => {
    const problems = validateContent(inputDir, site);
    if (problems.length > 0) throw new ContentError(problems);
    index.speakers = readSpeakers(inputDir, []);
  });
  return index;
}
