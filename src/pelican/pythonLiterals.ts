// Reads `NAME = literal` assignments from a pelicanconf.py without running it: strings, numbers, booleans, None, tuples, lists, dicts, earlier settings by name, and + between strings or lists.

export type PyValue = string | number | boolean | null | PyValue[] | { [key: string]: PyValue };

export interface PyAssignment {
  name: string;
  line: number;
  value?: PyValue;
  /** Why the value was not read, when it is not a plain literal. */
  skipped?: string;
}

class Reader {
  pos = 0;
  /** `known`: settings assigned above, which a value may name (`SITEURL + '/blog.html'`). */
  constructor(readonly text: string, private readonly known: ReadonlyMap<string, PyValue> = new Map()) {}

  skipSpace(): void {
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") this.pos++;
      else if (ch === "\\" && this.text[this.pos + 1] === "\n") this.pos += 2;
      else if (ch === "#") while (this.pos < this.text.length && this.text[this.pos] !== "\n") this.pos++;
      else return;
    }
  }

  fail(what: string): never {
    throw new Error(what);
  }

  /** A literal, an earlier setting's name, or several of them joined with "+" (strings to strings, lists to lists). */
  value(): PyValue {
    let value = this.operand();
    for (;;) {
      const save = this.pos;
      this.skipSpace();
      if (this.text[this.pos] !== "+") {
        this.pos = save;
        return value;
      }
      this.pos++;
      const next = this.operand();
      if (typeof value === "string" && typeof next === "string") value = value + next;
      else if (Array.isArray(value) && Array.isArray(next)) value = [...value, ...next];
      else this.fail("a sum of values that are not all strings or all lists");
    }
  }

  operand(): PyValue {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === "(" || ch === "[") return this.sequence(ch === "(" ? ")" : "]");
    if (ch === "{") return this.dict();
    if (ch === "'" || ch === '"' || /[rRbBuU]/.test(ch ?? "") && /['"]/.test(this.text[this.pos + 1] ?? "")) return this.strings();
    const word = /^(?:[-+]?\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?|True|False|None)\b/.exec(this.text.slice(this.pos));
    if (word) {
      this.pos += word[0].length;
      if (word[0] === "True") return true;
      if (word[0] === "False") return false;
      if (word[0] === "None") return null;
      return Number(word[0].replace(/_/g, ""));
    }
    const env = /^os\.(?:environ\.get|getenv)\(\s*/.exec(this.text.slice(this.pos));
    if (env) {
      // `os.environ.get("X", default)`: the value the site is built with when the variable is unset.
      this.pos += env[0].length;
      this.value();
      this.skipSpace();
      if (this.text[this.pos] !== ",") this.fail("an environment lookup without a default");
      this.pos++;
      const fallback = this.value();
      this.skipSpace();
      if (this.text[this.pos] !== ")") this.fail("an environment lookup with more than a default");
      this.pos++;
      return fallback;
    }
    const name = /^[A-Z][A-Z0-9_]*\b(?!\s*[.([])/.exec(this.text.slice(this.pos));
    if (name && this.known.has(name[0])) {
      this.pos += name[0].length;
      return this.known.get(name[0])!;
    }
    return this.fail(`an expression (${this.text.slice(this.pos, this.pos + 30).split("\n")[0]}…)`);
  }

  /** One or more adjacent string literals, concatenated as Python does. */
  strings(): string {
    let out = "";
    for (;;) {
      this.skipSpace();
      const match = /^([rRbBuU]{0,2})('''|"""|'|")/.exec(this.text.slice(this.pos));
      if (!match) return out;
      const raw = /r/i.test(match[1] ?? "");
      const quote = match[2]!;
      this.pos += match[0].length;
      const end = this.text.indexOf(quote, this.pos);
      let body = "";
      let i = this.pos;
      for (; i < this.text.length; i++) {
        if (this.text.startsWith(quote, i)) break;
        const c = this.text[i]!;
        if (c === "\\" && !raw) {
          const next = this.text[++i] ?? "";
          body += ({ n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', "\n": "" } as Record<string, string>)[next] ?? `\\${next}`;
        } else if (c === "\n" && quote.length === 1) this.fail("a string that does not end on its line");
        else body += c;
      }
      if (end < 0 || i >= this.text.length) this.fail("a string that does not end");
      this.pos = i + quote.length;
      out += body;
      const save = this.pos;
      this.skipSpace();
      if (!/^[rRbBuU]{0,2}['"]/.test(this.text.slice(this.pos))) {
        this.pos = save;
        return out;
      }
    }
  }

  sequence(close: string): PyValue[] {
    this.pos++;
    const items: PyValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === close) {
        this.pos++;
        return items;
      }
      items.push(this.value());
      this.skipSpace();
      if (this.text[this.pos] === ",") this.pos++;
      else if (this.text[this.pos] !== close) this.fail(`"," or "${close}"`);
    }
  }

  dict(): { [key: string]: PyValue } {
    this.pos++;
    const out: { [key: string]: PyValue } = {};
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === "}") {
        this.pos++;
        return out;
      }
      const key = this.value();
      this.skipSpace();
      if (this.text[this.pos] !== ":") this.fail('":" in a dict');
      this.pos++;
      out[String(key)] = this.value();
      this.skipSpace();
      if (this.text[this.pos] === ",") this.pos++;
    }
  }
}

/** A top-level statement of a Python file: where it starts and ends, and its text. */
interface Statement {
  line: number;
  start: number;
  text: string;
}

/**
 * Splits Python source into statements the way its tokenizer ends them: at a newline outside brackets, strings and
 * backslash continuations. Indented statements (the bodies of `if`, `def`, `for`…) are left out: their header is the statement.
 */
function topLevelStatements(source: string): Statement[] {
  const statements: Statement[] = [];
  let depth = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  const end = (at: number) => {
    const text = source.slice(start, at);
    if (text.trim() && !/^[ \t]/.test(text) && !text.trimStart().startsWith("#")) statements.push({ line: startLine, start, text });
    start = at + 1;
    startLine = line + 1;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "#") {
      while (i + 1 < source.length && source[i + 1] !== "\n") i++;
    } else if (c === "'" || c === '"') {
      const triple = source.startsWith(c.repeat(3), i);
      const quote = triple ? c.repeat(3) : c;
      for (i += quote.length; i < source.length && !source.startsWith(quote, i); i++) {
        if (source[i] === "\\") {
          // An escaped character (a raw string keeps the backslash, but the quote still does not end it), or a newline.
          if (source[++i] === "\n") line++;
          continue;
        }
        if (source[i] === "\n") {
          if (!triple) break;
          line++;
        }
      }
      i += quote.length - 1;
    } else if ("([{".includes(c)) depth++;
    else if (")]}".includes(c)) depth = Math.max(0, depth - 1);
    else if (c === "\\" && source[i + 1] === "\n") {
      i++;
      line++;
    } else if (c === "\n") {
      if (depth === 0) end(i);
      line++;
    }
  }
  end(source.length);
  return statements;
}

/**
 * Statements that change no setting: a docstring, a __future__ import, and importing os or sys (which settings use as
 * `os.environ.get(NAME, default)`, read here as the default). Nothing is lost by not running them, so no warning.
 */
function hasNoEffect(statement: string): boolean {
  const text = statement.trim();
  if (/^[rRbBuU]{0,2}['"]/.test(text)) return /^[rRbBuU]{0,2}(?:'''[\s\S]*'''|"""[\s\S]*"""|'[^'\n]*'|"[^"\n]*")$/.test(text);
  const code = text.replace(/#[^\n]*$/, "").trim();
  return /^from\s+__future__\s+import\b[\w\s,()]*$/.test(code) || /^import\s+(?:os|sys|os\.path)(?:\s*,\s*(?:os|sys|os\.path))*$/.test(code);
}

/**
 * Top-level `NAME = value` statements (upper-case names, as Pelican reads settings). Every other statement (an import,
 * a call, a loop, a lower-case helper) is returned with `skipped` too: pelicanconf.py is read, never run, and the
 * reader says what it did not run.
 */
export function readPythonAssignments(source: string): PyAssignment[] {
  const out: PyAssignment[] = [];
  const known = new Map<string, PyValue>();
  for (const statement of topLevelStatements(source)) {
    const match = /^([A-Z][A-Z0-9_]*)\s*=(?!=)\s*/.exec(statement.text);
    if (!match) {
      if (hasNoEffect(statement.text)) continue;
      const first = statement.text.split("\n")[0]!.trim();
      out.push({ name: first.length > 40 ? `${first.slice(0, 39)}…` : first, line: statement.line, skipped: "not a plain NAME = literal setting, so it was not run" });
      continue;
    }
    const reader = new Reader(source, known);
    reader.pos = statement.start + match[0].length;
    try {
      let value = reader.value();
      // `X = 'a',` and `X = 'a', 'b'` are tuples, as in Python: a trailing comma is easy to leave behind.
      const comma = /^\s*,/.exec(source.slice(reader.pos, statement.start + statement.text.length));
      if (comma) {
        const items = [value];
        reader.pos += comma[0].length;
        while (source.slice(reader.pos, statement.start + statement.text.length).replace(/#.*$/gm, "").trim()) {
          items.push(reader.value());
          const next = /^\s*,/.exec(source.slice(reader.pos, statement.start + statement.text.length));
          if (!next) break;
          reader.pos += next[0].length;
        }
        value = items;
      }
      // Only a comment may follow the value: `X = 1 + 2` is an expression, not the literal 1.
      const rest = source.slice(reader.pos, statement.start + statement.text.length).replace(/#.*$/gm, "").trim();
      if (rest) throw new Error(`more after the value (${rest.slice(0, 20)}…)`);
      out.push({ name: match[1]!, line: statement.line, value });
      known.set(match[1]!, value);
    } catch (error) {
      known.delete(match[1]!);
      out.push({ name: match[1]!, line: statement.line, skipped: `not a plain literal: ${(error as Error).message}` });
    }
  }
  return out;
}
