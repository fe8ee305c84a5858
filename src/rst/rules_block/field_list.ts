// Field lists: ":name: body" with the body continuing on indented lines.
import type { BlockState } from "../state_block.ts";
import type { Field } from "../ast.ts";
import { firstKnownIndented, isBlank } from "../lines.ts";
import { FIELD_MARKER } from "./common.ts";
import { unescape, escapeToNull } from "../state_inline.ts";

export function fieldList(state: BlockState): boolean {
  if (!FIELD_MARKER.test(state.line())) return false;
  const fields: Field[] = [];
  const line = state.lineNo();
  for (;;) {
    const m = FIELD_MARKER.exec(state.line());
    if (!m) break;
    const at = state.pos;
    const block = firstKnownIndented(state.lines, at, m[0].length);
    const name = m[1] ?? "";
    fields.push({
      name: unescape(escapeToNull(name)),
      nameInlines: state.inline(name, state.lineNo(at)),
      body: state.parseNested(block.lines, state.lineNo(at)),
      raw: block.lines.join("\n").trim(),
      line: state.lineNo(at),
    });
    state.pos = block.end;
    if (!state.eof && !isBlank(state.line()) && !FIELD_MARKER.test(state.line())) {
      state.ctx.reporter.warning(state.lineNo(), "Field list ends without a blank line; unexpected unindent.");
      break;
    }
    let next = state.pos;
    while (next < state.lines.length && isBlank(state.lines[next])) next++;
    if (!FIELD_MARKER.test(state.lines[next] ?? "")) break;
    state.pos = next;
  }
  state.out.push({ type: "field_list", fields, line });
  return true;
}
