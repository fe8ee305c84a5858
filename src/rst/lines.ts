// Line helpers: docutils' input normalization, indentation, and indented-block extraction.

/** Splits input the way docutils' string2lines does: tabs to 8-column stops, other whitespace controls to spaces, trailing whitespace stripped. */
export function toLines(source: string): string[] {
  return source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).map((line) => {
    let out = "";
    for (const ch of line) {
      if (ch === "\t") out += " ".repeat(8 - (out.length % 8));
      else if (ch === "\v" || ch === "\f") out += " ";
      else out += ch;
    }
    return out.replace(/\s+$/, "");
  });
}

export function indentOf(line: string): number {
  const m = /^ */.exec(line);
  return m ? m[0].length : 0;
}

export const isBlank = (line: string | undefined): boolean => line === undefined || line.trim() === "";

/** Width in columns: East Asian wide characters count two, combining marks none (docutils' column_width). */
export function columnWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    const cp = ch.codePointAt(0) ?? 0;
    const wide = (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export interface IndentedBlock { lines: string[]; end: number; offset: number }

/** Lines from `start` that are blank or indented (> 0), dedented by their common indent; trailing blanks dropped. */
export function indentedBlock(lines: string[], start: number, untilBlank = false): IndentedBlock {
  let end = start;
  while (end < lines.length) {
    const line = lines[end] ?? "";
    if (isBlank(line)) { if (untilBlank) break; end++; continue; }
    if (indentOf(line) === 0) break;
    end++;
  }
  let last = end;
  while (last > start && isBlank(lines[last - 1])) last--;
  const block = lines.slice(start, last);
  return { lines: dedent(block), end: last, offset: 0 };
}

export function dedent(block: string[]): string[] {
  let min = Infinity;
  for (const line of block) if (!isBlank(line)) min = Math.min(min, indentOf(line));
  if (!isFinite(min)) min = 0;
  return block.map((line) => (isBlank(line) ? "" : line.slice(min)));
}

/** A block indented by exactly `indent` (a list item whose text follows its marker): lines with less indent end it. */
export function knownIndented(lines: string[], start: number, indent: number): IndentedBlock {
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end] ?? "";
    if (!isBlank(line) && line.slice(0, indent).trim() !== "") break;
    end++;
  }
  while (end > start + 1 && isBlank(lines[end - 1])) end--;
  const block = lines.slice(start, end).map((l) => (isBlank(l) ? "" : l.slice(indent)));
  return { lines: block, end, offset: indent };
}

/** A list item's body: known indent when text follows the marker, else the indent of the lines below (docutils' list_item). */
export function listItemBlock(lines: string[], start: number, indent: number): IndentedBlock {
  return (lines[start] ?? "").slice(indent).trim() ? knownIndented(lines, start, indent) : firstKnownIndented(lines, start, indent);
}

/** An indented block whose first line's indent is known (text after a list marker, a field name, `..`). */
export function firstKnownIndented(lines: string[], start: number, firstIndent: number, untilBlank = false): IndentedBlock {
  const first = (lines[start] ?? "").slice(firstIndent);
  const rest = indentedBlock(lines, start + 1, untilBlank);
  const block = [first, ...rest.lines];
  const end = rest.end > start + 1 ? rest.end : start + 1;
  while (block.length > 1 && isBlank(block[block.length - 1])) block.pop();
  return { lines: block, end, offset: firstIndent };
}
