// docutils' DocTitle and DocInfo transforms: a lone top-level section becomes the title (and a lone subsection the subtitle); a leading field list becomes docinfo.
import type { Block, Inline } from "../ast.ts";

// docutils skips "PreBibliographic" nodes here: invisible ones (targets, comments, substitution definitions), system
// messages and raw (a contents topic is not one of them).
const transparent = (b: Block): boolean =>
  b.type === "anchor" || b.type === "link_target" || b.type === "problem" || b.type === "pending_class" || b.type === "raw" || (b.type === "literal_block" && b.pelicanRaw === true);

export interface Promoted { title?: Inline[]; subtitle?: Inline[] }

function promote(blocks: Block[], from: number): Inline[] | undefined {
  let i = from;
  while (i < blocks.length && transparent(blocks[i]!)) i++;
  const first = blocks[i];
  if (!first || first.type !== "section" || first.depth !== 1) return undefined;
  if (blocks.some((b, k) => k !== i && b.type === "section" && b.depth <= 1)) return undefined;
  blocks.splice(i, 1);
  for (const b of blocks) if (b.type === "section") b.depth -= 1;
  return first.title;
}

export function promoteTitles(blocks: Block[]): Promoted {
  const out: Promoted = {};
  const title = promote(blocks, 0);
  if (!title) return out;
  out.title = title;
  const subtitle = promote(blocks, 0);
  if (subtitle) out.subtitle = subtitle;
  return out;
}

/** Removes and returns the docinfo field list: the first element of the document body, if it is a field list. */
export function extractDocinfo(blocks: Block[]): Record<string, string> {
  let i = 0;
  while (i < blocks.length && transparent(blocks[i]!)) i++;
  const first = blocks[i];
  const fields: Record<string, string> = {};
  if (!first || first.type !== "field_list") return fields;
  blocks.splice(i, 1);
  for (const f of first.fields) fields[f.name.toLowerCase()] = f.raw;
  return fields;
}
