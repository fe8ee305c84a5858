// class:: without content (docutils' ClassAttribute): the classes go to the next element, looking past invisible ones and up the tree.
import type { Block } from "../ast.ts";
import type { DocContext } from "../context.ts";
import { childLists } from "./walk.ts";
import { addClasses } from "../directives/class.ts";

/** Elements docutils' transform steps over: targets, comments, pending elements and system messages. */
const INVISIBLE = new Set<Block["type"]>(["pending_class", "anchor", "link_target", "problem"]);


export function applyPendingClasses(blocks: Block[], ctx: DocContext): void {
  // Found in reverse document order, applied in document order, so classes come out in the order they were written.
  const found: { target: Block; classes: string[] }[] = [];
  /** `after`: the first visible element after this list, up the tree, found only when a pending class needs it. */
  const visit = (list: Block[], after: () => Block | undefined) => {
    // Right to left, so each pending class knows the next visible element without looking ahead again.
    let next: Block | undefined;
    const afterList = memo(after);
    for (let i = list.length - 1; i >= 0; i--) {
      const b = list[i]!;
      const following = next;
      for (const child of childLists(b)) visit(child, () => following ?? afterList());
      if (b.type === "pending_class") {
        const target = next ?? afterList();
        if (target) found.push({ target, classes: b.classes });
        else ctx.reporter.error(b.line, 'No suitable element following "class" directive');
      } else if (!INVISIBLE.has(b.type)) next = b;
    }
  };
  visit(blocks, () => undefined);
  for (let i = found.length - 1; i >= 0; i--) addClasses(found[i]!.target, found[i]!.classes);
}

function memo<T>(get: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) { value = get(); done = true; }
    return value;
  };
}
