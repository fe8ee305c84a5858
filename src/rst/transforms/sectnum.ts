// docutils' SectNum transform: "1.2" (with prefix and suffix) and three no-break spaces before each numbered title.
import type { Block } from "../ast.ts";
import type { DocContext } from "../context.ts";

export function numberSections(blocks: Block[], ctx: DocContext): void {
  const spec = ctx.sectnum;
  if (!spec) return;
  const counters: number[] = [];
  for (const b of blocks) {
    if (b.type !== "section") continue;
    const d = b.depth;
    counters.length = d;
    counters[d - 1] = (counters[d - 1] ?? (d === 1 ? spec.start - 1 : 0)) + 1;
    for (let i = 0; i < d - 1; i++) counters[i] ??= d === 1 ? spec.start : 1;
    if (spec.depth !== undefined && d > spec.depth) continue;
    b.title = [{ type: "text", value: `${spec.prefix}${counters.join(".")}${spec.suffix}\u00a0\u00a0\u00a0` }, ...b.title];
  }
}
