// contents:: a table of contents, filled in once all sections are known (see transforms/contents.ts).
import type { Directive } from "./types.ts";
import { normalizeName } from "../context.ts";

export const contents: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: ["backlinks", "class", "depth", "local"] },
  run(call) {
    const title = call.args[0] ?? "Contents";
    const name = normalizeName(title);
    const id = call.state.ctx.setId([name], "contents");
    call.state.ctx.noteName(name, { refid: id, explicit: false, duplicate: false, line: call.line });
    call.state.ctx.hasContents = true;
    const depth = call.options.depth !== undefined ? Number.parseInt(call.options.depth, 10) : undefined;
    const backlinks = call.options.backlinks === "top" ? "top" : call.options.backlinks === "none" ? "none" : "entry";
    return [{
      type: "contents", title: call.state.inline(title, call.line), id, local: call.options.local !== undefined, backlinks, line: call.line,
      ...(depth !== undefined && !Number.isNaN(depth) ? { depth } : {}),
    }];
  },
};
