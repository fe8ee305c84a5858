// ``inline literal``: backslashes inside are kept as written.
import type { InlineState } from "../state_inline.ts";
import { restoreBackslashes } from "../state_inline.ts";
import { LITERAL_END } from "./patterns.ts";

export function literal(state: InlineState): boolean {
  const i = state.pos;
  if (!state.src.startsWith("``", i) || !state.startOk(i, 2)) return false;
  const end = state.findEnd("literal", LITERAL_END, i + 2);
  if (!end || end.index === i + 2) {
    state.ctx.reporter.warning(state.lineAt(i), "Inline literal start-string without end-string.");
    state.text("``");
    state.pos = i + 2;
    return true;
  }
  state.push({ type: "literal", value: restoreBackslashes(state.src.slice(i + 2, end.index)) });
  state.pos = end.index + 2;
  return true;
}
