// Option lists: "-a", "--long=ARG", "/V" option groups, two spaces, then a description (or an indented one below).
import type { BlockState } from "../state_block.ts";
import type { Block } from "../ast.ts";
import { firstKnownIndented, isBlank } from "../lines.ts";

const OPTARG = String.raw`(?:[a-zA-Z][a-zA-Z0-9_-]*|<[^<>]+>)`;
const OPTION = String.raw`(?:(?:-|\+)[a-zA-Z0-9](?: ?${OPTARG})?|(?:--|\/)[a-zA-Z0-9][a-zA-Z0-9_-]*(?:[ =]${OPTARG})?)`;
const MARKER = new RegExp(`^(${OPTION}(?:, ${OPTION})*)(?:  +| ?$)`);
const SPLIT = new RegExp(`^((?:-|\\+)[a-zA-Z0-9]|(?:--|\\/)[a-zA-Z0-9][a-zA-Z0-9_-]*)(?:([ =]?)(${OPTARG}))?$`);

type Item = Extract<Block, { type: "option_list" }>["items"][number];

function parseOptions(group: string): Item["options"] {
  return group.split(", ").map((o) => {
    const m = SPLIT.exec(o);
    return m ? { name: m[1] ?? o, delimiter: m[2] ?? "", ...(m[3] ? { arg: m[3] } : {}) } : { name: o, delimiter: "" };
  });
}

export function optionList(state: BlockState): boolean {
  if (!MARKER.test(state.line())) return false;
  const line = state.lineNo();
  const items: Item[] = [];
  for (;;) {
    const m = MARKER.exec(state.line());
    if (!m) break;
    const at = state.pos;
    const block = firstKnownIndented(state.lines, at, m[0].length);
    // A marker with nothing after it and nothing indented below is not an option list item.
    if (block.lines.every(isBlank)) break;
    items.push({ options: parseOptions(m[1] ?? ""), description: state.parseNested(block.lines, state.lineNo(at)) });
    state.pos = block.end;
    if (!state.eof && !isBlank(state.line()) && !MARKER.test(state.line())) {
      state.ctx.reporter.warning(state.lineNo(), "Option list ends without a blank line; unexpected unindent.");
      break;
    }
    let next = state.pos;
    while (next < state.lines.length && isBlank(state.lines[next])) next++;
    if (!MARKER.test(state.lines[next] ?? "")) break;
    state.pos = next;
  }
  if (items.length === 0) return false;
  state.out.push({ type: "option_list", items, line });
  return true;
}
