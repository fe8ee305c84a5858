// Block quotes: an indented block, optionally ending in an attribution ("-- Name").
import type { BlockState } from "../state_block.ts";
import { indentedBlock, indentOf, isBlank } from "../lines.ts";

const ATTRIBUTION = /^(?:---?(?!-)|\u2014) *(?=\S)/;

/** Where a block quote's body ends and its attribution ("-- Name", flush left after a blank line) begins. */
export function splitAttribution(lines: string[]): { quoteEnd: number; attrEnd: number; attribution?: string } {
  let quoteEnd = lines.length;
  let attribution: string | undefined;
  let attrEnd = lines.length;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] ?? "";
    if (!isBlank(lines[i - 1]) || indentOf(l) > 0 || !ATTRIBUTION.test(l)) continue;
    // The attribution's continuation lines must be indented alike.
    let j = i + 1;
    const indent = j < lines.length && !isBlank(lines[j]) ? indentOf(lines[j] ?? "") : 0;
    let ok = true;
    while (j < lines.length && !isBlank(lines[j])) { if (indentOf(lines[j] ?? "") !== indent || indent === 0) ok = false; j++; }
    if (!ok) continue;
    quoteEnd = i;
    attrEnd = j;
    attribution = lines.slice(i, j).map((s) => s.trim()).join("\n").replace(ATTRIBUTION, "");
    break;
  }
  return { quoteEnd, attrEnd, ...(attribution !== undefined ? { attribution } : {}) };
}

export function blockQuote(state: BlockState): boolean {
  if (isBlank(state.line()) || indentOf(state.line()) === 0) return false;
  const start = state.pos;
  const block = indentedBlock(state.lines, start);
  const lines = block.lines;
  const { quoteEnd, attrEnd, attribution } = splitAttribution(lines);
  const children = state.parseNested(lines.slice(0, quoteEnd), state.lineNo(start));
  state.out.push({
    type: "block_quote", children, line: state.lineNo(start),
    ...(attribution !== undefined ? { attribution: state.inline(attribution, state.lineNo(start + quoteEnd)) } : {}),
  });
  state.pos = attribution !== undefined ? start + attrEnd : block.end;
  if (attribution === undefined && !state.eof && !isBlank(state.line()) && indentOf(state.line()) === 0) {
    state.ctx.reporter.warning(state.lineNo(), "Block quote ends without a blank line; unexpected unindent.");
  }
  return true;
}
