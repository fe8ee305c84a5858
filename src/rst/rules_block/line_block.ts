// Line blocks: lines starting with "| " keep their line breaks and leading indentation.
import type { BlockState } from "../state_block.ts";
import { indentOf, isBlank } from "../lines.ts";
import { LINE_BLOCK } from "./common.ts";

export function lineBlock(state: BlockState): boolean {
  if (!LINE_BLOCK.test(state.line())) return false;
  const line = state.lineNo();
  const lines: { indent: number; children: ReturnType<BlockState["inline"]> }[] = [];
  while (!state.eof && LINE_BLOCK.test(state.line())) {
    const at = state.pos;
    const first = state.line().slice(1);
    const indent = first.trim() ? Math.max(0, indentOf(first) - 1) : 0;
    const parts = [first.trim()];
    state.pos++;
    while (!state.eof && !isBlank(state.line()) && indentOf(state.line()) > 0) {
      parts.push(state.line().trim());
      state.pos++;
    }
    lines.push({ indent, children: state.inline(parts.join("\n"), state.lineNo(at)) });
  }
  if (!state.eof && !isBlank(state.line())) state.ctx.reporter.warning(state.lineNo(), "Line block ends without a blank line.");
  state.out.push({ type: "line_block", lines, line });
  return true;
}
