// Markdown and front matter: our markdown-it setup, YAML without implicit UTC timestamps, dates read in the site's zone.
import { createMarkdownRenderer } from "../markdown/render.ts";
import { parseYaml } from "../schema/readFrontMatter.ts";
import { parseContentDate } from "../site/dates.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { EleventyConfig } from "./types.ts";

export function registerMarkdown(eleventyConfig: EleventyConfig, site: SiteSettings): void {
  eleventyConfig.setLibrary("md", createMarkdownRenderer());
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: parseYaml } });
  // A date without an offset is a time in the conference's own zone, not in UTC or the builder's zone.
  eleventyConfig.addDateParsing((value: unknown) => parseContentDate(value, site.timezone));
}
