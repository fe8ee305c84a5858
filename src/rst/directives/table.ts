// table:: a grid or simple table with a title.
import type { Block } from "../ast.ts";
import type { Directive } from "./types.ts";

export const table: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: ["align", "class", "name", "width", "widths"], content: true, contentRequired: { level: "warning" } },
  run(call) {
    const blocks = call.state.parseNested(call.content, call.contentLine);
    const t = blocks.find((b): b is Extract<Block, { type: "table" }> => b.type === "table");
    if (t && call.args[0]) t.title = call.state.inline(call.args[0], call.line);
    return blocks;
  },
};
