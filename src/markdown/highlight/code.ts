// Programming languages as Pygments' lexers split them: Python, the C family, JSON, and a generic profile (R, Julia, Fortran, MATLAB, SQL).
import type { Token } from "./token.ts";

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

export const PROFILES: Record<string, Profile> = {
  r: HASH_COMMENT, julia: HASH_COMMENT, jl: HASH_COMMENT, matlab: PERCENT_COMMENT, octave: PERCENT_COMMENT,
  fortran: BANG_COMMENT, f90: BANG_COMMENT, sql: DASH_COMMENT, mysql: DASH_COMMENT, postgresql: DASH_COMMENT, sqlite3: DASH_COMMENT,
  python: PYTHON, py: PYTHON, python3: PYTHON, py3: PYTHON, ipython: PYTHON, ipython3: PYTHON, sage: PYTHON,
  c: C_FAMILY, h: C_FAMILY, cpp: C_FAMILY, "c++": C_FAMILY, cxx: C_FAMILY, hpp: C_FAMILY, cc: C_FAMILY, cuda: C_FAMILY, cu: C_FAMILY,
  java: C_LIKE, javascript: C_LIKE, js: C_LIKE, typescript: C_LIKE, ts: C_LIKE, go: C_LIKE, golang: C_LIKE,
  rust: RUST, rs: RUST, csharp: C_LIKE, cs: C_LIKE, kotlin: C_LIKE, swift: C_LIKE, scala: C_LIKE, dart: C_LIKE,
  json: JSON_PROFILE,
};

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

export function tokenize(code: string, p: Profile, out: Token[]): void {
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
