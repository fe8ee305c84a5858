// Interpreted text roles: docutils' standard roles plus Pelican's abbr (with "(title)"); custom roles from the role directive.
import type { Inline } from "../ast.ts";
import type { InlineState } from "../state_inline.ts";
import { unescape, restoreBackslashes } from "../state_inline.ts";

const ALIASES: Record<string, string> = {
  sub: "subscript", sup: "superscript", t: "title-reference", title: "title-reference", pep: "pep-reference",
  rfc: "rfc-reference", abbr: "abbreviation", acronym: "abbreviation", ac: "abbreviation",
};

export function applyRole(state: InlineState, roleName: string, raw: string, line: number, isDefault: boolean): Inline | undefined {
  const name = roleName.toLowerCase();
  const custom = state.ctx.customRoles.get(name);
  const base = custom ? custom.base : (ALIASES[name] ?? name);
  const text = unescape(raw);
  switch (base) {
    case "emphasis": return { type: "emphasis", value: text };
    case "strong": return { type: "strong", value: text };
    case "literal": return { type: "literal", value: restoreBackslashes(raw) };
    case "code": return { type: "literal", value: text, ...(custom?.language ? { language: custom.language } : {}) };
    case "math": return { type: "span", tag: "math", value: text };
    case "subscript": return { type: "span", tag: "sub", value: text };
    case "superscript": return { type: "span", tag: "sup", value: text };
    case "title-reference": return { type: "cite", value: text };
    case "abbreviation": {
      const m = /\((.*)\)$/s.exec(text);
      if (m && name !== "acronym") return { type: "span", tag: "abbr", value: text.slice(0, m.index).trim(), title: m[1] ?? "" };
      return { type: "span", tag: "abbr", value: text };
    }
    case "pep-reference": {
      const n = Number.parseInt(text, 10);
      if (!/^\s*\d+\s*$/.test(text)) break;
      return { type: "reference", children: [{ type: "text", value: `PEP ${n}` }], refuri: `https://peps.python.org/pep-${String(n).padStart(4, "0")}`, line };
    }
    case "rfc-reference": {
      const m = /^\s*(\d+)(?:#(\S+))?\s*$/.exec(text);
      if (!m) break;
      const n = Number.parseInt(m[1] ?? "0", 10);
      return { type: "reference", children: [{ type: "text", value: `RFC ${n}` }], refuri: `https://tools.ietf.org/html/rfc${n}.html${m[2] ? "#" + m[2] : ""}`, line };
    }
    case "raw":
      if (custom?.format === "html") return { type: "raw", value: text };
      break;
    case "span":
      return { type: "span", tag: "span", value: text, classes: custom?.classes ?? [] };
    default:
      break;
  }
  state.ctx.reporter.error(line, isDefault ? `Unknown default role "${roleName}".` : `Unknown interpreted text role "${roleName}".`);
  return undefined;
}
