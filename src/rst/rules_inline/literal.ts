// ``inline literal``: backslashes inside are kept as written.
import type { InlineState } from "../state_inline.ts";
import { restoreBackslashes } from "../state_inline.ts";
import { LITERAL_END } from "./patterns.ts";

export function literal(state: InlineState): boolean {
  const i = state.pos;
  if (!state.src.startsWith("``", i) || !state.startOk(i, 2)) return false;
  const span = state.span("``", "literal", LITERAL_END, "literal");
  if (!span) return true;
  state.push({ type: "literal", value: restoreBackslashes(span.inner) });
  state.pos = span.end.index + 2;
  return true;
}
