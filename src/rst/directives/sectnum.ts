// sectnum:: numbers the sections (see transforms/sectnum.ts) with :depth:, :start:, :prefix: and :suffix:.
import type { Directive } from "./types.ts";

export const sectnum: Directive = {
  spec: { args: 0, options: true, optionNames: ["depth", "prefix", "start", "suffix"] },
  run(call) {
    const o = call.options;
    const depth = o.depth !== undefined ? Number.parseInt(o.depth, 10) : undefined;
    const start = o.start !== undefined ? Number.parseInt(o.start, 10) : undefined;
    call.state.ctx.sectnum = {
      ...(depth !== undefined && !Number.isNaN(depth) ? { depth } : {}),
      start: start !== undefined && !Number.isNaN(start) ? start : 1,
      prefix: o.prefix ?? "",
      suffix: o.suffix ?? "",
    };
    return [];
  },
};
