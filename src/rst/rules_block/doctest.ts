// Doctest blocks: ">>> " sessions, ending at the first blank line (plain, as docutils does not highlight them).
import type { BlockState } from "../state_block.ts";
import { isBlank } from "../lines.ts";
import { DOCTEST } from "./common.ts";

export function doctest(state: BlockState): boolean {
  if (!DOCTEST.test(state.line())) return false;
  const start = state.pos;
  while (!state.eof && !isBlank(state.line())) state.pos++;
  state.out.push({ type: "literal_block", value: state.lines.slice(start, state.pos).join("\n"), line: state.lineNo(start) });
  return true;
}
