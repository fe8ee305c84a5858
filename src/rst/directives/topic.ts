// topic:: and sidebar:: a titled box of body elements.
import type { Directive } from "./types.ts";

export const topic: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: ["class", "name"], content: true, requiredArgs: 1, contentRequired: { level: "error" } },
  run(call) {
    return [{ type: "container", tag: call.name === "sidebar" ? "aside" : "div", classes: [call.name], title: call.state.inline(call.args[0] ?? "", call.line), children: call.state.parseNested(call.content, call.contentLine), line: call.line }];
  },
};

export const sidebar: Directive = { spec: { ...topic.spec, requiredArgs: 0, optionNames: ["class", "name", "subtitle"] }, run: topic.run };
