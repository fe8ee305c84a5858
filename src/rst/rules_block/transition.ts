// Transitions: a line of four or more repeated punctuation characters between blank lines.
import type { BlockState } from "../state_block.ts";
import { isBlank } from "../lines.ts";
import { isAdornment } from "./common.ts";

export function transition(state: BlockState): boolean {
  const line = state.line();
  if (!isAdornment(line) || line.length < 4 || !isBlank(state.lines[state.pos + 1])) return false;
  if (state.nested) state.ctx.reporter.error(state.lineNo(), "Unexpected section title or transition.");
  state.out.push({ type: "transition", line: state.lineNo() });
  state.pos++;
  return true;
}
