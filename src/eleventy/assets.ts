// Images and attachments that sit beside the content are copied to the same place in the built site.
import { cpSync, mkdirSync } from "node:fs";
import { listContentFiles } from "../site/contentFiles.ts";
import { dirname, extname, join, relative } from "node:path";
import type { EleventyConfig } from "./types.ts";

export const ASSET_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".pdf", ".txt", ".zip"]);

// By hand rather than addPassthroughCopy: Eleventy's passthrough globs are relative to the working directory and
// refuse a content folder outside it (`--input ../site/content`), which the importer's users rely on.
export function registerAssets(eleventyConfig: EleventyConfig, inputDir: string): void {
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    for (const path of listContentFiles(inputDir, (name) => ASSET_EXTENSIONS.has(extname(name).toLowerCase()))) {
      const file = relative(inputDir, path);
      const target = join(directories.output, file);
      mkdirSync(dirname(target), { recursive: true });
      cpSync(path, target);
    }
  });
}
