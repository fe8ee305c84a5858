// csv-table:: rows of comma-separated values (quoted with "", doubled quotes inside), an optional :header: row and title.
import type { TableCell } from "../ast.ts";
import type { Directive } from "./types.ts";
import { readExternal } from "../files.ts";

/** Python's csv reader with skipinitialspace, as docutils configures it. */
export function parseCsv(text: string, delimiter = ",", quote = '"'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === quote && text[i + 1] === quote) { field += quote; i++; }
      else if (ch === quote) quoted = false;
      else field += ch;
      continue;
    }
    if (atStart && ch === " ") continue;
    if (atStart && ch === quote) { quoted = true; atStart = false; continue; }
    if (ch === delimiter) { row.push(field); field = ""; atStart = true; continue; }
    if (ch === "\n") { row.push(field); rows.push(row); row = []; field = ""; atStart = true; continue; }
    field += ch;
    atStart = false;
  }
  if (field !== "" || row.length > 0) { row.push(field); rows.push(row); }
  return rows.filter((r) => !(r.length === 1 && r[0]!.trim() === ""));
}

export const csvTable: Directive = {
  spec: {
    args: 1, finalWhitespace: true, options: true, content: true,
    optionNames: ["align", "class", "delim", "encoding", "escape", "file", "header", "header-rows", "keepspace", "name", "quote", "stub-columns", "url", "width", "widths"],
  },
  run(call) {
    const ctx = call.state.ctx;
    const kept = (message: string) => [{ type: "problem" as const, source: call.source, message, line: call.line }];
    let data = call.content.join("\n");
    if (call.content.length > 0 && (call.options.file !== undefined || call.options.url !== undefined)) {
      ctx.reporter.error(call.line, `"csv-table" directive may not both specify an external file and have content.`);
      return kept("csv-table with content and external data");
    }
    if (call.options.file !== undefined && call.options.url !== undefined) {
      ctx.reporter.error(call.line, `The "file" and "url" options may not be simultaneously specified for the "csv-table" directive.`);
      return kept("csv-table with :file: and :url:");
    }
    if (call.options.url !== undefined) {
      // Content is read from the site's own folder only: a build that fetched URLs would publish whatever they return.
      ctx.reporter.warning(call.line, `"csv-table" directive: :url: data is not fetched ("${call.options.url}"); the table is left out.`);
      return kept("csv-table with :url:");
    }
    if (call.options.file !== undefined) {
      const read = readExternal(ctx, "csv-table", call.options.file, call.line, call.options.encoding);
      if ("failed" in read) return kept(`csv-table data not read: ${read.failed}`);
      data = read.text.replace(/\r\n?/g, "\n").replace(/\n$/, "");
    } else if (call.content.length === 0) {
      ctx.reporter.warning(call.line, `The "csv-table" directive requires content; none supplied.`);
      return kept("csv-table without content");
    }
    const delim = call.options.delim === "tab" ? "\t" : call.options.delim === "space" ? " " : (call.options.delim ?? ",");
    const quote = call.options.quote ?? '"';
    const cell = (text: string): TableCell => ({ children: call.state.parseNested(text.split("\n"), call.contentLine), colspan: 1, rowspan: 1 });
    const body = parseCsv(data, delim, quote);
    const header = call.options.header !== undefined ? parseCsv(call.options.header, delim, quote) : [];
    const headerRows = Number.parseInt(call.options["header-rows"] ?? "0", 10) || 0;
    const rows = [...header, ...body];
    const cols = Math.max(0, ...rows.map((r) => r.length));
    const table = rows.map((r) => [...r, ...Array<string>(cols - r.length).fill("")].map(cell));
    const headCount = header.length + headerRows;
    const title = call.args[0];
    return [{
      type: "table", head: table.slice(0, headCount), body: table.slice(headCount), cols, line: call.line,
      ...(title ? { title: call.state.inline(title, call.line) } : {}),
    }];
  },
};
