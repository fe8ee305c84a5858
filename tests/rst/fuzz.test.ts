// Random and mutated reST (seeded, deterministic) never throws, always terminates, and stays fast: each input up to
// 10 KB converts in under 100 ms. FUZZ_ITERATIONS=<n> runs longer; FUZZ_SEED=<n> picks another sequence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { rstToMarkdown } from "../../src/rst/index.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { readFixtures } from "./fixtures.ts";
import { highlightCode } from "../../src/markdown/highlight/index.ts";

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20200321);
const LIMIT_MS = 100;

/** mulberry32: a small seeded PRNG, so every run sees the same inputs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = [
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
const ALPHABET = "aaaaabbc   \n\n*`_|:.-=+#[]<>\\/(){}'\"!?,;~^0123456789xyzé中";

function randomChars(rand: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

function generate(rand: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(rand() * 12);
  for (let i = 0; i < count; i++) {
    const pick = rand();
    let s = pick < 0.7 ? SNIPPETS[Math.floor(rand() * SNIPPETS.length)]! : randomChars(rand, Math.floor(rand() * 80));
    if (rand() < 0.3) s = s.replace(/^/gm, " ".repeat(Math.floor(rand() * 6)));
    parts.push(s);
    parts.push(rand() < 0.7 ? "\n" : "");
  }
  return parts.join("");
}

function mutate(rand: () => number, s: string): string {
  const chars = [...s];
  const edits = 1 + Math.floor(rand() * 8);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rand() * (chars.length + 1));
    const op = rand();
    if (op < 0.3) chars.splice(at, 1);
    else if (op < 0.6) chars.splice(at, 0, ALPHABET[Math.floor(rand() * ALPHABET.length)]!);
    else if (op < 0.8) chars.splice(at, 0, ...chars.slice(at, at + Math.floor(rand() * 20)));
    else chars.splice(at, 0, "\n", " ".repeat(Math.floor(rand() * 8)));
  }
  return chars.join("");
}

/** Inputs built to make regexes and scanners backtrack or recurse: each about 10 KB. */
function adversarial(): string[] {
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

test(`fuzz: ${ITERATIONS} random and mutated inputs plus adversarial ones`, () => {
  const rand = prng(SEED);
  const seeds = readdirSync(join(import.meta.dirname, "fixtures")).filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFixtures(join(import.meta.dirname, "fixtures", f), f).map((b) => b.input));
  const md = createMarkdownRenderer();
  let slowest = { ms: 0, input: "" };
  let slowestLarge = { ms: 0, input: "" };
  const check = (input: string, render: boolean, runs = 1) => {
    let r;
    let ms = Infinity;
    // The best of a few runs: the algorithmic cost, without a garbage collection pause or JIT compilation in it.
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      try {
        r = rstToMarkdown(input);
      } catch (e) {
        assert.fail(`threw on ${JSON.stringify(input.slice(0, 300))}: ${String(e)}`);
      }
      ms = Math.min(ms, performance.now() - t0);
    }
    if (!r) return;
    // A slow single run may be a pause of the machine: time it again before counting it.
    for (let again = 0; again < 3 && ms > LIMIT_MS / 4; again++) {
      const t0 = performance.now();
      rstToMarkdown(input);
      ms = Math.min(ms, performance.now() - t0);
    }
    if (input.length <= 10_000 && ms > slowest.ms) slowest = { ms, input };
    if (input.length > 10_000 && ms > slowestLarge.ms) slowestLarge = { ms, input };
    const internal = r.problems.find((p) => p.message.startsWith("internal"));
    assert.equal(internal, undefined, `internal error on ${JSON.stringify(input.slice(0, 300))}: ${internal?.message}`);
    assert.equal(typeof r.markdown, "string");
    if (render) md.render(r.markdown);
  };
  for (let i = 0; i < ITERATIONS; i++) {
    const input = rand() < 0.5 ? generate(rand) : mutate(rand, seeds[Math.floor(rand() * seeds.length)]!);
    check(input, i % 10 === 0);
  }
  for (const input of adversarial()) check(input, true, 3);
  console.log(`slowest input up to 10 KB: ${slowest.ms.toFixed(1)} ms, ${slowest.input.length} chars: ${JSON.stringify(slowest.input.slice(0, 80))}`);
  console.log(`slowest larger input: ${slowestLarge.ms.toFixed(1)} ms, ${slowestLarge.input.length} chars: ${JSON.stringify(slowestLarge.input.slice(0, 80))}`);
  assert.ok(slowest.ms < LIMIT_MS, `slowest input took ${slowest.ms.toFixed(1)} ms (limit ${LIMIT_MS} ms): ${JSON.stringify(slowest.input.slice(0, 200))}`);
});

test("fuzz: the code highlighter never throws, keeps every character, and stays fast", () => {
  const rand = prng(SEED + 1);
  const languages = ["python", "cpp", "javascript", "json", "rust", "r", "sql", "html", "xml", "bash", "console", "yaml", "text"];
  const alphabet = "ab1 _-=:#\"'`$\\{}[]()<>/!?.,;*&|%@\n\t中";
  let slowest = 0;
  for (let i = 0; i < Math.max(200, ITERATIONS / 10); i++) {
    const n = Math.floor(rand() * (i % 50 === 0 ? 10_000 : 200));
    let code = "";
    for (let k = 0; k < n; k++) code += alphabet[Math.floor(rand() * alphabet.length)];
    for (const language of languages) {
      const t0 = performance.now();
      const html = highlightCode(code, language, rand() < 0.2 ? "linenos=table" : "");
      slowest = Math.max(slowest, performance.now() - t0);
      if (html && !html.includes("linenos")) {
        const text = html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
        assert.equal(text, code, `${language} lost or changed characters`);
      }
    }
  }
  console.log(`slowest highlight: ${slowest.toFixed(1)} ms`);
  assert.ok(slowest < LIMIT_MS * 5, `highlighting took ${slowest.toFixed(1)} ms`);
});
