// Body elements and settings directives: topic, sidebar, rubric, container, epigraph..., class, role, default-role, meta, title, include, sectnum, math, table.
import type { Block } from "../ast.ts";
import type { Directive } from "./types.ts";
import { splitAttribution } from "../rules_block/block_quote.ts";

export const topic: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, content: true },
  run(call) {
    return [{ type: "container", tag: call.name === "sidebar" ? "aside" : "div", classes: [call.name], title: call.state.inline(call.args[0] ?? "", call.line), children: call.state.parseNested(call.content, call.contentLine) }];
  },
};

export const rubric: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true },
  run(call) { return [{ type: "rubric", children: call.state.inline(call.args[0] ?? "", call.line) }]; },
};

export const container: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, content: true },
  run(call) {
    const classes = [call.name === "container" ? "container" : call.name, ...(call.args[0] ?? "").split(/\s+/).filter(Boolean)];
    return [{ type: "container", tag: "div", classes, children: call.state.parseNested(call.content, call.contentLine) }];
  },
};

export const quote: Directive = {
  spec: { args: 0, content: true },
  run(call) {
    const { quoteEnd, attribution } = splitAttribution(call.content);
    const children = call.state.parseNested(call.content.slice(0, quoteEnd), call.contentLine);
    return [{
      type: "block_quote", children, classes: [call.name],
      ...(attribution !== undefined ? { attribution: call.state.inline(attribution, call.contentLine + quoteEnd) } : {}),
    }];
  },
};

export const compound: Directive = {
  spec: { args: 0, options: true, content: true },
  run(call) { return [{ type: "container", tag: "div", classes: ["compound"], children: call.state.parseNested(call.content, call.contentLine) }]; },
};

/** A table directive wrapping a grid or simple table, giving it a title. */
export const table: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, content: true },
  run(call) {
    const blocks = call.state.parseNested(call.content, call.contentLine);
    const t = blocks.find((b): b is Extract<Block, { type: "table" }> => b.type === "table");
    if (t && call.args[0]) t.title = call.state.inline(call.args[0], call.line);
    return blocks;
  },
};

export const math: Directive = {
  spec: { args: 0, options: true, content: true },
  run(call) { return [{ type: "literal_block", value: call.content.join("\n"), language: "math", line: call.contentLine }]; },
};

/** Sets the role used for `text` without an explicit role. */
export const defaultRole: Directive = {
  spec: { args: 1 },
  run(call) {
    call.state.ctx.defaultRole = call.args[0] ?? "title-reference";
    return [];
  },
};

/** ".. role:: name(base)" with :class:, :language:, :format: options. */
export const role: Directive = {
  spec: { args: 1, options: true },
  run(call) {
    const m = /^([\w.+:-]+)(?:\(([\w.+:-]+)\))?$/u.exec(call.args[0] ?? "");
    if (!m) {
      call.state.ctx.reporter.error(call.line, `Error in "role" directive: invalid role name "${call.args[0] ?? ""}".`);
      return [];
    }
    const name = (m[1] ?? "").toLowerCase();
    const base = (m[2] ?? "span").toLowerCase();
    const known = ["emphasis", "strong", "literal", "code", "subscript", "sub", "superscript", "sup", "abbreviation", "abbr", "title-reference", "raw", "math"];
    call.state.ctx.customRoles.set(name, {
      base: known.includes(base) ? ({ sub: "subscript", sup: "superscript", abbr: "abbreviation" } as Record<string, string>)[base] ?? base : "span",
      classes: (call.options.class ?? name).split(/\s+/),
      ...(call.options.language ? { language: call.options.language } : {}),
      ...(call.options.format ? { format: call.options.format.toLowerCase() } : {}),
    });
    return [];
  },
};

/** Directives with no visible output in a page body (metadata, styling hints, numbering). */
export function silent(message: string, level: "info" | "warning"): Directive {
  return {
    spec: { args: 1, finalWhitespace: true, options: true, content: true },
    run(call) {
      call.state.ctx.reporter[level](call.line, `"${call.name}" directive: ${message}`);
      return [];
    },
  };
}

export const include: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true },
  run(call) {
    call.state.ctx.reporter.warning(call.line, `"include" directive not supported: "${call.args[0] ?? ""}" was not included.`);
    return [{ type: "problem", source: call.source, message: "include not supported", line: call.line }];
  },
};
