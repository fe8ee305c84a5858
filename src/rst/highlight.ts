// Token spans for fenced code the way Pygments splits it (Python, C-like, JSON), so highlighted code reads as the same words Pelican's pages show.
import { escapeHtml } from "./writer/escape.ts";

interface Profile {
  name: "python" | "c" | "json" | "generic";
  comment: RegExp;
  punct: RegExp;
  op: RegExp;
  quotes: string;
  /** Pygments' C, C++ and JSON lexers read "-1" as one number. */
  signedNumbers?: boolean;
  /** Rust macros: "vec!" is one token. */
  macroBang?: boolean;
}

const NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJlLuUfF]*)/;
const WORD = /^[\p{L}\p{N}_$]+/u;

const PYTHON: Profile = { name: "python", comment: /^#[^\n]*/, punct: /^[\[\]{}:(),;]+/, op: /^[-~+\/*%=<>&^|.!]+/, quotes: "\"'" };
const C_LIKE: Profile = { name: "c", comment: /^(?:\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|#[^\n]*)/, punct: /^(?:=>|[()\[\]{},;.])+/, op: /^[~!%^&*+=|?:<>\/-]+/, quotes: "\"'`" };
const C_FAMILY: Profile = { ...C_LIKE, signedNumbers: true };
const RUST: Profile = { ...C_LIKE, macroBang: true };
const JSON_PROFILE: Profile = { name: "json", comment: /^(?!)/, punct: /^[{}\[\],:]+/, op: /^(?!)/, quotes: "\"", signedNumbers: true };

const generic = (comment: RegExp): Profile => ({ name: "generic", comment, punct: /^[()\[\]{},;]+/, op: /^[~!%^&*+=|?:<>\/\\.@$-]+/, quotes: "\"'" });
const HASH_COMMENT = generic(/^#[^\n]*/);
const PERCENT_COMMENT = generic(/^%[^\n]*/);
const BANG_COMMENT = generic(/^![^\n]*/);
const DASH_COMMENT = generic(/^--[^\n]*/);

const PROFILES: Record<string, Profile> = {
  r: HASH_COMMENT, julia: HASH_COMMENT, jl: HASH_COMMENT, matlab: PERCENT_COMMENT, octave: PERCENT_COMMENT,
  fortran: BANG_COMMENT, f90: BANG_COMMENT, sql: DASH_COMMENT, mysql: DASH_COMMENT, postgresql: DASH_COMMENT, sqlite3: DASH_COMMENT,
  python: PYTHON, py: PYTHON, python3: PYTHON, py3: PYTHON, ipython: PYTHON, ipython3: PYTHON, sage: PYTHON,
  c: C_FAMILY, h: C_FAMILY, cpp: C_FAMILY, "c++": C_FAMILY, cxx: C_FAMILY, hpp: C_FAMILY, cc: C_FAMILY, cuda: C_FAMILY, cu: C_FAMILY,
  java: C_LIKE, javascript: C_LIKE, js: C_LIKE, typescript: C_LIKE, ts: C_LIKE, go: C_LIKE, golang: C_LIKE,
  rust: RUST, rs: RUST, csharp: C_LIKE, cs: C_LIKE, kotlin: C_LIKE, swift: C_LIKE, scala: C_LIKE, dart: C_LIKE,
  json: JSON_PROFILE,
};

type Token = [kind: string, text: string];

/** A string literal from `start` (after any prefix): its text split into body, escape and interpolation tokens. */
function stringTokens(code: string, start: number, p: Profile, prefix: string, out: Token[]): number {
  const q = code[start] ?? "";
  const triple = p.name === "python" && code.startsWith(q.repeat(3), start) ? q.repeat(3) : q;
  const raw = /r/i.test(prefix);
  const interpolate = (p.name === "python" && /f/i.test(prefix)) || (p.name === "c" && q === "`");
  let i = start + triple.length;
  let body = triple;
  const flush = () => { if (body) out.push(["s", body]); body = ""; };
  while (i < code.length) {
    if (code.startsWith(triple, i)) { body += triple; i += triple.length; flush(); return i; }
    const ch = code[i] ?? "";
    if (ch === "\n" && triple.length === 1 && q !== "`") break;
    if (ch === "\\" && !raw && i + 1 < code.length) { flush(); out.push(["se", code.slice(i, i + 2)]); i += 2; continue; }
    const open = p.name === "python" ? "{" : "${";
    if (interpolate && code.startsWith(open, i) && !(p.name === "python" && code[i + 1] === "{")) {
      flush();
      out.push(["si", open]);
      i += open.length;
      let depth = 0;
      let j = i;
      while (j < code.length && !(depth === 0 && (code[j] === "}" || (p.name === "python" && (code[j] === "!" || code[j] === ":") && code[j + 1] !== "=")))) {
        if (code[j] === "{") depth++;
        else if (code[j] === "}") depth--;
        else if (code[j] === "\n" && triple.length === 1 && q !== "`") break;
        j++;
      }
      tokenize(code.slice(i, j), p, out);
      // Python: "!r" and ":" are interpolation, the format spec is string text, "}" closes.
      let k = j;
      if (code[k] === "!") k += 2;
      if (code[k] === ":") k++;
      if (k > j) out.push(["si", code.slice(j, k)]);
      let e = k;
      while (e < code.length && code[e] !== "}" && code[e] !== "\n") e++;
      if (e > k) out.push(["s", code.slice(k, e)]);
      if (code[e] === "}") { out.push(["si", "}"]); e++; }
      i = e;
      continue;
    }
    body += ch;
    i++;
  }
  flush();
  return i;
}

function tokenize(code: string, p: Profile, out: Token[]): void {
  let i = 0;
  while (i < code.length) {
    const rest = code.slice(i, i + 4096);
    let m: RegExpExecArray | null;
    if ((m = /^\s+/.exec(rest))) { out.push(["", m[0]]); i += m[0].length; continue; }
    if ((m = p.comment.exec(rest)) && m[0]) { out.push(["c", m[0]]); i += m[0].length; continue; }
    if (p.name === "python" && (m = /^@[\p{L}\p{N}_]+/u.exec(rest))) { out.push(["nd", m[0]]); i += m[0].length; continue; }
    const prefix = p.name === "python" ? (/^(?:[rR][bBfF]?|[bBfF][rR]?|[uU])(?=["'])/.exec(rest)?.[0] ?? "") : "";
    if (p.quotes.includes(rest[prefix.length] ?? "\0")) {
      if (prefix) out.push(["sa", prefix]);
      i = stringTokens(code, i + prefix.length, p, prefix, out);
      continue;
    }
    const sign = p.signedNumbers && rest[0] === "-" && /[\d.]/.test(rest[1] ?? "") ? "-" : "";
    if ((m = NUMBER.exec(rest.slice(sign.length))) && m[0] && !WORD.test(rest.slice(sign.length + m[0].length, sign.length + m[0].length + 1))) {
      out.push(["m", sign + m[0]]);
      i += sign.length + m[0].length;
      continue;
    }
    if ((m = WORD.exec(rest))) {
      const text = p.macroBang && rest[m[0].length] === "!" && rest[m[0].length + 1] !== "=" ? `${m[0]}!` : m[0];
      out.push(["n", text]);
      i += text.length;
      continue;
    }
    if ((m = p.punct.exec(rest))) { out.push(["p", m[0]]); i += m[0].length; continue; }
    if ((m = p.op.exec(rest))) { out.push(["o", m[0]]); i += m[0].length; continue; }
    const ch = String.fromCodePoint(code.codePointAt(i) ?? 32);
    out.push(["x", ch]);
    i += ch.length;
  }
}

/** HTML and XML: text between tags stays whole; tags split into "<", name, attributes, "=", values, ">". */
function tokenizeMarkup(code: string, out: Token[], xml: boolean): void {
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

/** Pygments' BashLexer, roughly: words run until an operator, quote, "$" or separator; "=" and brackets are operators. */
function tokenizeShell(code: string, out: Token[]): void {
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
function tokenizeConsole(code: string, out: Token[]): void {
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

/** Pygments' YAML lexer, roughly: "key" ":" value, "-" indicators, flow collections split, scalars whole. */
function tokenizeYaml(code: string, out: Token[]): void {
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

const SHELL = new Set(["bash", "sh", "shell", "zsh", "ksh", "bash-script"]);
const CONSOLE = new Set(["console", "shell-session", "sh-session", "bash-session"]);

const MARKUP = new Set(["html", "xhtml", "htm"]);
const XML = new Set(["xml", "svg", "xslt", "rss"]);

/** Token spans for `code`, adjacent tokens of one kind merged; "" for languages without a profile. */
function tokenSpans(code: string, language: string): string {
  const lang = language.toLowerCase();
  const profile = PROFILES[lang];
  const yaml = lang === "yaml" || lang === "yml";
  if (!profile && !MARKUP.has(lang) && !XML.has(lang) && !SHELL.has(lang) && !CONSOLE.has(lang) && !yaml) return "";
  const tokens: Token[] = [];
  if (profile) tokenize(code, profile, tokens);
  else if (SHELL.has(lang)) tokenizeShell(code, tokens);
  else if (CONSOLE.has(lang)) tokenizeConsole(code, tokens);
  else if (yaml) tokenizeYaml(code, tokens);
  else tokenizeMarkup(code, tokens, XML.has(lang));
  const merged: Token[] = [];
  for (const t of tokens) {
    const last = merged[merged.length - 1];
    if (last && last[0] === t[0] && t[0] !== "n" && t[0] !== "m" && t[0] !== "nd") last[1] += t[1];
    else merged.push([t[0], t[1]]);
  }
  return merged.map(([kind, text]) => (kind ? `<span class="${kind}">${escapeHtml(text)}</span>` : escapeHtml(text))).join("");
}

/**
 * markdown-it's highlight hook: token spans, and line numbers when the info string asks for them
 * ("python linenos=table linenostart=5", as the reST importer writes Pelican's :linenos: option).
 */
export function highlightCode(code: string, language: string, attrs = ""): string {
  const spans = tokenSpans(code, language);
  const mode = /(?:^|\s)linenos=(table|inline)\b/.exec(attrs)?.[1];
  if (!mode) return spans;
  const start = Number.parseInt(/(?:^|\s)linenostart=(\d+)/.exec(attrs)?.[1] ?? "1", 10);
  const body = spans || escapeHtml(code);
  const lines = body.replace(/\n$/, "").split("\n");
  if (mode === "inline") return lines.map((l, i) => `<span class="linenos">${start + i}</span>${l}`).join("\n") + "\n";
  const numbers = lines.map((_, i) => `<span class="normal">${start + i}</span>`).join("\n");
  const cls = language ? ` class="language-${escapeHtml(language)}"` : "";
  return `<pre class="linenos">${numbers}</pre><pre><code${cls}>${body}</code></pre>`;
}
