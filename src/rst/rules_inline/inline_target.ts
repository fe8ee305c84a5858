// _`inline internal target`
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { TARGET_END } from "./patterns.ts";

export function inlineTarget(state: InlineState): boolean {
  const i = state.pos;
  if (!state.src.startsWith("_`", i) || !state.startOk(i, 2)) return false;
  const span = state.span("_`", "target", TARGET_END, "internal target");
  if (!span) return true;
  const { end } = span;
  const value = unescape(span.inner);
  const id = state.ctx.setId([value], "target");
  state.ctx.noteName(value, { refid: id, explicit: true, duplicate: false, line: state.lineAt(i) });
  state.push({ type: "inline_target", value, id });
  state.pos = end.index + 1;
  return true;
}
