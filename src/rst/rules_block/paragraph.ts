// Paragraphs, and the literal block a paragraph ending in "::" introduces (expanded, partially minimized, or quoted).
import type { BlockState } from "../state_block.ts";
import { indentedBlock, indentOf, isBlank } from "../lines.ts";

export function paragraph(state: BlockState): boolean {
  const start = state.pos;
  const lines: string[] = [];
  while (!state.eof && !isBlank(state.line())) {
    if (lines.length > 0 && indentOf(state.line()) > 0) break;
    lines.push(state.line().trimStart());
    state.pos++;
  }
  if (lines.length === 0) return false;
  let text = lines.join("\n");
  const line = state.lineNo(start);
  const literalNext = /::$/.test(text) && !/\x5c::$/.test(text.replace(/\\\\/g, ""));
  const unexpectedIndent = !state.eof && !isBlank(state.line());
  if (literalNext) {
    if (/^::$/.test(text.trim())) text = "";
    else if (/\s::$/.test(text)) text = text.replace(/\s+::$/, "");
    else text = text.slice(0, -1);
  }
  if (text) state.out.push({ type: "paragraph", children: state.inline(text, line), line });
  if (!literalNext) {
    if (unexpectedIndent) state.ctx.reporter.error(state.lineNo(), "Unexpected indentation.");
    return true;
  }
  literalBlock(state);
  return true;
}

function literalBlock(state: BlockState): void {
  let next = state.pos;
  while (next < state.lines.length && isBlank(state.lines[next])) next++;
  const first = state.lines[next];
  if (first === undefined) {
    state.ctx.reporter.warning(state.lineNo(next > 0 ? next - 1 : 0), "Literal block expected; none found.");
    return;
  }
  if (indentOf(first) > 0) {
    const block = indentedBlock(state.lines, next);
    state.out.push({ type: "literal_block", value: block.lines.join("\n"), line: state.lineNo(next) });
    state.pos = block.end;
    return;
  }
  const quote = first[0] ?? "";
  if (next > state.pos && /[!-\/:-@\[-`{-~]/.test(quote)) {
    let end = next;
    while (end < state.lines.length && !isBlank(state.lines[end]) && (state.lines[end] ?? "").startsWith(quote)) end++;
    if (end < state.lines.length && !isBlank(state.lines[end])) state.ctx.reporter.error(state.lineNo(end), "Inconsistent literal block quoting.");
    state.out.push({ type: "literal_block", value: state.lines.slice(next, end).join("\n"), line: state.lineNo(next) });
    state.pos = end;
    return;
  }
  state.ctx.reporter.warning(state.lineNo(next), "Literal block expected; none found.");
}
