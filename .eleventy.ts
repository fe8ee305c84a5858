// Eleventy's configuration: it only wires the register…() functions from src/, each a stage of the build.
import type { EleventyConfig } from "./src/eleventy/types.ts";
import { registerSite } from "./src/eleventy/site.ts";
import { registerContentValidation } from "./src/eleventy/content.ts";
import { registerMarkdown } from "./src/eleventy/markdown.ts";
import { registerFilters } from "./src/eleventy/filters.ts";
import { registerTalks } from "./src/eleventy/talks.ts";
import { registerPages } from "./src/eleventy/pages.ts";
import { registerExports } from "./src/eleventy/exports.ts";
import { registerAssets } from "./src/eleventy/assets.ts";
import { registerTrust } from "./src/eleventy/trust.ts";
import { registerDevServer } from "./src/eleventy/devServer.ts";

export default function (eleventyConfig: EleventyConfig) {
  const inputDir = (eleventyConfig.directories as { input: string }).input;
  // Settings and every content file, read and checked before each build; a problem stops it before anything is written.
  const { site, index } = registerContentValidation(eleventyConfig, inputDir);
  // Paths: project templates and public files, prefix rewriting, strict Nunjucks.
  registerSite(eleventyConfig, inputDir, site);
  // Content is data: Eleventy builds only checked pages, runs no code from the content folder, writes only into the output.
  registerTrust(eleventyConfig, inputDir, index);
  // Images and attachments beside the content, copied to the same place.
  registerAssets(eleventyConfig, inputDir, index);
  // markdown-it with heading anchors, YAML and dates in the site's zone.
  registerMarkdown(eleventyConfig, site);
  // Formatting filters for templates.
  registerFilters(eleventyConfig, site);
  // The talks collection and each talk's prepared data.
  registerTalks(eleventyConfig, site, index);
  // Program, speakers, 404 and sitemap, made from the data.
  registerPages(eleventyConfig, site, index);
  // .ics calendars and frab schedule.xml/.json.
  registerExports(eleventyConfig, site, index);
  // While serving: data edits rebuild, and broken content shows its problems in the browser.
  registerDevServer(eleventyConfig, inputDir, index);
  return {
    pathPrefix: site.pathPrefix,
    markdownTemplateEngine: false as const,
    htmlTemplateEngine: "njk",
  };
}
