// Bullet lists: items start with one of - + * • ‣ ⁃ and continue on indented lines.
import type { BlockState } from "../state_block.ts";
import type { ListItem } from "../ast.ts";
import { listItemBlock, isBlank } from "../lines.ts";
import { BULLET } from "./common.ts";

export function bulletList(state: BlockState): boolean {
  const first = BULLET.exec(state.line());
  if (!first) return false;
  const bullet = first[1];
  const line = state.lineNo();
  const items: ListItem[] = [];
  for (;;) {
    const m = BULLET.exec(state.line());
    if (!m || m[1] !== bullet) break;
    const start = state.pos;
    const block = listItemBlock(state.lines, start, m[0].length);
    items.push({ children: state.parseNested(block.lines, state.lineNo(start)) });
    state.pos = block.end;
    if (!isBlank(state.line()) && !state.eof && !BULLET.test(state.line())) {
      state.ctx.reporter.warning(state.lineNo(), "Bullet list ends without a blank line; unexpected unindent.");
      break;
    }
    let next = state.pos;
    while (next < state.lines.length && isBlank(state.lines[next])) next++;
    const again = BULLET.exec(state.lines[next] ?? "");
    if (!again || again[1] !== bullet) break;
    state.pos = next;
  }
  state.out.push({ type: "bullet_list", items, line });
  return true;
}
