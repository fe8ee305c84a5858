// The directive table: directive names (lowercase) to handlers.
import type { Directive } from "./types.ts";
import { raw } from "./raw.ts";
import { image, figure } from "./image.ts";
import { code, parsedLiteral, pygmentsCode } from "./code.ts";
import { admonition, specificAdmonition, ADMONITIONS } from "./admonition.ts";
import { listTable } from "./list_table.ts";
import { csvTable } from "./csv_table.ts";
import { contents } from "./contents.ts";
import { youtube, vimeo } from "./video.ts";
import { sidebar, topic } from "./topic.ts";
import { rubric } from "./rubric.ts";
import { container, compound } from "./container.ts";
import { quote } from "./quote.ts";
import { table } from "./table.ts";
import { math } from "./math.ts";
import { role, defaultRole } from "./role.ts";
import { silent } from "./silent.ts";
import { include } from "./include.ts";
import { sectnum } from "./sectnum.ts";
import { classDirective } from "./class.ts";

export const directives: Record<string, Directive> = {
  raw, image, figure, code, "code-block": pygmentsCode, sourcecode: pygmentsCode, "parsed-literal": parsedLiteral,
  admonition, ...Object.fromEntries(ADMONITIONS.map((k) => [k, specificAdmonition(k)])),
  "list-table": listTable, "csv-table": csvTable, contents, youtube, vimeo,
  topic, sidebar, rubric, container, epigraph: quote, highlights: quote, "pull-quote": quote, compound, table, math,
  "default-role": defaultRole, role, include,
  class: classDirective,
  meta: silent("HTML meta data is not part of the page body", "info"),
  title: silent("the document title comes from the page's front matter", "info"),
  sectnum, "section-numbering": sectnum,
  highlight: silent("Sphinx highlighting default ignored", "info"),
  header: silent("page headers are not carried over", "warning"),
  footer: silent("page footers are not carried over", "warning"),
};
