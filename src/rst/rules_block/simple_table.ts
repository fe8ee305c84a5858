// Simple tables: "=====  =====" column borders, an optional header separator, "-----" column-span underlines.
import type { BlockState } from "../state_block.ts";
import type { TableCell } from "../ast.ts";
import { isBlank } from "../lines.ts";
import { cellLines, padWide } from "./table_text.ts";

const TOP = /^=+( +=+)+ *$/;
const BORDER = /^=+[ =]*$/;
const SPAN = /^-[ -]*$/;

type Column = [number, number];

function runs(line: string, ch: string): Column[] {
  const out: Column[] = [];
  const re = ch === "=" ? /=+/g : /-+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function simpleTable(state: BlockState): boolean {
  if (!TOP.test(state.line())) return false;
  const start = state.pos;
  const line = state.lineNo(start);
  const borders: number[] = [start];
  let end = -1;
  for (let i = start + 1; i < state.lines.length; i++) {
    if (BORDER.test(state.lines[i] ?? "")) {
      borders.push(i);
      if (isBlank(state.lines[i + 1])) { end = i; break; }
    }
  }
  if (end < 0) {
    state.ctx.reporter.error(line, "Malformed table. No bottom table border found.");
    return false;
  }
  const lines = state.lines.slice(0, end + 1).map(padWide);
  const columns = runs(lines[start] ?? "", "=");
  const section = (from: number, to: number) => rowsOf(state, lines, from, to, columns, start);
  const head = borders.length >= 3 ? section(start + 1, borders[1]!) : [];
  const body = section((borders.length >= 3 ? borders[1]! : start) + 1, end);
  if (borders.length > 3) state.ctx.reporter.error(line, "Malformed table. Multiple head/body row separators in table.");
  state.pos = end + 1;
  state.out.push({ type: "table", head, body, cols: columns.length, line });
  return true;
}

function rowsOf(state: BlockState, lines: string[], from: number, to: number, columns: Column[], tableStart: number): TableCell[][] {
  const rows: { lines: number[]; spans?: Column[] }[] = [];
  const firstEnd = columns[1]?.[0] ?? Infinity;
  for (let i = from; i < to; i++) {
    const l = lines[i] ?? "";
    if (BORDER.test(l)) continue;
    if (SPAN.test(l) && l.trim()) {
      const row = rows[rows.length - 1];
      if (row) row.spans = runs(l, "-");
      continue;
    }
    if (isBlank(l)) {
      const row = rows[rows.length - 1];
      if (row && !row.spans) row.lines.push(i);
      continue;
    }
    const newRow = l.slice(0, firstEnd).trim() !== "" || rows.length === 0 || rows[rows.length - 1]!.spans !== undefined;
    if (newRow) rows.push({ lines: [i] });
    else rows[rows.length - 1]!.lines.push(i);
  }
  return rows.map((row) => {
    // Merge columns under each span underline.
    let groups: [number, number][] = columns.map((_, k) => [k, k]);
    if (row.spans) {
      groups = row.spans.map(([s, e]): [number, number] => {
        const ks = columns.map((c, k) => (c[0] >= s && c[1] <= e ? k : -1)).filter((k) => k >= 0);
        return [ks[0] ?? 0, ks[ks.length - 1] ?? 0];
      });
    }
    const rowLines = row.lines.map((i) => lines[i] ?? "");
    for (const [k, l] of rowLines.entries()) {
      for (const [, b] of groups.slice(0, -1)) {
        if (l.slice(columns[b]![1], columns[b + 1]![0]).trim()) {
          state.ctx.reporter.error(state.lineNo(row.lines[k] ?? 0), `Malformed table.\nText in column margin in table line ${(row.lines[k] ?? 0) - tableStart + 1}.`);
          break;
        }
      }
    }
    return groups.map(([a, b]): TableCell => {
      const left = columns[a]![0];
      const right = b + 1 < columns.length ? columns[b + 1]![0] : undefined;
      return { children: state.parseNested(cellLines(rowLines, left, right), state.lineNo(row.lines[0] ?? 0)), colspan: b - a + 1, rowspan: 1 };
    });
  });
}
