// docutils' Transitions transform checks: no transition first in a document or section, none adjacent, none last.
import type { Block } from "../ast.ts";
import type { DocContext } from "../context.ts";

/** `afterDocinfo`: the docinfo (already taken out of `blocks`) stood before the first block. */
export function checkTransitions(blocks: Block[], ctx: DocContext, afterDocinfo: boolean): void {
  blocks.forEach((b, i) => {
    if (b.type !== "transition") return;
    const previous = blocks[i - 1];
    if ((!previous && !afterDocinfo) || previous?.type === "section") ctx.reporter.error(b.line, "Document or section may not begin with a transition.");
    else if (previous?.type === "transition") ctx.reporter.error(b.line, "At least one body element must separate transitions; adjacent transitions are not allowed.");
    if (i === blocks.length - 1) ctx.reporter.error(b.line, "Document may not end with a transition.");
  });
}
