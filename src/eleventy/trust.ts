// What Eleventy may do with a content folder: build only the pages the content check read, run no code from it, write only inside the output folder.
import { relative, resolve, sep } from "node:path";
import { ContentError, displayPath } from "../schema/problem.ts";
import { FRONT_MATTER_ENGINES } from "../schema/readFrontMatter.ts";
import type { ContentIndex } from "./content.ts";
import { PROJECT_ROOT } from "./site.ts";
import type { EleventyConfig, PageData } from "./types.ts";

/** A folder that does not exist: Eleventy's own data loading (which runs `_data/*.js`) gets nothing to read. */
const NO_DATA_DIR = resolve(PROJECT_ROOT, "templates", ".no-data");

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep));
}

export function registerTrust(eleventyConfig: EleventyConfig, inputDir: string, index: ContentIndex): void {
  // Data files are read by src/ (JSON only, checked) and handed over as global data; Eleventy reads none itself.
  eleventyConfig.setDataDirectory(relative(resolve(inputDir), NO_DATA_DIR));
  // No template or directory data files: `x.11tydata.js` would run, `x.json` would set fields no schema checked.
  eleventyConfig.setDataFileSuffixes([]);
  // The content walk decides what a page is, not a .gitignore that happens to be in the working directory.
  eleventyConfig.setUseGitIgnore(false);
  // Like the content walk, skip version control anywhere in the folder (Eleventy's default skips it only at the root).
  eleventyConfig.ignores.add("**/.git/**");
  // YAML front matter only: Eleventy's `---js` front matter runs the JavaScript in it.
  eleventyConfig.setFrontMatterParsingOptions({ engines: FRONT_MATTER_ENGINES as never });
  // A page without a layout is a page, as README promises (Eleventy would write the bare body).
  eleventyConfig.addGlobalData("layout", "page");

  // Eleventy finds its templates with its own globs; a file the content check did not read (another extension's case,
  // a folder it skipped) stops the build here, before its front matter can set a permalink or an engine.
  const virtual = () => new Set(Object.keys(eleventyConfig.virtualTemplates ?? {}).map((path) => resolve(inputDir, path)));
  eleventyConfig.addPreprocessor("checked-content-only", "*", (data: PageData) => {
    // While serving broken content nothing is built: the dev server shows the problems instead (src/eleventy/devServer.ts).
    if (index.failure) return false;
    const path = resolve(data.page.inputPath);
    if (index.pages.has(path) || virtual().has(path)) return undefined;
    throw new ContentError([{ file: displayPath(path), expected: "a page the content check has read (a .md file in the content folder)", found: "a file only Eleventy found" }]);
  });

  // Every output path inside the output folder, checked for each page after its permalink is known and before any page is
  // rendered or written (Eleventy runs data schemas between the two).
  eleventyConfig.addGlobalData("eleventyDataSchema", () => (data: PageData & { page: { outputPath?: string | false } }) => {
    const output = resolve((eleventyConfig.directories as { output: string }).output);
    const target = data.page.outputPath;
    if (typeof target !== "string" || isInside(output, resolve(target))) return;
    throw new ContentError([{ file: displayPath(resolve(data.page.inputPath)), field: "permalink", expected: "a page address inside the site", found: `a page written to ${resolve(target)}` }]);
  });
}
