// [1]_, [#]_, [#label]_, [*]_ footnote references and [CIT]_ citation references.
import type { InlineState } from "../state_inline.ts";
import { SIMPLENAME } from "../state_inline.ts";
import type { FootnoteKind } from "../ast.ts";

const FOOTNOTE_REF = new RegExp(`\\[([0-9]+|#(?:${SIMPLENAME})?|\\*|${SIMPLENAME})\\]_`, "uy");

export function footnoteReference(state: InlineState): boolean {
  const i = state.pos;
  if (state.src[i] !== "[" || !state.startOk(i, 1)) return false;
  FOOTNOTE_REF.lastIndex = i;
  const m = FOOTNOTE_REF.exec(state.src);
  if (!m || !state.endOk(i + m[0].length)) return false;
  const label = m[1] ?? "";
  const kind: FootnoteKind = /^[0-9]+$/.test(label) ? "number" : label === "#" ? "auto" : label.startsWith("#") ? "autoname" : label === "*" ? "symbol" : "citation";
  const id = state.ctx.setId([], kind === "citation" ? "citation-reference" : "footnote-reference");
  state.push({ type: "footnote_ref", kind, label, id, line: state.lineAt(i) });
  state.pos = i + m[0].length;
  return true;
}
