// Grid tables: "+---+" borders and "|" column lines, cells spanning rows and columns (traced as docutils' GridTableParser does).
import type { BlockState } from "../state_block.ts";
import type { TableCell } from "../ast.ts";
import { isBlank } from "../lines.ts";
import { cellLines, padWide } from "./table_text.ts";

const TOP = /^\+-[-+]+-\+ *$/;
const HEAD_SEP = /^\+=[=+]+=\+ *$/;

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

/** Reports a malformed table and keeps its lines as a problem, as docutils keeps them in its error message. */
function malformed(state: BlockState, start: number, end: number, detail?: string, offset = 0): void {
  const line = state.lineNo(start);
  state.ctx.reporter.error(line + offset, `Malformed table.${detail ? `\n${detail}` : ""}`);
  state.out.push({ type: "problem", source: state.lines.slice(start, end).join("\n"), message: "malformed grid table", line });
}

/** docutils' isolate_grid_table: the text block, cut at a line not starting with "+" or "|", ending at a border. */
function isolate(state: BlockState, start: number): { block: string[]; blankFinish: boolean } {
  const lines = state.lines;
  let end = start;
  let blankFinish = true;
  while (end < lines.length && !isBlank(lines[end])) {
    if ((lines[end] ?? "").startsWith(" ")) {
      state.ctx.reporter.error(state.lineNo(end), "Unexpected indentation.");
      blankFinish = false;
      break;
    }
    end++;
  }
  let block = lines.slice(start, end).map((l) => padWide(l).trim());
  const cut = block.findIndex((l) => !/^[+|]/.test(l));
  if (cut >= 0) { block = block.slice(0, cut); blankFinish = false; }
  if (!TOP.test(block[block.length - 1] ?? "")) {
    blankFinish = false;
    let bottom = -1;
    for (let i = block.length - 2; i > 1; i--) if (TOP.test(block[i] ?? "")) { bottom = i; break; }
    // (docutils then re-reads the last lines of the table as text; here the table simply ends at that border)
    block = bottom >= 0 ? block.slice(0, bottom + 1) : block;
    if (bottom < 0) return { block: [], blankFinish: endMalformed(state, start, block.length) };
  }
  return { block, blankFinish };
}

function endMalformed(state: BlockState, start: number, length: number): boolean {
  malformed(state, start, start + length);
  state.pos = start + length;
  return false;
}

export function gridTable(state: BlockState): boolean {
  if (!TOP.test(state.line())) return false;
  const start = state.pos;
  const line = state.lineNo(start);
  const { block, blankFinish } = isolate(state, start);
  if (block.length > 0) {
    state.pos = start + block.length;
    const width = block[0]!.length;
    if (block.some((l) => l.length !== width || !/[+|]$/.test(l))) malformed(state, start, state.pos);
    else table(state, block, start, line);
  }
  if (!blankFinish) state.ctx.reporter.warning(state.lineNo(), "Blank line required after table.");
  return true;
}

/** docutils' GridTableParser: one head/body separator at most, then every cell traced from its corners. */
function table(state: BlockState, lines: string[], start: number, line: number): void {
  let headSep: number | undefined;
  const block = [...lines];
  for (const [i, l] of block.entries()) {
    if (!HEAD_SEP.test(l)) continue;
    if (headSep !== undefined) {
      malformed(state, start, state.pos, `Multiple head/body row separators (table lines ${headSep + 1} and ${i + 1}); only one allowed.`, i);
      return;
    }
    headSep = i;
    block[i] = l.replace(/=/g, "-");
  }
  if (headSep === 0 || headSep === block.length - 1) {
    malformed(state, start, state.pos, "The head/body row separator may not be the first or last line of the table.", block.length - 1);
    return;
  }
  const traced = trace(block);
  if (!traced) {
    malformed(state, start, state.pos, "Malformed table; parse incomplete.");
    return;
  }
  const rows = [...traced.rowseps].sort((a, b) => a - b);
  const cols = [...traced.colseps].sort((a, b) => a - b);
  const cells: TableCell[][] = rows.slice(0, -1).map(() => []);
  for (const c of [...traced.cells].sort((a, b) => a.top - b.top || a.left - b.left)) {
    const r = rows.indexOf(c.top);
    const text = cellLines(block.slice(c.top + 1, c.bottom), c.left + 1, c.right);
    cells[r]!.push({
      children: state.parseNested(text, line + c.top + 1),
      rowspan: rows.indexOf(c.bottom) - r,
      colspan: cols.indexOf(c.right) - cols.indexOf(c.left),
    });
  }
  const headRows = headSep !== undefined ? Math.max(0, rows.indexOf(headSep)) : 0;
  state.out.push({ type: "table", head: cells.slice(0, headRows), body: cells.slice(headRows), cols: cols.length - 1, line });
}
