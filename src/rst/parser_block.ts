// The block parser: an ordered table of rules, each recognizing one construct at the current line.
import type { Block } from "./ast.ts";
import type { DocContext } from "./context.ts";
import { BlockState } from "./state_block.ts";
import { blockExtent, keptAsLiteral, reportInternal } from "./guard.ts";
import { blank } from "./rules_block/blank.ts";
import { footnote } from "./rules_block/footnote.ts";
import { target } from "./rules_block/target.ts";
import { substitutionDefinition } from "./rules_block/substitution_definition.ts";
import { directive } from "./rules_block/directive.ts";
import { comment } from "./rules_block/comment.ts";
import { anonymousTarget } from "./rules_block/anonymous_target.ts";
import { gridTable } from "./rules_block/grid_table.ts";
import { simpleTable } from "./rules_block/simple_table.ts";
import { sectionOverline } from "./rules_block/section.ts";
import { transition } from "./rules_block/transition.ts";
import { bulletList } from "./rules_block/bullet_list.ts";
import { enumeratedList } from "./rules_block/enumerated_list.ts";
import { fieldList } from "./rules_block/field_list.ts";
import { optionList } from "./rules_block/option_list.ts";
import { lineBlock } from "./rules_block/line_block.ts";
import { doctest } from "./rules_block/doctest.ts";
import { blockQuote } from "./rules_block/block_quote.ts";
import { sectionUnderline } from "./rules_block/section_underline.ts";
import { definitionList } from "./rules_block/definition_list.ts";
import { paragraph } from "./rules_block/paragraph.ts";

export type BlockRule = (state: BlockState) => boolean;

export const blockRules: [string, BlockRule][] = [
  ["blank", blank],
  ["footnote", footnote],
  ["target", target],
  ["substitution_definition", substitutionDefinition],
  ["directive", directive],
  ["comment", comment],
  ["anonymous_target", anonymousTarget],
  ["grid_table", gridTable],
  ["simple_table", simpleTable],
  ["section_overline", sectionOverline],
  ["transition", transition],
  ["bullet_list", bulletList],
  ["enumerated_list", enumeratedList],
  ["field_list", fieldList],
  ["option_list", optionList],
  ["line_block", lineBlock],
  ["doctest", doctest],
  ["block_quote", blockQuote],
  ["section_underline", sectionUnderline],
  ["definition_list", definitionList],
  ["paragraph", paragraph],
];

export function parseBlocks(lines: string[], base: number, ctx: DocContext, nested: boolean): Block[] {
  const state = new BlockState(lines, base, ctx, nested, parseBlocks);
  while (!state.eof) {
    const before = state.pos;
    let matched = false;
    for (const [name, rule] of blockRules) {
      const kept = state.out.length;
      let found: boolean;
      try {
        found = rule(state);
      } catch (err) {
        // A bug in one rule costs its block, kept as literal text, never the page.
        state.out.length = kept;
        const end = Math.max(before + 1, blockExtent(state.lines, before));
        reportInternal(ctx, state.lineNo(before), `block rule ${name}`, err);
        state.out.push(keptAsLiteral(state.lines.slice(before, end), state.lineNo(before)));
        state.pos = end;
        matched = true;
        break;
      }
      if (found) {
        if (state.pos <= before) {
          // A rule that claims a match must consume input: keep the line visibly and move on.
          ctx.reporter.error(state.lineNo(before), `internal: block rule "${name}" did not advance`);
          state.out.push({ type: "paragraph", children: [{ type: "text", value: state.line(before) }], line: state.lineNo(before) });
          state.pos = before + 1;
        }
        matched = true;
        break;
      }
      state.pos = before;
    }
    if (!matched) {
      state.out.push({ type: "paragraph", children: [{ type: "text", value: state.line(before) }], line: state.lineNo(before) });
      state.pos = before + 1;
    }
  }
  return state.out;
}
