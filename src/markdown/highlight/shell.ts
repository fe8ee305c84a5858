// Shell scripts and console sessions as Pygments' bash and console lexers split them.
import type { Token } from "./token.ts";

/** Pygments' BashLexer, roughly: words run until an operator, quote, "$" or separator; "=" and brackets are operators. */
export function tokenizeShell(code: string, out: Token[]): void {
  let i = 0;
  while (i < code.length) {
    const rest = code.slice(i, i + 4096);
    let m: RegExpExecArray | null;
    const atWordStart = i === 0 || /\s/.test(code[i - 1] ?? "");
    if ((m = /^\s+/.exec(rest))) out.push(["", m[0]]);
    else if (atWordStart && (m = /^#[^\n]*/.exec(rest))) out.push(["c", m[0]]);
    else if ((m = /^\\[\s\S]/.exec(rest))) out.push(["se", m[0]]);
    else if ((m = /^\$?"(?:\\.|[^"\\$])*"/.exec(rest))) out.push(["s", m[0]]);
    else if (rest[0] === "\"") {
      // A double-quoted string with expansions inside: string text, variables, string text.
      let j = i + 1;
      let text = "\"";
      while (j < code.length && code[j] !== "\"") {
        const v = /^\$(?:\{[^}\n]*\}?|[a-zA-Z_]\w*|\d+|[#$?!_*@-])/.exec(code.slice(j, j + 256));
        if (v) { if (text) out.push(["s", text]); text = ""; out.push(["nv", v[0]]); j += v[0].length; continue; }
        const step = code[j] === "\\" ? 2 : 1;
        text += code.slice(j, j + step);
        j += step;
      }
      if (code[j] === "\"") { text += "\""; j++; }
      if (text) out.push(["s", text]);
      i = j;
      continue;
    }
    else if ((m = /^\$'(?:\\.|[^'\\])*'|^'[^']*'/.exec(rest))) out.push(["s", m[0]]);
    else if ((m = /^(?:&&|\|\||[\[\]{}()=])+/.exec(rest))) out.push(["o", m[0]]);
    else if ((m = /^[;&|]/.exec(rest))) out.push(["p", m[0]]);
    else if ((m = /^\$(?:\{[^}\n]*\}?|[a-zA-Z_]\w*|\d+|[#$?!_*@-])/.exec(rest))) out.push(["nv", m[0]]);
    else if ((m = /^\d+(?![\w])/.exec(rest)) && !/[^\s=\[\]{}()$"'`\\<&|;]/.test(code[i - 1] ?? " ")) out.push(["m", m[0]]);
    else if ((m = /^[^=\s\[\]{}()$"'`\\<&|;]+/.exec(rest))) out.push(["", m[0]]);
    else m = /^[\s\S]/.exec(rest)!, out.push(["", m[0]]);
    i += m[0].length;
  }
}

/** Pygments' console lexer: prompt lines are shell code, other lines are output kept whole. */
export function tokenizeConsole(code: string, out: Token[]): void {
  for (const line of code.split(/(?<=\n)/)) {
    const m = /^((?:\(\S+\)\s*)?(?:[\w@.:~/-]*\s*)?[$#%]\s)/.exec(line) ?? /^(>\s)/.exec(line);
    if (m) {
      out.push(["gp", m[1] ?? ""]);
      tokenizeShell(line.slice((m[1] ?? "").length), out);
    } else {
      out.push(["go", line]);
    }
  }
}

export const SHELL = new Set(["bash", "sh", "shell", "zsh", "ksh", "bash-script"]);
export const CONSOLE = new Set(["console", "shell-session", "sh-session", "bash-session"]);
