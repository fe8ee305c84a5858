// name_ and name__ hyperlink references (simple reference names, no backquotes).
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { normalizeName } from "../context.ts";

export function namedReference(state: InlineState): boolean {
  const i = state.pos;
  const endAll = state.refStart(i);
  if (endAll === undefined) return false;
  const whole = state.src.slice(i, endAll);
  const anonymous = whole.endsWith("__");
  const name = unescape(whole.slice(0, anonymous ? -2 : -1));
  state.push({
    type: "reference", children: [{ type: "text", value: name }], line: state.lineAt(i),
    ...(anonymous ? { anonymous: true } : { refname: normalizeName(name) }),
  });
  state.pos = endAll;
  return true;
}
