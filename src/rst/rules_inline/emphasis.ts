// *emphasis*
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { EMPHASIS_END } from "./patterns.ts";

export function emphasis(state: InlineState): boolean {
  const i = state.pos;
  if (state.src[i] !== "*" || state.src[i + 1] === "*" || !state.startOk(i, 1)) return false;
  const end = state.findEnd("emphasis", EMPHASIS_END, i + 1);
  if (!end || end.index === i + 1) {
    state.ctx.reporter.warning(state.lineAt(i), "Inline emphasis start-string without end-string.");
    state.text("*");
    state.pos = i + 1;
    return true;
  }
  state.push({ type: "emphasis", value: unescape(state.src.slice(i + 1, end.index)) });
  state.pos = end.index + 1;
  return true;
}
