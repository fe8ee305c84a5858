// What Eleventy may do with a content folder: nothing but watch it. It renders only the project's virtual templates,
// runs no code from the folder, and writes only inside the output folder.
import { relative, resolve, sep } from "node:path";
import { FRONT_MATTER_ENGINES } from "../content/frontMatter.ts";
import { ContentError, displayPath } from "../schema/problem.ts";
import { PROJECT_ROOT } from "./paths.ts";
import type { EleventyConfig, PageData } from "./types.ts";

/** A folder that does not exist: Eleventy's own data loading (which runs `_data/*.js`) gets nothing to read. */
const NO_DATA_DIR = resolve(PROJECT_ROOT, "templates", ".no-data");

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep));
}

export function registerTrust(eleventyConfig: EleventyConfig, inputDir: string): void {
  // Data files are read by src/model (JSON only, checked) and handed over as global data; Eleventy reads none itself.
  eleventyConfig.setDataDirectory(relative(resolve(inputDir), NO_DATA_DIR));
  // No template or directory data files: `x.11tydata.js` would run, `x.json` would set fields no schema checked.
  eleventyConfig.setDataFileSuffixes([]);
  // Nothing in the content folder is a template (src/content/folder.ts refuses .njk and the like); .gitignore has no say.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.ignores.add("**/.git/**");
  // YAML front matter only, should a template with front matter ever be read: `---js` would run the JavaScript in it.
  eleventyConfig.setFrontMatterParsingOptions({ engines: FRONT_MATTER_ENGINES as never });

  // Only the project's own virtual templates are built; a file Eleventy finds in the content folder stops the build
  // before its front matter could set a permalink or an engine.
  const virtual = () => new Set(Object.keys(eleventyConfig.virtualTemplates ?? {}).map((path) => resolve(inputDir, path)));
  eleventyConfig.addPreprocessor("project-templates-only", "*", (data: PageData) => {
    const path = resolve(data.page.inputPath);
    if (virtual().has(path)) return undefined;
    throw new ContentError([{ file: displayPath(path), expected: "markdown pages, data and static files (templates live in the project)", found: "a template Eleventy would build" }]);
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
