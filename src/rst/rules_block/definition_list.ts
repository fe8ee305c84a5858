// Definition lists: a term line (with optional " : classifier"s) directly followed by an indented definition.
import type { BlockState } from "../state_block.ts";
import type { Block, Inline } from "../ast.ts";
import { indentedBlock, indentOf, isBlank } from "../lines.ts";
import { startsConstruct } from "./common.ts";

function isItem(state: BlockState, at: number): boolean {
  const term = state.lines[at] ?? "";
  const def = state.lines[at + 1];
  return !isBlank(term) && indentOf(term) === 0 && def !== undefined && !isBlank(def) && indentOf(def) > 0;
}

export function definitionList(state: BlockState): boolean {
  if (!isItem(state, state.pos)) return false;
  const first = state.lineNo();
  const items: { term: Inline[]; classifiers: Inline[][]; definition: Block[] }[] = [];
  for (;;) {
    const at = state.pos;
    const parts = state.line().split(/ +: +/);
    const line = state.lineNo(at);
    const block = indentedBlock(state.lines, at + 1);
    items.push({
      term: state.inline(parts[0] ?? "", line),
      classifiers: parts.slice(1).map((c) => state.inline(c, line)),
      definition: state.parseNested(block.lines, line + 1),
    });
    state.pos = block.end;
    if (!state.eof && !isBlank(state.line())) {
      if (isItem(state, state.pos) && !startsConstruct(state.line())) continue;
      state.ctx.reporter.warning(state.lineNo(), "Definition list ends without a blank line; unexpected unindent.");
      break;
    }
    let next = state.pos;
    while (next < state.lines.length && isBlank(state.lines[next])) next++;
    if (!isItem(state, next) || startsConstruct(state.lines[next] ?? "")) break;
    state.pos = next;
  }
  state.out.push({ type: "definition_list", items, line: first });
  return true;
}
