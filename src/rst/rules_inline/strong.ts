// **strong emphasis**
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { STRONG_END } from "./patterns.ts";

export function strong(state: InlineState): boolean {
  const i = state.pos;
  if (!state.src.startsWith("**", i) || !state.startOk(i, 2)) return false;
  const span = state.span("**", "strong", STRONG_END, "strong");
  if (!span) return true;
  state.push({ type: "strong", value: unescape(span.inner) });
  state.pos = span.end.index + 2;
  return true;
}
