// Footnotes (".. [1]", ".. [#]", ".. [#name]", ".. [*]") and citations (".. [CIT2002]").
import type { BlockState } from "../state_block.ts";
import type { FootnoteKind } from "../ast.ts";
import { firstKnownIndented } from "../lines.ts";
import { SIMPLENAME } from "../state_inline.ts";
import { normalizeName } from "../context.ts";

const FOOTNOTE = new RegExp(`^\\.\\. +\\[([0-9]+|#(?:${SIMPLENAME})?|\\*|${SIMPLENAME})\\](?: +|$)`, "u");

export function footnote(state: BlockState): boolean {
  const m = FOOTNOTE.exec(state.line());
  if (!m) return false;
  const label = m[1] ?? "";
  const at = state.pos;
  const line = state.lineNo(at);
  const block = firstKnownIndented(state.lines, at, m[0].length);
  const kind: FootnoteKind = /^[0-9]+$/.test(label) ? "number" : label === "#" ? "auto" : label.startsWith("#") ? "autoname" : label === "*" ? "symbol" : "citation";
  const name = kind === "number" ? label : kind === "autoname" ? normalizeName(label.slice(1)) : kind === "citation" ? normalizeName(label) : "";
  const names = name ? [name] : [];
  const id = state.ctx.setId(names, kind === "citation" ? "citation" : "footnote");
  if (name) state.ctx.noteName(name, { refid: id, explicit: true, duplicate: false, line });
  state.pos = block.end;
  const node = { type: "footnote" as const, kind, label, names, id, children: state.parseNested(block.lines, line), backrefs: [] as string[], line };
  state.ctx.footnotes.push(node);
  state.out.push(node);
  return true;
}
