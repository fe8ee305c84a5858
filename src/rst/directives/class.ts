// class:: puts classes on the elements of its content, or, without content, on the next element (transforms/classes.ts).
import type { Block } from "../ast.ts";
import type { Directive } from "./types.ts";
import { makeId } from "../context.ts";

/** docutils' class_option: each word made an id; undefined when a word has nothing left. */
export function classNames(argument: string): string[] | undefined {
  const names = argument.split(/\s+/).filter(Boolean).map((word) => makeId(word));
  return names.length > 0 && names.every(Boolean) ? names : undefined;
}

/** Classes given to an element: into its own list where it has one, else added on its outermost element. */
export function addClasses(b: Block, classes: string[]): void {
  // Pushed, never copied: a run of class:: directives all give their classes to one element.
  if (b.type === "container") b.classes.push(...classes);
  else if (b.type === "image") (b.image.classes ??= []).push(...classes);
  else if (b.type !== "anchor" && b.type !== "link_target" && b.type !== "pending_class") (b.addedClasses ??= []).push(...classes);
}

export const classDirective: Directive = {
  spec: { args: 1, finalWhitespace: true, content: true, requiredArgs: 1 },
  run(call) {
    const classes = classNames(call.args[0] ?? "");
    if (!classes) {
      call.state.ctx.reporter.error(call.line, `Invalid class attribute value for "class" directive: "${call.args[0] ?? ""}".`);
      return [{ type: "problem", source: call.source, message: "invalid class name", line: call.line }];
    }
    if (call.content.length === 0) return [{ type: "pending_class", classes, line: call.line }];
    const blocks = call.state.parseNested(call.content, call.contentLine);
    for (const b of blocks) addClasses(b, classes);
    return blocks;
  },
};
