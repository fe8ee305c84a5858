// The program grid's placements as a stylesheet of its own: one class per grid line, span and column the program
// uses, so that pages carry no style attributes and a Content-Security-Policy can keep styles to the site's files.
import type { ProgramView } from "./views.ts";

/** The least height of one row: five minutes of the program. */
const ROW_MIN = "0.55rem";

export function programStylesheet(program: ProgramView): string {
  const rows = new Set<number>();
  const spans = new Set<number>();
  const heights = new Set<number>();
  for (const day of program.days) {
    heights.add(day.rows);
    rows.add(day.footRow);
    for (const slot of day.slots) {
      rows.add(slot.row);
      for (const item of slot.items) {
        rows.add(item.row);
        spans.add(item.span);
      }
    }
  }
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  const rules = [
    `.grid-cols-${program.rooms.length} { grid-template-columns: 4rem repeat(${program.rooms.length}, minmax(10rem, 1fr)); }`,
    ...sorted(heights).map(
      (n) => `.grid-rows-${n} { grid-template-rows: auto repeat(${n}, minmax(${ROW_MIN}, auto)) auto; }`,
    ),
    ...sorted(rows).map((n) => `.gr-${n} { grid-row-start: ${n}; }`),
    ...sorted(spans).map((n) => `.gs-${n} { grid-row-end: span ${n}; }`),
    ...program.rooms.map((room) => `.gc-${room.column} { grid-column: ${room.column}; }`),
  ];
  const head =
    "/* The program grid (src/model/programStyles.ts): made for this site's program, on wide screens only. */";
  return `${head}\n@media (min-width: 48rem) {\n${rules.map((rule) => `  ${rule}`).join("\n")}\n}\n`;
}
