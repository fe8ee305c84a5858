// Grid tables: "+---+" borders and "|" column lines, cells spanning rows and columns (traced as docutils' GridTableParser does).
import type { BlockState } from "../state_block.ts";
import type { TableCell } from "../ast.ts";
import { isBlank } from "../lines.ts";
import { cellLines, padWide } from "./table_text.ts";

const TOP = /^\+-[-+]+-\+ *$/;

interface RawCell { top: number; left: number; bottom: number; right: number }

function trace(block: string[]): { cells: RawCell[]; rowseps: Set<number>; colseps: Set<number> } | undefined {
  const bottom = block.length - 1;
  const right = (block[0] ?? "").length - 1;
  const at = (r: number, c: number) => block[r]?.[c] ?? " ";
  const done = new Array<number>(right + 1).fill(-1);
  const cells: RawCell[] = [];
  const rowseps = new Set<number>([0]);
  const colseps = new Set<number>([0]);
  const corners: [number, number][] = [[0, 0]];
  let guard = 0;
  while (corners.length) {
    if (++guard > 100000) return undefined;
    const [top, left] = corners.shift()!;
    if (top === bottom || left === right || top <= (done[left] ?? -1)) continue;
    const found = scan(top, left);
    if (!found) continue;
    for (let c = left; c < found.right; c++) done[c] = found.bottom - 1;
    cells.push({ top, left, bottom: found.bottom, right: found.right });
    rowseps.add(found.bottom);
    colseps.add(found.right);
    corners.push([top, found.right], [found.bottom, left]);
    corners.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
  for (let c = 0; c < right; c++) if (done[c] !== bottom - 1) return undefined;
  return { cells, rowseps, colseps };

  function scan(top: number, left: number): { bottom: number; right: number } | undefined {
    for (let i = left + 1; i <= right; i++) {
      const ch = at(top, i);
      if (ch === "+") {
        const b = scanDown(top, left, i);
        if (b !== undefined) return { bottom: b, right: i };
      } else if (ch !== "-") return undefined;
    }
    return undefined;
  }
  function scanDown(top: number, left: number, r: number): number | undefined {
    for (let i = top + 1; i <= bottom; i++) {
      const ch = at(i, r);
      if (ch === "+") { if (scanLeft(top, left, i, r)) return i; }
      else if (ch !== "|") return undefined;
    }
    return undefined;
  }
  function scanLeft(top: number, left: number, b: number, r: number): boolean {
    for (let i = r - 1; i > left; i--) { const ch = at(b, i); if (ch !== "+" && ch !== "-") return false; }
    if (at(b, left) !== "+") return false;
    for (let i = b - 1; i > top; i--) { const ch = at(i, left); if (ch !== "+" && ch !== "|") return false; }
    return true;
  }
}

export function gridTable(state: BlockState): boolean {
  if (!TOP.test(state.line())) return false;
  const start = state.pos;
  let end = start;
  while (end < state.lines.length && !isBlank(state.lines[end]) && /^[+|]/.test(state.lines[end] ?? "")) end++;
  const line = state.lineNo(start);
  let block = state.lines.slice(start, end).map(padWide);
  // The table ends at its last border line.
  while (block.length > 1 && !/^\+[-=+]+\+ *$/.test(block[block.length - 1] ?? "")) block.pop();
  const width = Math.max(...block.map((l) => l.replace(/ +$/, "").length));
  block = block.map((l) => l.replace(/ +$/, "").padEnd(width, " "));
  let headSep: number | undefined;
  block = block.map((l, i) => {
    if (i > 0 && i < block.length - 1 && /^\+=[=+]+=\+$/.test(l)) { headSep ??= i; return l.replace(/=/g, "-"); }
    return l;
  });
  const traced = block.length >= 2 ? trace(block) : undefined;
  if (!traced) {
    state.ctx.reporter.error(line, "Malformed table.");
    state.out.push({ type: "problem", source: state.lines.slice(start, end).join("\n"), message: "malformed grid table", line });
    state.pos = end;
    return true;
  }
  state.pos = start + block.length;
  const rows = [...traced.rowseps].sort((a, b) => a - b);
  const cols = [...traced.colseps].sort((a, b) => a - b);
  const table: TableCell[][] = rows.slice(0, -1).map(() => []);
  for (const c of [...traced.cells].sort((a, b) => a.top - b.top || a.left - b.left)) {
    const r = rows.indexOf(c.top);
    const lines = cellLines(block.slice(c.top + 1, c.bottom), c.left + 1, c.right);
    table[r]!.push({
      children: state.parseNested(lines, line + c.top + 1),
      rowspan: rows.indexOf(c.bottom) - r,
      colspan: cols.indexOf(c.right) - cols.indexOf(c.left),
    });
  }
  const headRows = headSep !== undefined ? rows.indexOf(headSep) : 0;
  state.out.push({ type: "table", head: table.slice(0, Math.max(0, headRows)), body: table.slice(Math.max(0, headRows)), cols: cols.length - 1, line });
  return true;
}
