// Enumerated lists: arabic, alphabetic and roman enumerators in "1.", "1)" and "(1)" formats, and "#" auto-numbering.
import type { BlockState } from "../state_block.ts";
import type { ListItem } from "../ast.ts";
import { listItemBlock, isBlank } from "../lines.ts";
import { ENUMERATOR } from "./common.ts";

type Sequence = "arabic" | "loweralpha" | "upperalpha" | "lowerroman" | "upperroman";

const ROMAN: [string, number][] = [["m", 1000], ["cm", 900], ["d", 500], ["cd", 400], ["c", 100], ["xc", 90], ["l", 50], ["xl", 40], ["x", 10], ["ix", 9], ["v", 5], ["iv", 4], ["i", 1]];

export function toRoman(n: number): string {
  let out = "";
  for (const [s, v] of ROMAN) while (n >= v) { out += s; n -= v; }
  return out;
}

function fromRoman(text: string): number | undefined {
  const lower = text.toLowerCase();
  let n = 0;
  let i = 0;
  for (const [s, v] of ROMAN) while (lower.startsWith(s, i)) { n += v; i += s.length; }
  return i === lower.length && n > 0 && n < 5000 && toRoman(n) === lower ? n : undefined;
}

function ordinalOf(text: string, seq: Sequence): number | undefined {
  switch (seq) {
    case "arabic": return /^[0-9]+$/.test(text) ? Number.parseInt(text, 10) : undefined;
    case "loweralpha": return /^[a-z]$/.test(text) ? text.charCodeAt(0) - 96 : undefined;
    case "upperalpha": return /^[A-Z]$/.test(text) ? text.charCodeAt(0) - 64 : undefined;
    case "lowerroman": return /^[ivxlcdm]+$/.test(text) ? fromRoman(text) : undefined;
    case "upperroman": return /^[IVXLCDM]+$/.test(text) ? fromRoman(text) : undefined;
  }
}

function enumerator(n: number, seq: Sequence): string | undefined {
  switch (seq) {
    case "arabic": return String(n);
    case "loweralpha": return n >= 1 && n <= 26 ? String.fromCharCode(96 + n) : undefined;
    case "upperalpha": return n >= 1 && n <= 26 ? String.fromCharCode(64 + n) : undefined;
    case "lowerroman": return n > 0 && n < 5000 ? toRoman(n) : undefined;
    case "upperroman": return n > 0 && n < 5000 ? toRoman(n).toUpperCase() : undefined;
  }
}

function sequenceOf(text: string): Sequence {
  if (text === "i") return "lowerroman";
  if (text === "I") return "upperroman";
  if (/^[0-9]+$/.test(text)) return "arabic";
  if (/^[a-z]$/.test(text)) return "loweralpha";
  if (/^[A-Z]$/.test(text)) return "upperalpha";
  return /^[a-z]+$/.test(text) ? "lowerroman" : "upperroman";
}

interface Parsed { format: string; text: string; length: number }

function parse(line: string): Parsed | undefined {
  const m = ENUMERATOR.exec(line);
  if (!m) return undefined;
  if (m[1] !== undefined) return { format: "parens", text: m[1], length: m[0].length };
  return { format: m[3] === "." ? "period" : "rparen", text: m[2] ?? "", length: m[0].length };
}

function formatted(text: string, format: string): string {
  return format === "parens" ? `(${text})` : format === "period" ? `${text}.` : `${text})`;
}

/** docutils' is_enumerated_list_item: the next line is blank, indented, or starts with the next (or auto) enumerator. */
function validItem(state: BlockState, at: number, ordinal: number, seq: Sequence, format: string): boolean {
  if (at + 1 >= state.lines.length) return true;
  const next = state.lines[at + 1] ?? "";
  if (isBlank(next) || /^\s/.test(next)) return true;
  const following = enumerator(ordinal + 1, seq);
  return (following !== undefined && next.startsWith(formatted(following, format))) || next.startsWith(formatted("#", format));
}

export function enumeratedList(state: BlockState): boolean {
  const first = parse(state.line());
  if (!first) return false;
  const auto = first.text === "#";
  const seq: Sequence = auto ? "arabic" : sequenceOf(first.text);
  const start = auto ? 1 : ordinalOf(first.text, seq);
  if (start === undefined || !validItem(state, state.pos, start, seq, first.format)) return false;
  if (start !== 1) state.ctx.reporter.info(state.lineNo(), `Enumerated list start value not ordinal-1: "${first.text}" (ordinal ${start})`);
  const line = state.lineNo();
  const items: ListItem[] = [];
  let expected = start;
  for (;;) {
    const p = parse(state.line());
    if (!p || p.format !== first.format) break;
    const isAuto = p.text === "#";
    if (!isAuto && (auto || ordinalOf(p.text, seq) !== expected)) {
      if (items.length > 0) state.ctx.reporter.info(state.lineNo(), "Enumerated list ends without a blank line or with a new sequence.");
      break;
    }
    if (items.length > 0 && !validItem(state, state.pos, expected, seq, first.format)) break;
    const at = state.pos;
    const block = listItemBlock(state.lines, at, p.length);
    items.push({ children: state.parseNested(block.lines, state.lineNo(at)) });
    expected++;
    state.pos = block.end;
    if (!state.eof && !isBlank(state.line()) && !parse(state.line())) {
      state.ctx.reporter.warning(state.lineNo(), "Enumerated list ends without a blank line; unexpected unindent.");
      break;
    }
    let next = state.pos;
    while (next < state.lines.length && isBlank(state.lines[next])) next++;
    const again = parse(state.lines[next] ?? "");
    if (!again || again.format !== first.format) break;
    state.pos = next;
  }
  if (items.length === 0) return false;
  state.out.push({ type: "enumerated_list", enumtype: seq, start, items, line });
  return true;
}
