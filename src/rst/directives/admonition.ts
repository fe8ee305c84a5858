// Admonitions: note, warning, tip, important, caution, danger, attention, hint, error, and the titled generic one.
import type { Directive } from "./types.ts";

const TITLES: Record<string, string> = {
  attention: "Attention!", caution: "Caution!", danger: "!DANGER!", error: "Error", hint: "Hint",
  important: "Important", note: "Note", tip: "Tip", warning: "Warning",
};

export function specificAdmonition(kind: string): Directive {
  return {
    spec: { args: 0, options: true, optionNames: ["class", "name"], content: true, contentRequired: { level: "error" } },
    run(call) {
      return [{ type: "admonition", kind, title: [{ type: "text", value: TITLES[kind] ?? kind }], children: call.state.parseNested(call.content, call.contentLine), line: call.line }];
    },
  };
}

export const admonition: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: ["class", "name"], content: true, requiredArgs: 1, contentRequired: { level: "error" } },
  run(call) {
    const title = call.args[0] ?? "";
    return [{ type: "admonition", kind: "admonition", title: call.state.inline(title, call.line), children: call.state.parseNested(call.content, call.contentLine), line: call.line }];
  },
};

export const ADMONITIONS = Object.keys(TITLES);
