// container:: and compound:: body elements in a div with classes.
import type { Directive } from "./types.ts";

export const container: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: ["name"], content: true, contentRequired: { level: "error" } },
  run(call) {
    const classes = [call.name, ...(call.name === "container" ? (call.args[0] ?? "").split(/\s+/).filter(Boolean) : [])];
    return [{ type: "container", tag: "div", classes, children: call.state.parseNested(call.content, call.contentLine), line: call.line }];
  },
};

export const compound: Directive = {
  spec: { args: 0, options: true, optionNames: ["class", "name"], content: true, contentRequired: { level: "error" } },
  run(call) { return [{ type: "container", tag: "div", classes: ["compound"], children: call.state.parseNested(call.content, call.contentLine), line: call.line }]; },
};
