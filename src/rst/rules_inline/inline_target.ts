// _`inline internal target`
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { TARGET_END } from "./patterns.ts";

export function inlineTarget(state: InlineState): boolean {
  const i = state.pos;
  if (!state.src.startsWith("_`", i) || !state.startOk(i, 2)) return false;
  const end = state.findEnd("target", TARGET_END, i + 2);
  if (!end || end.index === i + 2) {
    state.ctx.reporter.warning(state.lineAt(i), "Inline internal target start-string without end-string.");
    state.text("_`");
    state.pos = i + 2;
    return true;
  }
  const value = unescape(state.src.slice(i + 2, end.index));
  const id = state.ctx.setId([value], "target");
  state.ctx.noteName(value, { refid: id, explicit: true, duplicate: false, line: state.lineAt(i) });
  state.push({ type: "inline_target", value, id });
  state.pos = end.index + 1;
  return true;
}
