// list-table:: a two-level bullet list read as rows of cells, with header-rows and an optional title.
import type { TableCell } from "../ast.ts";
import type { Directive } from "./types.ts";

export const listTable: Directive = {
  spec: {
    args: 1, finalWhitespace: true, options: true, optionNames: ["align", "class", "header-rows", "name", "stub-columns", "width", "widths"], content: true,
    contentRequired: { level: "error", message: 'The "list-table" directive is empty; content required.' },
  },
  run(call) {
    const blocks = call.state.parseNested(call.content, call.contentLine);
    const list = blocks[0];
    const fail = (why: string) => {
      call.state.ctx.reporter.error(call.line, `Error parsing content block for the "list-table" directive: ${why}.`);
      return [{ type: "problem" as const, source: call.source, message: "malformed list-table", line: call.line }];
    };
    if (blocks.length !== 1 || !list || list.type !== "bullet_list") return fail("exactly one bullet list expected");
    const rows: TableCell[][] = [];
    for (const item of list.items) {
      const inner = item.children[0];
      if (item.children.length !== 1 || !inner || inner.type !== "bullet_list") return fail("two-level bullet list expected");
      rows.push(inner.items.map((cell) => ({ children: cell.children, colspan: 1, rowspan: 1 })));
    }
    const cols = Math.max(0, ...rows.map((r) => r.length));
    if (rows.some((r) => r.length !== cols)) return fail("uniform two-level bullet list expected");
    const headerRows = Number.parseInt(call.options["header-rows"] ?? "0", 10) || 0;
    const title = call.args[0];
    return [{
      type: "table", head: rows.slice(0, headerRows), body: rows.slice(headerRows), cols, line: call.line,
      ...(title ? { title: call.state.inline(title, call.line) } : {}),
    }];
  },
};
