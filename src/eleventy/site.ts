// Where things are: the project's templates and public files, whatever content folder is being built.
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlBasePlugin } from "@11ty/eleventy";
import type { SiteSettings } from "../site/settings.ts";
import type { EleventyConfig } from "./types.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const TEMPLATES_DIR = resolve(PROJECT_ROOT, "templates");
export const PUBLIC_DIR = resolve(PROJECT_ROOT, "public");

export function registerSite(eleventyConfig: EleventyConfig, inputDir: string, site: SiteSettings): void {
  // The checked settings (env overrides applied) replace the raw _data/site.json in every page's data.
  eleventyConfig.addGlobalData("eleventyComputed", { site: () => site });
  // A talk's `speakers: [ids]` replaces the global speakers map for that page instead of being merged into it.
  eleventyConfig.setDataDeepMerge(false);
  // Templates live with the project, not with the content, so any --input folder builds with them.
  eleventyConfig.setIncludesDirectory(relative(resolve(inputDir), resolve(TEMPLATES_DIR, "partials")));
  eleventyConfig.setLayoutsDirectory(relative(resolve(inputDir), resolve(TEMPLATES_DIR, "layouts")));
  for (const layout of ["base", "page", "home", "talk", "program", "speakers", "speaker", "notfound", "articles"]) eleventyConfig.addLayoutAlias(layout, `${layout}.njk`);
  // While serving, edits to templates and CSS rebuild and reload too.
  eleventyConfig.addWatchTarget(TEMPLATES_DIR);
  eleventyConfig.addWatchTarget(PUBLIC_DIR);
  eleventyConfig.addPassthroughCopy({ [relative(process.cwd(), PUBLIC_DIR) || "public"]: "/" });
  // Links are written from the site root ("/talk/x.html"); this puts the path prefix in front of them.
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Eleventy's "[11ty] Benchmark" hints would break the build's one-line summary; DEBUG=Eleventy:Benchmark still shows them.
  for (const group of Object.values(eleventyConfig.benchmarkManager.getAll() as Record<string, { setIsVerbose(v: boolean): void }>)) group.setIsVerbose(false);
  // A typo in a template is an error, not an empty string.
  eleventyConfig.setNunjucksEnvironmentOptions({ throwOnUndefined: true, dev: true, autoescape: true });
  eleventyConfig.setTemplateFormats(["md", "njk"]);
}
