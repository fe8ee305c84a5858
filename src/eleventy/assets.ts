// Images and attachments that sit beside the content are copied to the same place in the built site.
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { ContentIndex } from "./content.ts";
import type { EleventyConfig } from "./types.ts";

// By hand rather than addPassthroughCopy: Eleventy's passthrough globs are relative to the working directory and
// refuse a content folder outside it (`--input ../site/content`), which the importer's users rely on; and the files
// copied are exactly the ones the content check classified (and, for SVG, checked for scripts).
export function registerAssets(eleventyConfig: EleventyConfig, inputDir: string, index: ContentIndex): void {
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    if (index.failure) return;
    for (const path of index.assets) {
      const target = join(directories.output, relative(inputDir, path));
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target, { dereference: true });
    }
  });
}
