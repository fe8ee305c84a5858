// csv-table:: rows of comma-separated values (quoted with "", doubled quotes inside), an optional :header: row and title.
import type { TableCell } from "../ast.ts";
import type { Directive } from "./types.ts";

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
    if (call.options.file !== undefined || call.options.url !== undefined) {
      call.state.ctx.reporter.warning(call.line, `"csv-table" directive: external data (:file:, :url:) is not supported.`);
      return [{ type: "problem", source: call.source, message: "csv-table with external data", line: call.line }];
    }
    if (call.content.length === 0) {
      call.state.ctx.reporter.warning(call.line, `The "csv-table" directive requires content; none supplied.`);
      return [{ type: "problem", source: call.source, message: "csv-table without content", line: call.line }];
    }
    const delim = call.options.delim === "tab" ? "\t" : call.options.delim === "space" ? " " : (call.options.delim ?? ",");
    const quote = call.options.quote ?? '"';
    const cell = (text: string): TableCell => ({ children: call.state.parseNested(text.split("\n"), call.contentLine), colspan: 1, rowspan: 1 });
    const body = parseCsv(call.content.join("\n"), delim, quote);
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
