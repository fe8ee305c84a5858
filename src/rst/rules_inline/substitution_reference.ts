// |substitution| references, optionally also hyperlink references: |name|_ and |name|__.
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { normalizeName } from "../context.ts";
import { SUBSTITUTION_END } from "./patterns.ts";

export function substitutionReference(state: InlineState): boolean {
  const i = state.pos;
  if (state.src[i] !== "|" || state.src[i + 1] === "|" || !state.startOk(i, 1)) return false;
  const span = state.span("|", "substitution", SUBSTITUTION_END, "substitution_reference");
  if (!span) return true;
  const { end } = span;
  const name = unescape(span.inner);
  const suffix = end[1];
  state.push({
    type: "substitution_ref", name, line: state.lineAt(i),
    ...(suffix ? { refname: normalizeName(name), anonymous: suffix === "__" } : {}),
  });
  state.pos = end.index + 1 + (suffix?.length ?? 0);
  return true;
}
