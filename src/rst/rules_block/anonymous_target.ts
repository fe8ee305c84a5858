// The short form of an anonymous target: "__ URI" at the start of a line.
import type { BlockState } from "../state_block.ts";
import { firstKnownIndented } from "../lines.ts";
import { parseLinkBlock } from "./target.ts";

export function anonymousTarget(state: BlockState): boolean {
  const m = /^__(?: +|$)/.exec(state.line());
  if (!m) return false;
  const at = state.pos;
  const block = firstKnownIndented(state.lines, at, m[0].length, true);
  state.pos = block.end;
  state.ctx.anonymousTargets.push({ ...parseLinkBlock(block.lines.join("\n")), line: state.lineNo(at) });
  return true;
}
