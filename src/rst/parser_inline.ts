// The inline parser: an ordered table of rules tried at each position where markup may start.
import type { Inline } from "./ast.ts";
import type { DocContext } from "./context.ts";
import { InlineState, escapeToNull } from "./state_inline.ts";
import { strong } from "./rules_inline/strong.ts";
import { emphasis } from "./rules_inline/emphasis.ts";
import { literal } from "./rules_inline/literal.ts";
import { inlineTarget } from "./rules_inline/inline_target.ts";
import { interpreted } from "./rules_inline/interpreted.ts";
import { footnoteReference } from "./rules_inline/footnote_reference.ts";
import { substitutionReference } from "./rules_inline/substitution_reference.ts";
import { namedReference } from "./rules_inline/named_reference.ts";

export type InlineRule = (state: InlineState) => boolean;

/**
 * Explicit markup, tried in order at each candidate position; a rule either consumes input (moving state.pos forward) or
 * returns false. Standalone hyperlinks are found afterwards in the text between (see InlineState.flush).
 */
export const inlineRules: [string, InlineRule][] = [
  ["strong", strong],
  ["emphasis", emphasis],
  ["literal", literal],
  ["inline_target", inlineTarget],
  ["interpreted", interpreted],
  ["footnote_reference", footnoteReference],
  ["substitution_reference", substitutionReference],
  ["named_reference", namedReference],
];

const CANDIDATE = /[*`_|\[:\p{L}\p{N}]/u;

export function parseInline(text: string, ctx: DocContext, line: number): Inline[] {
  const state = new InlineState(escapeToNull(text), ctx, line);
  const src = state.src;
  while (state.pos < src.length) {
    const ch = src[state.pos] ?? "";
    let matched = false;
    if (CANDIDATE.test(ch)) {
      for (const [, rule] of inlineRules) {
        const before = state.pos;
        if (rule(state)) {
          if (state.pos <= before) state.pos = before + 1; // a rule that matched must consume; never loop
          matched = true;
          break;
        }
        state.pos = before;
      }
    }
    if (!matched) {
      // Consume a run of plain characters at once.
      let end = state.pos + 1;
      if (/[\p{L}\p{N}_]/u.test(ch)) while (end < src.length && /[\p{L}\p{N}_]/u.test(src[end] ?? "") && !state.refStart(end)) end++;
      state.text(src.slice(state.pos, end));
      state.pos = end;
    }
  }
  state.flush();
  return state.nodes;
}
