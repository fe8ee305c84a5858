// role:: (custom roles from a base role) and default-role:: (the role for `text` without one).
import type { Directive } from "./types.ts";

const KNOWN = ["emphasis", "strong", "literal", "code", "subscript", "sub", "superscript", "sup", "abbreviation", "abbr", "title-reference", "raw", "math"];
const CANONICAL: Record<string, string> = { sub: "subscript", sup: "superscript", abbr: "abbreviation" };

export const defaultRole: Directive = {
  spec: { args: 1 },
  run(call) {
    call.state.ctx.defaultRole = call.args[0] ?? "title-reference";
    return [];
  },
};

export const role: Directive = {
  spec: { args: 1, options: true },
  run(call) {
    const m = /^([\p{L}\p{N}_.+:-]+)(?:\(([\p{L}\p{N}_.+:-]+)\))?$/u.exec(call.args[0] ?? "");
    if (!m) {
      call.state.ctx.reporter.error(call.line, `Error in "role" directive: invalid role name "${call.args[0] ?? ""}".`);
      return [];
    }
    const name = (m[1] ?? "").toLowerCase();
    const base = (m[2] ?? "span").toLowerCase();
    call.state.ctx.customRoles.set(name, {
      base: KNOWN.includes(base) ? CANONICAL[base] ?? base : "span",
      classes: (call.options.class ?? name).split(/\s+/),
      ...(call.options.language ? { language: call.options.language } : {}),
      ...(call.options.format ? { format: call.options.format.toLowerCase() } : {}),
    });
    return [];
  },
};
