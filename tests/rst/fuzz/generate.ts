// Seeded reST inputs for the fuzz test and `npm run fuzz`: snippets, random characters, mutated fixtures, and generators
// for the constructs that broke the reader (tables with spans and ragged rows, lists with odd indentation, broken directive options).
import { directives } from "../../../src/rst/directives/index.ts";

export type Rand = () => number;

/** mulberry32: a small seeded PRNG, so a seed always gives the same inputs. */
export function prng(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const int = (rand: Rand, lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

export const SNIPPETS = [
  "Title\n=====\n", "=====\nTitle\n=====\n", "- item\n", "* item\n  more\n", "#. auto\n", "(a) alpha\n", "iv) roman\n",
  ":field: value\n", ":date: 2020-01-01\n", "| line\n", "    quoted\n", "::\n\n    literal\n", "Para::\n", ">>> x\n",
  ".. note:: careful\n", ".. image:: x.png\n   :alt: x\n", ".. figure:: y.png\n\n   caption\n", ".. raw:: html\n\n   <b>x</b>\n",
  ".. code-block:: python\n\n   x = 1\n", ".. _target:\n", ".. _name: http://x.example/\n", "__ http://anon.example/\n",
  ".. [1] note\n", ".. [#] auto\n", ".. [*] sym\n", ".. |sub| replace:: text\n", ".. |img| image:: i.png\n",
  ".. contents::\n", ".. list-table::\n   :header-rows: 1\n\n   * - a\n     - b\n", ".. unknown:: x\n", "..\n", ".. comment\n",
  "+---+---+\n| a | b |\n+===+===+\n| c | d |\n+---+---+\n", "===  ===\na    b\n===  ===\nc    d\n===  ===\n", "----\n",
  "term\n  definition\n", "-- attribution\n", "*emph* **strong** ``lit`` `cite` :sub:`x` name_ `phrase`_ anon__ [1]_ [#]_ |sub| _`tgt`\n",
  "http://example.com/a?b#c me@example.com `x <http://y/>`__ `z <w_>`_ \\*esc\\* \\ \n", ":role:`x` `y`:role: :abbr:`A (b)`\n",
];

export const ALPHABET = "aaaaabbc   \n\n*`_|:.-=+#[]<>\\/(){}'\"!?,;~^0123456789xyzé中";
const WORDS = ["a", "bb", "word", "x y", "*em*", "``l``", "`t`", "n_", "[1]_", "|s|", "中文", "é", "-", "=", "+", ":", "::", "\\", "|"];

function randomChars(rand: Rand, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

function words(rand: Rand, max = 4): string {
  return Array.from({ length: int(rand, 1, max) }, () => pick(rand, WORDS)).join(" ");
}

/** Writes `text` into `line` at column `at`, padding with spaces. */
function place(line: string, at: number, text: string): string {
  return line.padEnd(at, " ").slice(0, at) + text + line.slice(at + text.length);
}

/** Simple tables: text straying into margins and past the last column, span underlines that fit or not, blank rows, odd borders. */
export function simpleTable(rand: Rand): string {
  const cols = rand() < 0.1 ? 1 : int(rand, 2, 4);
  const starts: number[] = [];
  const widths: number[] = [];
  let at = 0;
  for (let c = 0; c < cols; c++) {
    starts.push(at);
    widths.push(int(rand, 1, 7));
    at += widths[c]! + int(rand, 1, 3);
  }
  const border = (ch: string) => starts.reduce((line, s, c) => place(line, s, ch.repeat(widths[c]!)), "");
  const row = () => starts.reduce((line, s, c) => {
    if (rand() < 0.15) return line;
    const text = words(rand, 2).slice(0, int(rand, 1, widths[c]! + (rand() < 0.2 ? 4 : 0)));
    return place(line, s + (rand() < 0.15 ? 1 : 0), text);
  }, "");
  const span = () => {
    if (rand() < 0.5) {
      // One underline per run of columns, fitting them exactly.
      let line = "";
      for (let c = 0; c < cols;) {
        const to = Math.min(cols - 1, c + int(rand, 0, 2));
        line = place(line, starts[c]!, "-".repeat(starts[to]! + widths[to]! - starts[c]!));
        c = to + 1;
      }
      return line;
    }
    let line = "";
    for (let k = int(rand, 1, 3); k > 0; k--) line = place(line, int(rand, 0, at), "-".repeat(int(rand, 1, at + 3)));
    return line;
  };
  const lines = [border("=")];
  const rows = int(rand, 1, 5);
  const head = rand() < 0.5 ? int(rand, 1, rows) : -1;
  for (let r = 0; r < rows; r++) {
    if (r === head) lines.push(border("="));
    lines.push(row());
    if (rand() < 0.2) lines.push(place("", (starts[1] ?? 2) + int(rand, -1, 1), words(rand, 2)));
    if (rand() < 0.3) lines.push(span());
    if (rand() < 0.1) lines.push("");
  }
  if (rand() < 0.9) lines.push(rand() < 0.1 ? "=".repeat(int(rand, 1, at + 2)) : border("="));
  return lines.join("\n");
}

/** Grid tables with row and column spans, then sometimes damaged: ragged rows, a missing or moved border character. */
export function gridTable(rand: Rand): string {
  const rows = int(rand, 1, 4);
  const cols = int(rand, 1, 4);
  const widths = Array.from({ length: cols }, () => int(rand, 1, 6));
  const heights = Array.from({ length: rows }, () => int(rand, 1, 2));
  // owner[r][c]: the cell (top-left corner) covering grid position r, c; spans merge 1x1 cells into 1x2, 2x1 or 2x2.
  const owner = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => [r, c] as [number, number]));
  const merged = Array.from({ length: rows }, () => Array<boolean>(cols).fill(false));
  for (let k = int(rand, 0, 3); k > 0; k--) {
    const r = int(rand, 0, rows - 1), c = int(rand, 0, cols - 1);
    const h = r + 1 < rows && rand() < 0.5 ? 2 : 1, w = c + 1 < cols && rand() < 0.5 ? 2 : 1;
    let free = true;
    for (let i = r; i < r + h; i++) for (let j = c; j < c + w; j++) if (merged[i]![j]) free = false;
    if (free) for (let i = r; i < r + h; i++) for (let j = c; j < c + w; j++) { owner[i]![j] = [r, c]; merged[i]![j] = true; }
  }
  const x: number[] = [0];
  for (const w of widths) x.push(x[x.length - 1]! + w + 1);
  const y: number[] = [0];
  for (const h of heights) y.push(y[y.length - 1]! + h + 1);
  const canvas = Array.from({ length: y[rows]! + 1 }, () => Array<string>(x[cols]! + 1).fill(" "));
  const headRow = rows > 1 && rand() < 0.4 ? int(rand, 1, rows - 1) : -1;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const [or, oc] = owner[r]![c]!;
      if (or !== r || oc !== c) continue;
      let r2 = r, c2 = c;
      while (r2 + 1 < rows && owner[r2 + 1]![c]![0] === r && owner[r2 + 1]![c]![1] === c) r2++;
      while (c2 + 1 < cols && owner[r]![c2 + 1]![0] === r && owner[r]![c2 + 1]![1] === c) c2++;
      const top = y[r]!, bottom = y[r2 + 1]!, left = x[c]!, right = x[c2 + 1]!;
      for (let i = left; i <= right; i++) {
        canvas[top]![i] = i === left || i === right ? "+" : top === y[headRow] ? "=" : "-";
        canvas[bottom]![i] = i === left || i === right ? "+" : bottom === y[headRow] ? "=" : "-";
      }
      for (let i = top + 1; i < bottom; i++) { canvas[i]![left] = "|"; canvas[i]![right] = "|"; }
      const text = words(rand, 2).slice(0, right - left - 2);
      for (let i = 0; i < text.length; i++) canvas[top + 1]![left + 2 + i] = text[i]!;
    }
  }
  const lines = canvas.map((l) => l.join("").replace(/ +$/, ""));
  for (let k = rand() < 0.5 ? int(rand, 1, 3) : 0; k > 0; k--) {
    const i = int(rand, 0, lines.length - 1);
    const l = lines[i]!;
    const p = int(rand, 0, Math.max(0, l.length - 1));
    const op = rand();
    if (op < 0.3) lines[i] = l.slice(0, p) + l.slice(p + 1);
    else if (op < 0.5) lines[i] = l.slice(0, p) + pick(rand, [" ", "+", "|", "-", "=", "x"]) + l.slice(p + 1);
    else if (op < 0.7) lines[i] = l + pick(rand, [" x", "+", "|", "-+", " |"]);
    else if (op < 0.85) lines.splice(i, 1);
    else lines.splice(i, 0, l);
  }
  return lines.join("\n");
}

const MARKERS = ["-", "*", "+", "\u2022", "1.", "2.", "#.", "a)", "(i)", "ii.", "A.", "Z.", "3)", "(#)"];

/** Nested lists whose items indent by odd and inconsistent amounts, with and without blank lines between. */
export function nestedList(rand: Rand): string {
  const lines: string[] = [];
  const indents = [0];
  for (let n = int(rand, 2, 14); n > 0; n--) {
    const move = rand();
    if (move < 0.4) indents.push(indents[indents.length - 1]! + int(rand, 1, 5));
    else if (move < 0.6 && indents.length > 1) indents.pop();
    else if (move < 0.7) indents[indents.length - 1] = Math.max(0, indents[indents.length - 1]! + int(rand, -2, 2));
    const indent = indents[indents.length - 1]!;
    if (rand() < 0.5) lines.push("");
    const marker = pick(rand, MARKERS);
    lines.push(`${" ".repeat(indent)}${marker}${rand() < 0.9 ? " ".repeat(int(rand, 1, 3)) + words(rand) : ""}`);
    if (rand() < 0.3) lines.push(`${" ".repeat(Math.max(0, indent + marker.length + int(rand, -1, 2)))}${words(rand)}`);
  }
  return lines.join("\n");
}

const OPTION_NAMES = ["alt", "width", "height", "scale", "align", "target", "class", "name", "header-rows", "stub-columns", "widths",
  "header", "delim", "quote", "depth", "local", "backlinks", "start", "prefix", "suffix", "linenos", "linenostart", "number-lines",
  "file", "url", "encoding", "figwidth", "figclass", "title", "language", "format", "keepspace", "escape", "unknown-option"];
const OPTION_VALUES = ["", "x", "abc", "-1", "0", "3", "99999999999999999999", "1.5", "50%", "10px", "x y z", ",", "\"", "'",
  "tab", "space", "\\", "top", "none", "left", "1,2", "1 2 3", "`t`_", "name_", "http://x.example/", "{filename}/a.rst"];
const DIRECTIVE_NAMES = [...Object.keys(directives), "unknown", "Note", "code-block ", "list_table"];

function option(rand: Rand): string {
  const name = pick(rand, OPTION_NAMES);
  const value = rand() < 0.5 ? pick(rand, OPTION_VALUES) : words(rand);
  switch (int(rand, 0, 9)) {
    case 0: return `:${name} ${value}`;
    case 1: return "::";
    case 2: return `: ${value}`;
    case 3: return `:${name}:${value}`;
    case 4: return `:${name}:\n${" ".repeat(int(rand, 0, 5))}${value}`;
    case 5: return name;
    default: return `:${name}: ${value}`.trimEnd();
  }
}

function directiveContent(rand: Rand): string[] {
  switch (int(rand, 0, 5)) {
    case 0: return ["* - a", "  - b", "* - c", ...(rand() < 0.5 ? ["  - d"] : []), ...(rand() < 0.3 ? ["* x"] : [])];
    case 1: return ["a, \"b", "\"c\"\"\", d", rand() < 0.5 ? "e,,f" : "\"unclosed"];
    case 2: return simpleTable(rand).split("\n");
    case 3: return gridTable(rand).split("\n");
    case 4: return nestedList(rand).split("\n");
    default: return Array.from({ length: int(rand, 1, 3) }, () => words(rand));
  }
}

/** Directives with broken options: no closing colon, no name, bad values, wrong indentation, no blank line before the content. */
export function brokenDirective(rand: Rand): string {
  const lines = [`.. ${pick(rand, DIRECTIVE_NAMES)}::${rand() < 0.6 ? ` ${words(rand, 2)}` : ""}`];
  if (rand() < 0.2) lines.push(`   ${words(rand, 2)}`);
  const indent = rand() < 0.8 ? 3 : int(rand, 1, 5);
  for (let k = int(rand, 0, 4); k > 0; k--) {
    const own = rand() < 0.85 ? indent : int(rand, 0, 6);
    lines.push(...option(rand).split("\n").map((l, i) => (i === 0 ? " ".repeat(own) + l : l)));
  }
  if (rand() < 0.7) {
    if (rand() < 0.8) lines.push("");
    lines.push(...directiveContent(rand).map((l) => (l ? " ".repeat(indent) + l : l)));
  }
  return lines.join("\n");
}

/** One piece of a document, sometimes nested inside a list item, a block quote or a directive. */
function piece(rand: Rand): string {
  const p = rand();
  let s = p < 0.45 ? pick(rand, SNIPPETS).replace(/\n$/, "")
    : p < 0.55 ? randomChars(rand, Math.floor(rand() * 80))
    : p < 0.65 ? simpleTable(rand)
    : p < 0.75 ? gridTable(rand)
    : p < 0.87 ? nestedList(rand)
    : brokenDirective(rand);
  const nest = rand();
  if (nest < 0.1) s = s.replace(/^(?=.)/gm, "  ").replace(/^  /, "- ");
  else if (nest < 0.15) s = `.. note::\n\n${s.replace(/^(?=.)/gm, "   ")}`;
  else if (nest < 0.3) s = s.replace(/^/gm, " ".repeat(Math.floor(rand() * 6)));
  return s;
}

/** A document of up to a dozen pieces, separated by blank lines or run together. */
export function generate(rand: Rand, pieces = 1 + Math.floor(rand() * 12)): string {
  const parts: string[] = [];
  for (let i = 0; i < pieces; i++) parts.push(piece(rand), rand() < 0.7 ? "\n\n" : "\n");
  return parts.join("");
}

/** A few random edits: characters deleted, inserted or repeated, lines broken and indented. */
export function mutate(rand: Rand, s: string): string {
  const chars = [...s];
  for (let e = 1 + Math.floor(rand() * 8); e > 0; e--) {
    const at = Math.floor(rand() * (chars.length + 1));
    const op = rand();
    if (op < 0.3) chars.splice(at, 1);
    else if (op < 0.6) chars.splice(at, 0, ALPHABET[Math.floor(rand() * ALPHABET.length)]!);
    else if (op < 0.8) chars.splice(at, 0, ...chars.slice(at, at + Math.floor(rand() * 20)));
    else chars.splice(at, 0, "\n", " ".repeat(Math.floor(rand() * 8)));
  }
  return chars.join("");
}

/** The next fuzz input: a generated document, a mutated fixture, or a mutated document; now and then one near 10 KB. */
export function fuzzInput(rand: Rand, fixtures: readonly string[]): string {
  const p = rand();
  if (p < 0.01) return generate(rand, 150).slice(0, 10_000);
  if (p < 0.45) return generate(rand);
  if (p < 0.8 && fixtures.length > 0) return mutate(rand, pick(rand, fixtures));
  return mutate(rand, generate(rand));
}

/** Inputs built to make regexes and scanners backtrack or recurse: each about 10 KB. */
export function adversarial(): string[] {
  const k = (unit: string) => unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
  return [
    k("*a "), k("**a "), k("`a "), k("``a "), k("|a "), k("_`a "), k("a-"), k("a_"), k("a__ "), k("http:"), k("http://a."), k("a@"),
    k("a.b@"), k("http://a.b "), k("a@b.cd "), k("(http://a.b) "), k("x http://a.b/c?d#e "), k("p:q "), k("[#]_ "), k("[1]_"), k(":a:"), k(":a:`"), k("`a <"), k("\\"), k("\\*"), k("* "), k("- "), k("#. "),
    k("(a) "), k("| "), k("+-"), k("+-+\n"), k("=== "), k("=\n"), k("a\n=\n"), k(" "), k("\n"), k("..\n"), k(".. _a:\n"),
    k(".. |a| replace:: |a|\n"), k("|a|\n\n.. |a| replace:: |b|\n.. |b| replace:: |a|\n"),
    Array.from({ length: 300 }, (_, i) => `${" ".repeat(i)}- x`).join("\n"),
    Array.from({ length: 300 }, (_, i) => `${" ".repeat(i * 2)}x\n`).join("\n"),
    Array.from({ length: 200 }, () => "-").join(" ") + " x",
    "+" + "-+".repeat(2000) + "\n" + "|" + " |".repeat(2000) + "\n" + "+" + "-+".repeat(2000) + "\n",
    Array.from({ length: 1000 }, () => "+-+").join("\n"),
    "a `b <" + "c".repeat(9000) + "`_",
    "x" + " *".repeat(4000) + "*",
  ];
}
