// Images and attachments that sit beside the content are copied to the same place in the built site.
import { cpSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, join, relative } from "node:path";
import type { EleventyConfig } from "./types.ts";

export const ASSET_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".avif", ".ico", ".pdf", ".txt", ".zip"]);

/** Asset files under the content folder, skipping _data and hidden folders, as paths relative to it. */
export function listAssets(inputDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".") || name.startsWith("_") || name === "node_modules") continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (ASSET_EXTENSIONS.has(extname(name).toLowerCase())) found.push(relative(inputDir, path));
    }
  };
  walk(inputDir);
  return found;
}

// By hand rather than addPassthroughCopy: Eleventy's passthrough globs are relative to the working directory and
// refuse a content folder outside it (`--input ../site/content`), which the importer's users rely on.
export function registerAssets(eleventyConfig: EleventyConfig, inputDir: string): void {
  eleventyConfig.on("eleventy.after", ({ directories }: { directories: { output: string } }) => {
    for (const file of listAssets(inputDir)) {
      const target = join(directories.output, file);
      mkdirSync(dirname(target), { recursive: true });
      cpSync(join(inputDir, file), target);
    }
  });
}
