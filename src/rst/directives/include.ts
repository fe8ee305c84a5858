// include:: other files cannot be read here; the directive is kept as a comment and reported.
import type { Directive } from "./types.ts";

export const include: Directive = {
  spec: {
    args: 1, finalWhitespace: true, options: true, requiredArgs: 1,
    optionNames: ["class", "code", "encoding", "end-before", "end-line", "literal", "name", "number-lines", "parser", "start-after", "start-line", "tab-width"],
  },
  run(call) {
    call.state.ctx.reporter.warning(call.line, `"include" directive not supported: "${call.args[0] ?? ""}" was not included.`);
    return [{ type: "problem", source: call.source, message: "include not supported", line: call.line }];
  },
};
