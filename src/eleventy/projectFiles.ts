// The project's own files in the build: templates and CSS are watched, public/ is copied as it is, and Eleventy's own
// page pipeline gets nothing to do (pages are rendered from the model by src/render/, see src/eleventy/conference.ts).
import { relative } from "node:path";
import { PUBLIC_DIR, TEMPLATES_DIR } from "./paths.ts";
import type { EleventyConfig } from "./types.ts";

export function registerProjectFiles(eleventyConfig: EleventyConfig): void {
  // No template formats Eleventy would look for in the content folder: markdown is rendered once, by the model.
  eleventyConfig.setTemplateFormats(["njk"]);
  // While serving, edits to templates and CSS rebuild and reload too.
  eleventyConfig.addWatchTarget(TEMPLATES_DIR);
  eleventyConfig.addWatchTarget(PUBLIC_DIR);
  eleventyConfig.addPassthroughCopy({ [relative(process.cwd(), PUBLIC_DIR) || "public"]: "/" });
  // Eleventy's "[11ty] Benchmark" hints would break the build's one-line summary; DEBUG=Eleventy:Benchmark still shows them.
  for (const group of Object.values(eleventyConfig.benchmarkManager.getAll() as Record<string, { setIsVerbose(v: boolean): void }>)) group.setIsVerbose(false);
}
