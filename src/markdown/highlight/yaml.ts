// YAML as Pygments' YAML lexer splits it.
import type { Token } from "./token.ts";

/** Pygments' YAML lexer, roughly: "key" ":" value, "-" indicators, flow collections split, scalars whole. */
export function tokenizeYaml(code: string, out: Token[]): void {
  let blockIndent = -1;
  for (const line of code.split(/(?<=\n)/)) {
    const body = line.replace(/\n$/, "");
    const indent = /^ */.exec(body)![0].length;
    if (blockIndent >= 0 && (body.trim() === "" || indent > blockIndent)) { out.push(["l", line]); continue; }
    blockIndent = -1;
    let i = 0;
    const push = (kind: string, text: string) => { if (text) out.push([kind, text]); i += text.length; };
    push("", /^\s*/.exec(body)![0]);
    let m: RegExpExecArray | null;
    while ((m = /^-(?=\s|$)\s*/.exec(body.slice(i)))) { push("ind", "-"); push("", m[0].slice(1)); }
    if ((m = /^#.*/.exec(body.slice(i)))) push("c", m[0]);
    if ((m = /^([^\s#:{}\[\],"'][^:#\n]*?|"[^"]*"|'[^']*')(\s*)(:)(?=\s|$)/.exec(body.slice(i)))) {
      push("nt", m[1] ?? ""); push("", m[2] ?? ""); push("p", ":");
    }
    push("", /^\s*/.exec(body.slice(i))![0]);
    const rest = body.slice(i);
    if (/^[|>][-+0-9]*\s*$/.test(rest)) { push("ind", rest); blockIndent = indent; }
    else if (/^[\[{]/.test(rest)) yamlFlow(rest, out);
    else if (rest) {
      const c = /\s#/.exec(rest);
      const value = c ? rest.slice(0, c.index) : rest;
      out.push(["v", value]);
      if (c) out.push(["c", rest.slice(c.index)]);
    }
    if (line.endsWith("\n")) out.push(["", "\n"]);
  }
}

function yamlFlow(text: string, out: Token[]): void {
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^[\[\]{},]+/.exec(rest))) out.push(["ind", m[0]]);
    else if ((m = /^\s+/.exec(rest))) out.push(["", m[0]]);
    else if ((m = /^([^\s:{}\[\],][^:{}\[\],]*?)(:)(?=\s)/.exec(rest))) { out.push(["nt", m[1] ?? ""]); out.push(["p", ":"]); }
    else if ((m = /^(?:"[^"]*"?|'[^']*'?|[^{}\[\],]+)/.exec(rest))) out.push(["v", m[0]]);
    else m = /^[\s\S]/.exec(rest)!, out.push(["x", m[0]]);
    i += m[0].length;
  }
}
