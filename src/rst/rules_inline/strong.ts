// **strong emphasis**
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { STRONG_END } from "./patterns.ts";

export function strong(state: InlineState): boolean {
  const i = state.pos;
  if (!state.src.startsWith("**", i) || !state.startOk(i, 2)) return false;
  const end = state.findEnd("strong", STRONG_END, i + 2);
  if (!end || end.index === i + 2) {
    state.ctx.reporter.warning(state.lineAt(i), "Inline strong start-string without end-string.");
    state.text("**");
    state.pos = i + 2;
    return true;
  }
  state.push({ type: "strong", value: unescape(state.src.slice(i + 2, end.index)) });
  state.pos = end.index + 2;
  return true;
}
