// Fills each contents:: block with entries for the sections it covers; section titles link back to their entry.
import type { Block, TocEntry } from "../ast.ts";
import type { DocContext } from "../context.ts";

type Section = Extract<Block, { type: "section" }>;

export function buildContents(blocks: Block[], ctx: DocContext): void {
  blocks.forEach((b, index) => {
    if (b.type !== "contents") return;
    // (a contents block with no sections to list is removed below, as docutils removes it)
    let sections: Section[];
    let baseDepth = 0;
    if (b.local) {
      const before = blocks.slice(0, index).reverse().find((x): x is Section => x.type === "section");
      baseDepth = before?.depth ?? 0;
      sections = [];
      for (const x of blocks.slice(index + 1)) {
        if (x.type !== "section") continue;
        if (x.depth <= baseDepth) break;
        sections.push(x);
      }
    } else {
      sections = blocks.filter((x): x is Section => x.type === "section");
    }
    const root: TocEntry[] = [];
    const stack: { depth: number; list: TocEntry[] }[] = [{ depth: baseDepth, list: root }];
    for (const s of sections) {
      if (b.depth !== undefined && s.depth - baseDepth > b.depth) continue;
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= s.depth) stack.pop();
      const entry: TocEntry = { sectionId: s.id, title: s.title, id: ctx.setId([], "toc-entry"), children: [] };
      stack[stack.length - 1]!.list.push(entry);
      stack.push({ depth: s.depth, list: entry.children });
      if (b.backlinks === "entry") s.tocId = entry.id;
      else if (b.backlinks === "top") s.tocId = b.id;
    }
    b.entries = root;
  });
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === "contents" && (b.entries ?? []).length === 0) blocks.splice(i, 1);
  }
}
