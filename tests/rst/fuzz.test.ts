// Random and mutated reST (seeded, deterministic) never throws, never hits an internal error, always terminates, and stays
// fast: each input up to 10 KB converts in under 100 ms. A short fixed-seed run; `npm run fuzz` runs long ones (tests/rst/fuzz/cli.ts).
// FUZZ_ITERATIONS=<n> and FUZZ_SEED=<n> change this run.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { readFixtures } from "./fixtures.ts";
import { highlightCode } from "../../src/markdown/highlight/index.ts";
import { GRAMMAR_OF } from "../../src/markdown/highlight/languages.ts";
import { adversarial, fuzzInput, prng } from "./fuzz/generate.ts";
import { check, LIMIT_MS, retime, SIZE_LIMIT } from "./fuzz/check.ts";

const ITERATIONS = Number(process.env.FUZZ_ITERATIONS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20200321);

test(`fuzz: ${ITERATIONS} random and mutated inputs plus adversarial ones`, () => {
  const rand = prng(SEED);
  const fixtures = readdirSync(join(import.meta.dirname, "fixtures")).filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFixtures(join(import.meta.dirname, "fixtures", f), f).map((b) => b.input));
  const md = createMarkdownRenderer();
  let slowest = { ms: 0, input: "" };
  let slowestLarge = { ms: 0, input: "" };
  const run = (input: string, render: boolean) => {
    const outcome = check(input, render ? md : undefined);
    assert.deepEqual(outcome.failures.map((f) => f.message), [], `failed on ${JSON.stringify(input.slice(0, 300))}`);
    // A slow run may be a pause of the machine or JIT compilation: time it again before counting it.
    const ms = retime(input, outcome.ms);
    if (input.length <= SIZE_LIMIT && ms > slowest.ms) slowest = { ms, input };
    if (input.length > SIZE_LIMIT && ms > slowestLarge.ms) slowestLarge = { ms, input };
  };
  for (let i = 0; i < ITERATIONS; i++) run(fuzzInput(rand, fixtures), i % 10 === 0);
  for (const input of adversarial()) run(input, true);
  console.log(`slowest input up to 10 KB: ${slowest.ms.toFixed(1)} ms, ${slowest.input.length} chars: ${JSON.stringify(slowest.input.slice(0, 80))}`);
  console.log(`slowest larger input: ${slowestLarge.ms.toFixed(1)} ms, ${slowestLarge.input.length} chars: ${JSON.stringify(slowestLarge.input.slice(0, 80))}`);
  assert.ok(slowest.ms < LIMIT_MS, `slowest input took ${slowest.ms.toFixed(1)} ms (limit ${LIMIT_MS} ms): ${JSON.stringify(slowest.input.slice(0, 200))}`);
});

test("fuzz: the code highlighter never throws, keeps every character in every supported language, and stays fast", () => {
  const rand = prng(SEED + 1);
  // One fence name per grammar, and a language that is not highlighted.
  const languages = [...new Map([...GRAMMAR_OF].map(([name, grammar]) => [grammar, name])).values(), "text"];
  const alphabet = [..."ab1 _-=:#\"'`$\\{}[]()<>/!?.,;*&|%@~^+\n\t\r\u00a0中😀"];
  // Pieces that open and close the grammars' longer constructs: comments, strings, interpolation, tags, prompts.
  const pieces = ["def ", "return", "class ", '"""', "'''", "/*", "*/", "<!--", "-->", "${", "#{", 'f"', "r'", "<script>", "</style>",
    "$ ", ">>> ", "---\n", "@@ ", "\\begin{", "0x1F", "1e-3"];
  const decode = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  let slowest = { ms: 0, language: "", length: 0 };
  for (let i = 0; i < Math.max(200, ITERATIONS / 10); i++) {
    const n = Math.floor(rand() * (i % 50 === 0 ? 10_000 : 200));
    let code = "";
    while (code.length < n) code += rand() < 0.1 ? pieces[Math.floor(rand() * pieces.length)] : alphabet[Math.floor(rand() * alphabet.length)];
    for (const language of languages) {
      const mode = rand();
      const attrs = mode < 0.1 ? "linenos=table linenostart=3" : mode < 0.2 ? "linenos=inline" : "";
      const t0 = performance.now();
      const html = highlightCode(code, language, attrs);
      const ms = performance.now() - t0;
      if (ms > slowest.ms) slowest = { ms, language, length: code.length };
      if (attrs.includes("table")) {
        assert.equal(decode(/<code[^>]*>([\s\S]*)<\/code><\/pre>$/.exec(html)?.[1] ?? ""), code, `${language} (table) lost or changed characters`);
      } else if (attrs) {
        assert.equal(decode(html.replace(/<span class="linenos">\d+<\/span>/g, "")), `${code.replace(/\n$/, "")}\n`, `${language} (inline) lost or changed characters`);
      } else if (language === "text") {
        assert.equal(html, "", "not highlighted: markdown-it escapes it");
      } else {
        assert.equal(decode(html), code, `${language} lost or changed characters`);
      }
    }
  }
  console.log(`slowest highlight: ${slowest.ms.toFixed(1)} ms (${slowest.language}, ${slowest.length} chars)`);
  assert.ok(slowest.ms < LIMIT_MS * 5, `highlighting took ${slowest.ms.toFixed(1)} ms`);
});
