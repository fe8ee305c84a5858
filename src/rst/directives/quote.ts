// epigraph::, highlights:: and pull-quote:: block quotes, with an attribution like an indented quote.
import type { Directive } from "./types.ts";
import { splitAttribution } from "../rules_block/block_quote.ts";

export const quote: Directive = {
  spec: { args: 0, content: true, contentRequired: { level: "error" } },
  run(call) {
    const { quoteEnd, attribution } = splitAttribution(call.content);
    const children = call.state.parseNested(call.content.slice(0, quoteEnd), call.contentLine);
    return [{
      type: "block_quote", children, classes: [call.name], line: call.line,
      ...(attribution !== undefined ? { attribution: call.state.inline(attribution, call.contentLine + quoteEnd) } : {}),
    }];
  },
};
