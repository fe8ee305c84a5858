// Internal errors (an exception inside the reader or writer) become problems with file and line, costing one block only.
import type { Block, Inline } from "./ast.ts";
import type { DocContext } from "./context.ts";
import { indentOf, isBlank } from "./lines.ts";
import { inlineText } from "./rules_block/common.ts";
import { walk } from "./transforms/walk.ts";

/** Where in the reader an exception was thrown ("rules_block/simple_table.ts:80"), so reports of one bug group together. */
function thrownAt(err: unknown): string | undefined {
  const stack = err instanceof Error ? err.stack ?? "" : "";
  const m = /src[\\/]rst[\\/]([^\s:()]+\.ts):(\d+)/.exec(stack);
  return m ? `${(m[1] ?? "").replace(/\\/g, "/")}:${m[2]}` : undefined;
}

/** Reports an exception as an error problem: "internal error (what, file): message at place". */
export function reportInternal(ctx: DocContext, line: number, what: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  const at = thrownAt(err);
  const file = ctx.options.file;
  ctx.reporter.error(line, `internal error (${what}${file ? `, ${file}` : ""}): ${message}${at ? ` at ${at}` : ""}`);
}

/** The lines a failed block rule stood on: its first line, the lines up to a blank one, and what is indented below. */
export function blockExtent(lines: string[], start: number): number {
  const indent = indentOf(lines[start] ?? "");
  let end = start + 1;
  for (;;) {
    while (end < lines.length && !isBlank(lines[end])) end++;
    let next = end;
    while (next < lines.length && isBlank(lines[next])) next++;
    if (next >= lines.length || indentOf(lines[next] ?? "") <= indent) return end;
    end = next;
  }
}

/** A block's source kept visible as a literal block, where it could not be converted. */
export function keptAsLiteral(lines: string[], line: number): Block {
  return { type: "literal_block", value: lines.join("\n"), line };
}

/** The plain text of a block, for writing it as a literal block when writing it properly failed. */
export function blockText(block: Block): string {
  const parts: string[] = [];
  const nested = new Set<Inline[]>();
  const mark = (nodes: Inline[]): void => {
    for (const n of nodes) if (n.type === "reference" || n.type === "group") { nested.add(n.children); mark(n.children); }
  };
  walk([block], {
    block: (b) => {
      if (b.type === "literal_block" || b.type === "raw") parts.push(b.value);
      else if (b.type === "problem") parts.push(b.source);
    },
    inlines: (nodes) => {
      if (nested.has(nodes)) return;
      mark(nodes);
      const text = inlineText(nodes);
      if (text) parts.push(text);
    },
  });
  return parts.join("\n\n");
}
