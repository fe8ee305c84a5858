// Blank lines separate blocks and carry no content.
import type { BlockState } from "../state_block.ts";
import { isBlank } from "../lines.ts";

export function blank(state: BlockState): boolean {
  if (!isBlank(state.line())) return false;
  while (!state.eof && isBlank(state.line())) state.pos++;
  return true;
}
