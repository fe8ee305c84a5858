// Resolves hyperlink references (named, indirect, anonymous), footnote numbering and back-references, and citations.
import type { Block, Inline } from "../ast.ts";
import type { DocContext, NameTarget } from "../context.ts";
import { childLists, walk } from "./walk.ts";

const SYMBOLS = ["*", "\u2020", "\u2021", "\u00a7", "\u00b6", "#", "\u2660", "\u2665", "\u2666", "\u2663"];

type Reference = Extract<Inline, { type: "reference" }>;
type FootnoteRef = Extract<Inline, { type: "footnote_ref" }>;

function aliasTarget(ctx: DocContext, name: string): NameTarget | undefined {
  const refname = ctx.aliases.get(name);
  return refname === undefined ? undefined : { refname, explicit: true, duplicate: false, line: 0 };
}

/** Follows indirect targets to a URI or an element id. */
function resolveName(ctx: DocContext, refname: string, line: number): { refuri?: string; refid?: string } | undefined {
  const seen = new Set<string>();
  let name = refname;
  for (;;) {
    const target: NameTarget | undefined = ctx.names.get(name) ?? aliasTarget(ctx, name);
    if (!target) { ctx.reporter.error(line, `Unknown target name: "${name}".`); return undefined; }
    if (target.duplicate) { ctx.reporter.error(line, `Duplicate target name, cannot be used as a unique reference: "${name}".`); return undefined; }
    if (target.refuri !== undefined) return { refuri: target.refuri };
    if (target.refid !== undefined) return { refid: target.refid };
    if (target.refname === undefined || seen.has(name)) {
      ctx.reporter.error(line, `Indirect hyperlink target "${refname}" refers to target "${name}", which is a circular reference.`);
      return undefined;
    }
    seen.add(name);
    name = target.refname;
  }
}

/**
 * docutils' PropagateTargets: an empty target (".. _signup page:") right before an external or indirect one takes the
 * next target's link, so its references go where that one goes; a chain of empty targets follows to the end.
 */
function propagateTargets(blocks: Block[], ctx: DocContext, final = new Map<Block, string>()): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]!;
    for (const list of childLists(b)) propagateTargets(list, ctx, final);
    const next = blocks[i + 1];
    if (b.type !== "anchor" || next?.type !== "link_target") continue;
    // Every name of a chain points straight at the name that has the link, so no reference walks the chain.
    const to = final.get(next) ?? next.names[0]!;
    for (const name of b.names) {
      const target = ctx.names.get(name);
      if (target && !target.duplicate && target.refid !== undefined && b.ids.includes(target.refid)) {
        ctx.names.set(name, { refname: to, explicit: true, duplicate: false, line: target.line });
      }
    }
    const converted: Block = { type: "link_target", names: b.names, line: b.line };
    final.set(converted, to);
    blocks[i] = converted;
  }
}

export function resolveReferences(blocks: Block[], ctx: DocContext): void {
  propagateTargets(blocks, ctx);
  const references: Reference[] = [];
  const footnoteRefs: FootnoteRef[] = [];
  walk(blocks, {
    inlines: (nodes) => {
      for (const n of nodes) {
        if (n.type === "reference") references.push(n);
        else if (n.type === "footnote_ref") footnoteRefs.push(n);
      }
    },
    block: (b) => {
      if ((b.type === "image" || b.type === "figure") && Array.isArray(b.image.target)) {
        for (const n of b.image.target) if (n.type === "reference") references.push(n);
      }
    },
  });

  const anonymous = references.filter((r) => r.anonymous);
  if (anonymous.length !== ctx.anonymousTargets.length) {
    ctx.reporter.error(anonymous[0]?.line ?? ctx.anonymousTargets[0]?.line ?? 1,
      `Anonymous hyperlink mismatch: ${anonymous.length} references but ${ctx.anonymousTargets.length} targets.`);
  }
  anonymous.forEach((ref, i) => {
    const t = ctx.anonymousTargets[i];
    if (!t) return;
    if (t.refuri !== undefined) ref.refuri = t.refuri;
    else if (t.refname !== undefined) Object.assign(ref, resolveName(ctx, t.refname, ref.line) ?? {});
  });
  for (const ref of references) {
    if (ref.anonymous || ref.refuri !== undefined || ref.refid !== undefined || ref.refname === undefined) continue;
    Object.assign(ref, resolveName(ctx, ref.refname, ref.line) ?? {});
  }
  numberFootnotes(ctx, footnoteRefs);
}

function numberFootnotes(ctx: DocContext, refs: FootnoteRef[]): void {
  const byId = new Map(ctx.footnotes.map((f) => [f.id, f]));
  const autoLabels: string[] = [];
  let next = 1;
  for (const f of ctx.footnotes) {
    if (f.kind !== "auto" && f.kind !== "autoname") continue;
    let label: string;
    do { label = String(next++); } while (ctx.names.has(label));
    f.label = label;
    if (f.kind === "auto") {
      autoLabels.push(label);
      f.names.push(label);
      ctx.names.set(label, { refid: f.id, explicit: true, duplicate: false, line: f.line });
    }
  }
  let symbol = 0;
  const symbolFootnotes = ctx.footnotes.filter((f) => f.kind === "symbol");
  symbolFootnotes.forEach((f, i) => { f.label = (SYMBOLS[i % SYMBOLS.length] ?? "*").repeat(Math.floor(i / SYMBOLS.length) + 1); });
  let auto = 0;
  for (const ref of refs) {
    let target: Extract<Block, { type: "footnote" }> | undefined;
    if (ref.kind === "auto") {
      const label = autoLabels[auto++];
      if (label === undefined) { ctx.reporter.error(ref.line, `Too many autonumbered footnote references: only ${autoLabels.length} corresponding footnotes available.`); continue; }
      target = byId.get(ctx.names.get(label)?.refid ?? "");
    } else if (ref.kind === "symbol") {
      target = symbolFootnotes[symbol++];
      if (!target) { ctx.reporter.error(ref.line, `Too many symbol footnote references: only ${symbolFootnotes.length} corresponding footnotes available.`); continue; }
    } else {
      const name = ref.kind === "autoname" ? ref.label.slice(1).toLowerCase() : ref.label.toLowerCase();
      const t = ctx.names.get(name.replace(/\s+/g, " "));
      target = t?.refid !== undefined ? byId.get(t.refid) : undefined;
      if (!target) {
        ctx.reporter.error(ref.line, ref.kind === "citation" ? `Unknown target name: "${ref.label.toLowerCase()}".` : `Unknown target name: "${name}".`);
        continue;
      }
    }
    if (!target) continue;
    ref.refid = target.id;
    ref.text = target.label;
    target.backrefs.push(ref.id);
  }
}
