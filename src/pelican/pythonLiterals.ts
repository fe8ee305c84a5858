// Reads `NAME = literal` assignments from a pelicanconf.py without running it: strings, numbers, booleans, None, tuples, lists, dicts.

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
  constructor(readonly text: string) {}

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

  value(): PyValue {
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

/** Top-level `NAME = value` lines (upper-case names, as Pelican reads settings); anything else is passed over. */
export function readPythonAssignments(source: string): PyAssignment[] {
  const out: PyAssignment[] = [];
  const lines = source.split("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  lines.forEach((line, index) => {
    const match = /^([A-Z][A-Z0-9_]*)\s*=(?!=)\s*/.exec(line);
    if (!match) return;
    const reader = new Reader(source);
    reader.pos = starts[index]! + match[0].length;
    try {
      const value = reader.value();
      // Only a comment may follow the value on its last line: `X = 1 + 2` is an expression, not the literal 1.
      const lineEnd = source.indexOf("\n", reader.pos);
      const rest = source.slice(reader.pos, lineEnd < 0 ? undefined : lineEnd).trim();
      if (rest && !rest.startsWith("#")) throw new Error(`more after the value (${rest.slice(0, 20)}…)`);
      out.push({ name: match[1]!, line: index + 1, value });
    } catch (error) {
      out.push({ name: match[1]!, line: index + 1, skipped: `not a plain literal: ${(error as Error).message}` });
    }
  });
  return out;
}
