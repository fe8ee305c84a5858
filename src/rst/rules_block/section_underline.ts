// Section titles with only an underline.
import type { BlockState } from "../state_block.ts";
import { columnWidth, indentOf, isBlank } from "../lines.ts";
import { isAdornment } from "./common.ts";
import { addSection } from "./section.ts";

export function sectionUnderline(state: BlockState): boolean {
  const title = state.line();
  const under = state.line(state.pos + 1);
  if (isBlank(title) || indentOf(title) > 0 || state.pos + 1 >= state.lines.length || !isAdornment(under)) return false;
  const line = state.lineNo();
  if (columnWidth(title) > under.length) {
    if (under.length < 4) {
      state.ctx.reporter.info(line + 1, "Possible title underline, too short for the title.\nTreating it as ordinary text because it's so short.");
      return false;
    }
    state.ctx.reporter.warning(line + 1, "Title underline too short.");
  }
  state.pos += 2;
  addSection(state, `${under[0]}u`, title.trim(), line);
  return true;
}
