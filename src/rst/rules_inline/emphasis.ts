// *emphasis*
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { EMPHASIS_END } from "./patterns.ts";

export function emphasis(state: InlineState): boolean {
  const i = state.pos;
  if (state.src[i] !== "*" || state.src[i + 1] === "*" || !state.startOk(i, 1)) return false;
  const span = state.span("*", "emphasis", EMPHASIS_END, "emphasis");
  if (!span) return true;
  state.push({ type: "emphasis", value: unescape(span.inner) });
  state.pos = span.end.index + 1;
  return true;
}
