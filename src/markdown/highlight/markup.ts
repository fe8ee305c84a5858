// HTML and XML as Pygments' HTML and XML lexers split them.
import type { Token } from "./token.ts";

/** HTML and XML: text between tags stays whole; tags split into "<", name, attributes, "=", values, ">". */
export function tokenizeMarkup(code: string, out: Token[], xml: boolean): void {
  let i = 0;
  while (i < code.length) {
    const rest = code.slice(i, i + 4096);
    let m: RegExpExecArray | null;
    if ((m = /^<!--[\s\S]*?(?:-->|$)/.exec(rest))) { out.push(["c", m[0]]); i += m[0].length; continue; }
    if ((m = /^<![^>]*>?|^<\?[\s\S]*?(?:\?>|$)/.exec(rest))) { out.push(["cp", m[0]]); i += m[0].length; continue; }
    if (xml && (m = /^<\/?[A-Za-z][\w:.-]*/.exec(rest))) {
      // Pygments' XML lexer: "<name", "attr=", values and ">" are tag tokens of their own kinds.
      out.push(["nt", m[0]]);
      i += m[0].length;
      while (i < code.length) {
        const r = code.slice(i, i + 4096);
        if ((m = /^\s+/.exec(r))) { out.push(["", m[0]]); i += m[0].length; continue; }
        if ((m = /^\/?>/.exec(r))) { out.push(["nt", m[0]]); i += m[0].length; break; }
        if ((m = /^(?:"[^"]*"?|'[^']*'?)/.exec(r))) { out.push(["s", m[0]]); i += m[0].length; continue; }
        if ((m = /^[^\s=>"'\/]+\s*=?/.exec(r))) { out.push(["na", m[0]]); i += m[0].length; continue; }
        out.push(["x", r[0] ?? ""]);
        i += 1;
      }
      continue;
    }
    if ((m = /^<\/?(?=[A-Za-z!?])/.exec(rest))) {
      out.push(["p", m[0]]);
      i += m[0].length;
      const name = /^[!?]?[A-Za-z][\w:.-]*/.exec(code.slice(i, i + 256));
      if (name) { out.push(["nt", name[0]]); i += name[0].length; }
      while (i < code.length) {
        const r = code.slice(i, i + 4096);
        if ((m = /^\s+/.exec(r))) { out.push(["", m[0]]); i += m[0].length; continue; }
        if ((m = /^\/?>/.exec(r)) || (m = /^\?>/.exec(r))) { out.push(["p", m[0]]); i += m[0].length; break; }
        if ((m = /^=/.exec(r))) { out.push(["o", m[0]]); i += 1; continue; }
        if ((m = /^(?:"[^"]*"?|'[^']*'?)/.exec(r))) { out.push(["s", m[0]]); i += m[0].length; continue; }
        if ((m = /^[^\s=>"'\/?]+/.exec(r))) { out.push(["na", m[0]]); i += m[0].length; continue; }
        out.push(["x", r[0] ?? ""]);
        i += 1;
      }
      continue;
    }
    m = /^[^<]+|^</.exec(rest)!;
    // Text between tags: whitespace and words, as plain text.
    out.push(["", m[0]]);
    i += m[0].length;
  }
}

export const MARKUP = new Set(["html", "xhtml", "htm"]);
export const XML = new Set(["xml", "svg", "xslt", "rss"]);
