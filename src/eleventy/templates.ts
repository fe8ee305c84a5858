// The project's templates: Nunjucks layouts in templates/, and one paginated virtual template per kind of page, over
// the views the model prepared. Eleventy renders and writes; it reads nothing from the content folder itself.
import { relative, resolve } from "node:path";
import type { DocKind } from "../model/docs.ts";
import { PUBLIC_DIR, TEMPLATES_DIR } from "./paths.ts";
import type { EleventyConfig } from "./types.ts";

/** Kinds of page, each rendered by the layout of the same name from the array `render.<kind>`. */
export const PAGE_KINDS: DocKind[] = ["talk", "page", "home", "articles", "program", "speakers", "speaker", "notfound"];

/** JSON for a <script> element: "<" escaped so no string in the data can close the element. */
export function jsonScript(value: unknown): string {
  return JSON.stringify(value, null, 0).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function registerTemplates(eleventyConfig: EleventyConfig, inputDir: string): void {
  // Templates live with the project, not with the content, so any --input folder builds with them.
  eleventyConfig.setIncludesDirectory(relative(resolve(inputDir), resolve(TEMPLATES_DIR, "partials")));
  eleventyConfig.setLayoutsDirectory(relative(resolve(inputDir), resolve(TEMPLATES_DIR, "layouts")));
  for (const layout of ["base", ...PAGE_KINDS]) eleventyConfig.addLayoutAlias(layout, `${layout}.njk`);
  // Only the virtual templates below: markdown is rendered by the model (src/model/pages.ts), once.
  eleventyConfig.setTemplateFormats(["njk"]);
  // While serving, edits to templates and CSS rebuild and reload too.
  eleventyConfig.addWatchTarget(TEMPLATES_DIR);
  eleventyConfig.addWatchTarget(PUBLIC_DIR);
  eleventyConfig.addPassthroughCopy({ [relative(process.cwd(), PUBLIC_DIR) || "public"]: "/" });
  // Eleventy's "[11ty] Benchmark" hints would break the build's one-line summary; DEBUG=Eleventy:Benchmark still shows them.
  for (const group of Object.values(eleventyConfig.benchmarkManager.getAll() as Record<string, { setIsVerbose(v: boolean): void }>)) group.setIsVerbose(false);
  // A typo in a template is an error, not an empty string.
  eleventyConfig.setNunjucksEnvironmentOptions({ throwOnUndefined: true, dev: true, autoescape: true });
  eleventyConfig.addFilter("jsonScript", jsonScript);

  // One page per view: a paginated template is far cheaper for Eleventy than a file per page, and its permalink is the
  // path the model decided (a function, so Nunjucks never escapes "&" in a file name).
  for (const kind of PAGE_KINDS) {
    const hasBody = kind === "talk" || kind === "page" || kind === "home" || kind === "articles";
    eleventyConfig.addTemplate(`_generated/${kind}.njk`, hasBody ? "{{ doc.html | safe }}" : "", {
      layout: kind,
      pagination: { data: `render.${kind}`, size: 1, alias: "doc" },
      permalink: (data: { doc: { path: string } }) => data.doc.path,
      eleventyExcludeFromCollections: true,
    });
  }
}
