// Text helpers for tables: wide characters take two columns, so they are padded while the grid is measured.
import { columnWidth, dedent, isBlank } from "../lines.ts";

export const PAD = "\uffff";

export function padWide(line: string): string {
  let out = "";
  for (const ch of line) out += columnWidth(ch) === 2 ? ch + PAD : ch;
  return out;
}

/** A cell's lines: the rectangle, trailing spaces stripped, common indent removed, padding dropped. */
export function cellLines(lines: string[], left: number, right: number | undefined): string[] {
  const block = lines.map((l) => l.slice(left, right).replace(/\s+$/, "").split(PAD).join(""));
  while (block.length && isBlank(block[block.length - 1])) block.pop();
  while (block.length && isBlank(block[0])) block.shift();
  return dedent(block);
}
