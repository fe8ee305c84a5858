// Replaces |name| references with their definitions (recursively, as docutils does), keeping |name|_ as a link.
import type { Inline } from "../ast.ts";
import type { Block } from "../ast.ts";
import type { DocContext } from "../context.ts";
import { normalizeName } from "../context.ts";
import { walk } from "./walk.ts";

function lookup(ctx: DocContext, name: string) {
  const exact = ctx.substitutions.get(name);
  if (exact) return exact;
  const norm = normalizeName(name);
  for (const [key, def] of ctx.substitutions) if (normalizeName(key) === norm) return def;
  return undefined;
}

function expand(ctx: DocContext, nodes: Inline[], depth: number): void {
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    if (n.type === "reference" || n.type === "group") { expand(ctx, n.children, depth); continue; }
    if (n.type !== "substitution_ref") continue;
    const def = lookup(ctx, n.name);
    let children: Inline[];
    if (!def) {
      ctx.reporter.error(n.line, `Undefined substitution referenced: "${n.name}".`);
      children = [{ type: "text", value: `|${n.name}|` }];
    } else if (depth > 8) {
      ctx.reporter.error(n.line, `Circular substitution definition referenced: "${n.name}".`);
      children = [{ type: "text", value: `|${n.name}|` }];
    } else {
      children = structuredClone(def.inlines);
      expand(ctx, children, depth + 1);
    }
    nodes[i] = n.refname !== undefined
      ? { type: "reference", children, line: n.line, ...(n.anonymous ? { anonymous: true } : { refname: n.refname }) }
      : { type: "group", children };
  }
}

export function applySubstitutions(blocks: Block[], ctx: DocContext): void {
  walk(blocks, { block: (b) => {
    // only top-level inline arrays: expand() recurses into references itself
    if (b.type === "paragraph" || b.type === "rubric") expand(ctx, b.children, 0);
    else if (b.type === "literal_block" && b.inlines) expand(ctx, b.inlines, 0);
    else if (b.type === "section" || b.type === "admonition") expand(ctx, b.title, 0);
    else if (b.type === "line_block") for (const l of b.lines) expand(ctx, l.children, 0);
    else if (b.type === "definition_list") for (const it of b.items) { expand(ctx, it.term, 0); for (const c of it.classifiers) expand(ctx, c, 0); }
    else if (b.type === "figure") expand(ctx, b.caption, 0);
    else if (b.type === "block_quote" && b.attribution) expand(ctx, b.attribution, 0);
    else if (b.type === "container" && b.title) expand(ctx, b.title, 0);
    else if (b.type === "table" && b.title) expand(ctx, b.title, 0);
    else if (b.type === "field_list") for (const f of b.fields) expand(ctx, f.nameInlines, 0);
  } });
}
