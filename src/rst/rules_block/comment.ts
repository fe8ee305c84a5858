// Comments: any other explicit markup block; dropped from the output. An empty ".." ends a block quote or list.
import type { BlockState } from "../state_block.ts";
import { firstKnownIndented, isBlank } from "../lines.ts";
import { EXPLICIT } from "./common.ts";

export function comment(state: BlockState): boolean {
  const m = EXPLICIT.exec(state.line());
  if (!m) return false;
  const at = state.pos;
  if (state.line().trim() === ".." && isBlank(state.lines[at + 1])) {
    state.pos++;
    return true;
  }
  state.pos = firstKnownIndented(state.lines, at, m[0].length).end;
  return true;
}
