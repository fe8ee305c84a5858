// class:: without content (docutils' ClassAttribute): the classes go to the next element, looking past invisible ones and up the tree.
import type { Block } from "../ast.ts";
import type { DocContext } from "../context.ts";
import { childLists } from "./walk.ts";
import { addClasses } from "../directives/class.ts";

/** Elements docutils' transform steps over: targets, comments, pending elements and system messages. */
const INVISIBLE = new Set<Block["type"]>(["pending_class", "anchor", "link_target", "problem"]);


export function applyPendingClasses(blocks: Block[], ctx: DocContext): void {
  const visit = (list: Block[], ancestors: { list: Block[]; index: number }[]) => {
    list.forEach((b, index) => {
      if (b.type === "pending_class") {
        const chain = [{ list, index }, ...[...ancestors].reverse()];
        let target: Block | undefined;
        for (const level of chain) {
          target = level.list.slice(level.index + 1).find((next) => !INVISIBLE.has(next.type));
          if (target) break;
        }
        if (target) addClasses(target, b.classes);
        else ctx.reporter.error(b.line, 'No suitable element following "class" directive');
        return;
      }
      for (const child of childLists(b)) visit(child, [...ancestors, { list, index }]);
    });
  };
  visit(blocks, []);
}
