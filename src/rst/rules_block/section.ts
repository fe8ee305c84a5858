// Section titles with an overline (and the shared code that records a section at its level).
import type { BlockState } from "../state_block.ts";
import { columnWidth, isBlank } from "../lines.ts";
import { isAdornment, inlineText } from "./common.ts";
import { normalizeName } from "../context.ts";

/** Records a section title in the style's level; sections are kept flat, with a depth. */
export function addSection(state: BlockState, style: string, title: string, line: number): void {
  const ctx = state.ctx;
  const inlines = state.inline(title, line);
  if (state.nested) {
    ctx.reporter.error(line, "Unexpected section title.");
    state.out.push({ type: "paragraph", children: inlines, line });
    return;
  }
  let index = ctx.sectionStyles.indexOf(style);
  if (index < 0) {
    if (ctx.sectionStyles.length > ctx.sectionDepth) {
      ctx.reporter.error(line, "Title level inconsistent.");
      index = ctx.sectionDepth;
    } else {
      ctx.sectionStyles.push(style);
      index = ctx.sectionStyles.length - 1;
    }
  } else if (index > ctx.sectionDepth) {
    ctx.reporter.error(line, "Title level inconsistent.");
    index = ctx.sectionDepth;
  }
  const depth = index + 1;
  ctx.sectionDepth = depth;
  const text = inlineText(inlines);
  const name = normalizeName(text);
  const id = ctx.setId([name], "section");
  ctx.noteName(name, { refid: id, explicit: false, duplicate: false, line });
  state.out.push({ type: "section", depth, title: inlines, id, names: [name], extraIds: [], line });
}

export function sectionOverline(state: BlockState): boolean {
  const over = state.line();
  if (!isAdornment(over)) return false;
  const titleLine = state.line(state.pos + 1);
  if (isBlank(titleLine) || state.pos + 1 >= state.lines.length) return false;
  const under = state.line(state.pos + 2);
  const title = titleLine.trim();
  const line = state.lineNo();
  if (!isAdornment(under) || under[0] !== over[0]) {
    if (over.length < 4) return false;
    // Only a real overline (as long as the title) makes this an error; otherwise it is ordinary text.
    if (isAdornment(titleLine)) return false;
    state.ctx.reporter.error(line, "Missing matching underline for section title overline.");
    return false;
  }
  if (under !== over) state.ctx.reporter.error(line, "Title overline & underline mismatch.");
  if (columnWidth(title) > over.length) state.ctx.reporter.warning(line, "Title overline too short.");
  state.pos += 3;
  addSection(state, `${over[0]}o`, title, line + 1);
  return true;
}
