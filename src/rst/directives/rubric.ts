// rubric:: an informal heading that is not a section.
import type { Directive } from "./types.ts";

export const rubric: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: ["class", "name"], requiredArgs: 1 },
  run(call) { return [{ type: "rubric", children: call.state.inline(call.args[0] ?? "", call.line), line: call.line }]; },
};
