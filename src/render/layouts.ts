// The project's layouts (templates/layouts/*.njk), rendered with Nunjucks and chained as Eleventy chains them: a
// layout's front matter names the layout it sits in, which gets the inner one's output as `content`.
//
// Pages are rendered here rather than through Eleventy's per-page pipeline: measured on 17,503 pages of a
// 10,000-talk conference, Nunjucks renders them in 1.2 s, while Eleventy's pagination around the same templates
// (a page object, data cascade and write for each) takes about 4 s more. Eleventy still runs the build's life cycle,
// copies public/, watches and serves (src/eleventy/).
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import nunjucks from "nunjucks";
import { readFrontMatter } from "../content/frontMatter.ts";
import type { Doc, SiteView } from "../model/docs.ts";

interface Layout {
  template: nunjucks.Template;
  /** The layout this one sits in, if any. */
  parent?: string;
  file: string;
}

/** JSON for a <script> element: "<" escaped so no string in the data can close the element. */
export function jsonScript(value: unknown): string {
  return JSON.stringify(value, null, 0).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export class Layouts {
  private readonly layouts = new Map<string, Layout>();

  constructor(layoutsDir: string, partialsDir: string) {
    // A typo in a template is an error, not an empty string; every value is escaped unless a template says `safe`.
    const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([partialsDir]), { autoescape: true, throwOnUndefined: true, dev: true });
    env.addFilter("jsonScript", jsonScript);
    for (const name of readdirSync(layoutsDir).filter((f) => f.endsWith(".njk")).sort()) {
      const file = join(layoutsDir, name);
      const { data, body } = readFrontMatter(readFileSync(file, "utf8"));
      const parent = typeof data.layout === "string" ? data.layout : undefined;
      this.layouts.set(basename(name, ".njk"), { template: new nunjucks.Template(body, env, file, true), ...(parent ? { parent } : {}), file });
    }
  }

  /** `content` in layout `name` and the layouts around it; the context's other values reach every layout. */
  render(name: string, context: Record<string, unknown> & { content: string }): string {
    let content = context.content;
    const seen = new Set<string>();
    for (let current: string | undefined = name; current; ) {
      const layout = this.layouts.get(current);
      if (!layout) throw new Error(`no layout named "${current}" in templates/layouts (asked for by ${name})`);
      if (seen.has(current)) throw new Error(`the layouts ${[...seen].join(" → ")} → ${current} go round in a circle`);
      seen.add(current);
      try {
        content = layout.template.render({ ...context, content });
      } catch (error) {
        throw new Error(`${layout.file}: ${(error as Error).message}`, { cause: error });
      }
      current = layout.parent;
    }
    return content;
  }
}

/** A page of the site: its view in the layout of its kind, with the page's body as the innermost content. */
export function renderDoc(layouts: Layouts, site: SiteView, doc: Doc): string {
  return layouts.render(doc.kind, { doc, site, content: "html" in doc ? doc.html : "" });
}
