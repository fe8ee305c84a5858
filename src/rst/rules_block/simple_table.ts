// Simple tables: "=====  =====" column borders, an optional header separator, "-----" column-span underlines, read and
// rejected as docutils' isolate_simple_table and SimpleTableParser do.
import type { BlockState } from "../state_block.ts";
import type { TableCell } from "../ast.ts";
import { dedent, isBlank } from "../lines.ts";
import { PAD, padWide } from "./table_text.ts";

const TOP = /^=+( +=+)+ *$/;
const BORDER = /^=+[ =]*$/;
const SPAN = /^-[ -]*$/;

/** A column's [start, end) in the table's columns. */
type Column = [number, number];
/** docutils' TableMarkupError: what is wrong, and the offending line's index in the table. */
interface Malformed { detail: string; offset: number }
interface Row { cells: { colspan: number; lines: string[] }[]; offset: number }

const isMalformed = (x: object): x is Malformed => "detail" in x;

/** Reports a malformed table and keeps its lines as a problem, as docutils keeps them in its error message. */
function malformed(state: BlockState, start: number, end: number, problem: Malformed): void {
  const line = state.lineNo(start);
  state.ctx.reporter.error(line + problem.offset, `Malformed table.\n${problem.detail}`);
  state.out.push({ type: "problem", source: state.lines.slice(start, end).join("\n"), message: "malformed simple table", line });
  state.pos = end;
}

/** The column runs of a border or span underline. */
function parseColumns(line: string): Column[] {
  const cols: Column[] = [];
  const re = /-+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) cols.push([m.index, m.index + m[0].length]);
  return cols;
}

export function simpleTable(state: BlockState): boolean {
  if (!TOP.test(state.line())) return false;
  const start = state.pos;
  const lines = state.lines;
  const topLength = (lines[start] ?? "").trim().length;
  // The table ends at the second border after the top, or at a border followed by a blank line.
  let found = 0;
  let foundAt = -1;
  let end = -1;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (!BORDER.test(l)) continue;
    if (l.trim().length !== topLength) {
      malformed(state, start, i + 1, { detail: "Bottom/header table border does not match top border.", offset: 0 });
      blankAfter(state);
      return true;
    }
    found++;
    foundAt = i;
    if (found === 2 || isBlank(lines[i + 1])) { end = i; break; }
  }
  if (end < 0) {
    if (found === 0) {
      // docutils swallows the rest of the document into its error message; here the table costs only its own block.
      let blockEnd = start + 1;
      while (blockEnd < lines.length && !isBlank(lines[blockEnd])) blockEnd++;
      malformed(state, start, blockEnd, { detail: "No bottom table border found.", offset: 0 });
      return true;
    }
    malformed(state, start, foundAt + 1, { detail: "No bottom table border found or no blank line after table bottom.", offset: 0 });
    blankAfter(state);
    return true;
  }
  const parsed = parseTable(lines.slice(start, end + 1).map(padWide));
  if (isMalformed(parsed)) {
    malformed(state, start, end + 1, parsed);
  } else {
    const line = state.lineNo(start);
    const toCells = (row: Row): TableCell[] => row.cells.map((c) => ({
      children: c.lines.some((l) => l !== "") ? state.parseNested(c.lines, line + row.offset) : [],
      colspan: c.colspan, rowspan: 1,
    }));
    state.out.push({ type: "table", head: parsed.head.map(toCells), body: parsed.body.map(toCells), cols: parsed.cols, line });
    state.pos = end + 1;
  }
  blankAfter(state);
  return true;
}

function blankAfter(state: BlockState): void {
  if (!state.eof && !isBlank(state.line())) state.ctx.reporter.warning(state.lineNo(), "Blank line required after table.");
}

/** docutils' SimpleTableParser: rows start where the first column has text and end at a span underline or border. */
function parseTable(table: string[]): { head: Row[]; body: Row[]; cols: number } | Malformed {
  const block = [...table];
  block[0] = block[0]!.replace(/=/g, "-");
  block[block.length - 1] = block[block.length - 1]!.replace(/=/g, "-");
  let headBodySep = 0;
  for (let i = 1; i < block.length - 1; i++) {
    if (BORDER.test(block[i]!)) { headBodySep = i; block[i] = block[i]!.replace(/=/g, "-"); }
  }
  const columns = parseColumns(block[0]!);
  // Span underlines must end where the top border does, even once text past it has widened the last column.
  const borderEnd = columns[columns.length - 1]![1];
  const rows: Row[] = [];
  const [firstStart, firstEnd] = columns[0]!;
  let start = 1;
  let textFound = false;
  for (let offset = 1; offset < block.length; offset++) {
    const line = block[offset]!;
    let problem: Malformed | undefined;
    if (SPAN.test(line)) {
      problem = parseRow(block.slice(start, offset), start, columns, rows, { line: line.trimEnd(), offset, borderEnd });
      start = offset + 1;
      textFound = false;
    } else if (line.slice(firstStart, firstEnd).trim()) {
      if (textFound && offset !== start) problem = parseRow(block.slice(start, offset), start, columns, rows);
      start = offset;
      textFound = true;
    } else if (!textFound) {
      start = offset + 1;
    }
    if (problem) return problem;
  }
  // docutils: the head is the rows before the separator, unless no row follows it.
  let firstBody = 0;
  if (headBodySep) {
    const i = rows.findIndex((r) => r.offset > headBodySep);
    if (i >= 0) firstBody = i;
  }
  return { head: rows.slice(0, firstBody), body: rows.slice(firstBody), cols: columns.length };
}

function parseRow(lines: string[], start: number, columns: Column[], rows: Row[], span?: { line: string; offset: number; borderEnd: number }): Malformed | undefined {
  let spec: Column[];
  if (span) {
    const parsed = parseColumns(span.line);
    if (parsed[parsed.length - 1]![1] !== span.borderEnd) return { detail: `Column span incomplete in table line ${span.offset + 1}.`, offset: span.offset };
    // The rightmost span reaches as far as the last column (text may run past the border).
    spec = parsed.map((c, i): Column => (i === parsed.length - 1 ? [c[0], columns[columns.length - 1]![1]] : c));
  } else {
    spec = columns.map((c): Column => [c[0], c[1]]);
  }
  const problem = checkColumns(lines, start, spec, columns);
  if (problem) return problem;
  const cells: Row["cells"] = [];
  let i = 0;
  for (const [s, e] of spec) {
    let colspan = 1;
    const alignment = { detail: `Column span alignment problem in table line ${start + 2}.`, offset: start + 1 };
    if (columns[i]?.[0] !== s) return alignment;
    while (e !== columns[i]![1]) {
      i++;
      colspan++;
      if (!columns[i]) return alignment;
    }
    const cell = lines.map((l) => l.slice(s, e).replace(/\s+$/, "").split(PAD).join(""));
    cells.push({ colspan, lines: dedent(cell) });
    i++;
  }
  rows.push({ cells, offset: start });
  return undefined;
}

/** Text in a margin between columns is an error; text past the last column widens it (and the table's last column). */
function checkColumns(lines: string[], first: number, spec: Column[], columns: Column[]): Malformed | undefined {
  const last = spec.length - 1;
  for (let i = 0; i < spec.length; i++) {
    const [start, end] = spec[i]!;
    const nextStart = i < last ? spec[i + 1]![0] : Infinity;
    for (const [offset, line] of lines.entries()) {
      if (i === last && line.slice(end).trim()) {
        const newEnd = start + line.slice(start).trimEnd().length;
        const main = columns[columns.length - 1]!;
        spec[i] = [start, Math.max(main[1], newEnd)];
        if (newEnd > main[1]) main[1] = newEnd;
      } else if (line.slice(end, nextStart).trim()) {
        return { detail: `Text in column margin in table line ${first + offset + 1}.`, offset: first + offset };
      }
    }
  }
  return undefined;
}
