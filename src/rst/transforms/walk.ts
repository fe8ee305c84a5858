// Visits every block and every inline sequence of a tree in document order, so transforms can rewrite them in place.
import type { Block, Inline } from "../ast.ts";

export interface Visitor {
  block?: (block: Block) => void;
  inlines?: (nodes: Inline[]) => void;
}

export function walk(blocks: Block[], v: Visitor): void {
  for (const b of blocks) walkBlock(b, v);
}

function walkInlines(nodes: Inline[], v: Visitor): void {
  v.inlines?.(nodes);
  for (const n of nodes) {
    if (n.type === "reference" || n.type === "group") walkInlines(n.children, v);
    else if (n.type === "image" && Array.isArray(n.image.target)) walkInlines(n.image.target, v);
  }
}

function walkBlock(b: Block, v: Visitor): void {
  v.block?.(b);
  switch (b.type) {
    case "section": walkInlines(b.title, v); break;
    case "paragraph": walkInlines(b.children, v); break;
    case "literal_block": if (b.inlines) walkInlines(b.inlines, v); break;
    case "rubric": walkInlines(b.children, v); break;
    case "bullet_list": case "enumerated_list": for (const item of b.items) walk(item.children, v); break;
    case "definition_list":
      for (const item of b.items) { walkInlines(item.term, v); for (const c of item.classifiers) walkInlines(c, v); walk(item.definition, v); }
      break;
    case "field_list": for (const f of b.fields) { walkInlines(f.nameInlines, v); walk(f.body, v); } break;
    case "option_list": for (const item of b.items) walk(item.description, v); break;
    case "line_block": for (const l of b.lines) walkInlines(l.children, v); break;
    case "block_quote": walk(b.children, v); if (b.attribution) walkInlines(b.attribution, v); break;
    case "image": if (Array.isArray(b.image.target)) walkInlines(b.image.target, v); break;
    case "figure":
      if (Array.isArray(b.image.target)) walkInlines(b.image.target, v);
      walkInlines(b.caption, v); walk(b.legend, v); break;
    case "admonition": walkInlines(b.title, v); walk(b.children, v); break;
    case "container": if (b.title) walkInlines(b.title, v); walk(b.children, v); break;
    case "table":
      if (b.title) walkInlines(b.title, v);
      for (const row of [...b.head, ...b.body]) for (const cell of row) walk(cell.children, v);
      break;
    case "footnote": walk(b.children, v); break;
    case "contents": walkInlines(b.title, v); break;
    default: break;
  }
}

/** The block lists directly inside a block (list items, cells, bodies), in document order. */
export function childLists(b: Block): Block[][] {
  switch (b.type) {
    case "bullet_list": case "enumerated_list": return b.items.map((item) => item.children);
    case "definition_list": return b.items.map((item) => item.definition);
    case "field_list": return b.fields.map((f) => f.body);
    case "option_list": return b.items.map((item) => item.description);
    case "block_quote": case "admonition": case "container": case "footnote": return [b.children];
    case "figure": return [b.legend];
    case "table": return [...b.head, ...b.body].flatMap((row) => row.map((cell) => cell.children));
    default: return [];
  }
}
