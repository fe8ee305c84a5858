// math:: LaTeX kept as a literal block tagged "math" (no math rendering in the site).
import type { Directive } from "./types.ts";

export const math: Directive = {
  spec: { args: 0, options: true, optionNames: ["class", "name"], content: true, contentRequired: { level: "error" } },
  run(call) { return [{ type: "literal_block", value: call.content.join("\n"), language: "math", line: call.contentLine }]; },
};
