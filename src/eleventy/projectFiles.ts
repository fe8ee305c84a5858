// The project's own files in the build: templates and public/ are watched, and Eleventy's own page pipeline gets
// nothing to do (pages are rendered from the model by src/render/, and public/ is copied under hashed names:
// src/eleventy/conference.ts).
import { PUBLIC_DIR, TEMPLATES_DIR } from "./paths.ts";
import type { EleventyConfig } from "./types.ts";

export function registerProjectFiles(eleventyConfig: EleventyConfig): void {
  // No template formats Eleventy would look for in the content folder: markdown is rendered once, by the model.
  eleventyConfig.setTemplateFormats(["njk"]);
  // While serving, edits to templates and CSS rebuild and reload too.
  eleventyConfig.addWatchTarget(TEMPLATES_DIR);
  eleventyConfig.addWatchTarget(PUBLIC_DIR);
  // Eleventy's "[11ty] Benchmark" hints would break the build's one-line summary; DEBUG=Eleventy:Benchmark still shows them.
  for (const group of Object.values(
    eleventyConfig.benchmarkManager.getAll() as Record<string, { setIsVerbose(v: boolean): void }>,
  ))
    group.setIsVerbose(false);
}
