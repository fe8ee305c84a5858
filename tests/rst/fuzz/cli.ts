// `npm run fuzz -- --iterations N --seed S`: the long fuzz run of the reST reader, outside `npm test`.
// Several seeds (derived from the clock when none is given) share the iterations; it prints inputs per second, the slowest
// input up to 10 KB, and each distinct failure cut down to a few lines, written as fixture blocks to review; exits 1 on any failure.
import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { createMarkdownRenderer } from "../../../src/markdown/render.ts";
import { rstToMarkdown } from "../../../src/rst/index.ts";
import { formatProblem, readFixtures } from "../fixtures.ts";
import { fuzzInput, prng } from "./generate.ts";
import { check, LIMIT_MS, retime, SIZE_LIMIT, type Failure } from "./check.ts";
import { minimize } from "./minimize.ts";

const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: "100000" },
    seed: { type: "string", multiple: true },
    seeds: { type: "string", default: "10" },
    out: { type: "string", default: join(tmpdir(), "rst-fuzz-failures.txt") },
  },
});
const iterations = Number(values.iterations);
const given = (values.seed ?? []).flatMap((s) => s.split(",")).filter(Boolean).map(Number);
const base = Date.now() % 1_000_000_007;
// Without --seed, each run explores new inputs; the seeds are printed so a run can be repeated.
const seeds = given.length > 0 ? given : Array.from({ length: Number(values.seeds) }, (_, k) => (base + k * 7919) >>> 0);
if (!Number.isInteger(iterations) || iterations < 1 || seeds.some((s) => !Number.isFinite(s))) {
  console.error("usage: npm run fuzz -- [--iterations N] [--seed S ...] [--seeds COUNT] [--out FILE]");
  process.exit(2);
}

const dir = join(import.meta.dirname, "..", "fixtures");
const fixtures = readdirSync(dir).filter((f) => f.endsWith(".txt")).flatMap((f) => readFixtures(join(dir, f), f).map((b) => b.input));
const md = createMarkdownRenderer();
const found = new Map<string, { failure: Failure; count: number; seed: number; index: number; input: string }>();
let slowest = { ms: 0, size: 0, seed: 0, index: 0 };
let overLimit = 0;
let total = 0;
const started = performance.now();
console.log(`fuzz: ${iterations} inputs over seeds ${seeds.join(",")}`);

seeds.forEach((seed, k) => {
  const share = Math.floor(iterations / seeds.length) + (k < iterations % seeds.length ? 1 : 0);
  const rand = prng(seed);
  const t0 = performance.now();
  let failed = 0;
  for (let index = 0; index < share; index++) {
    const input = fuzzInput(rand, fixtures);
    const outcome = check(input, index % 10 === 0 ? md : undefined);
    total++;
    if (input.length <= SIZE_LIMIT) {
      const ms = outcome.ms > LIMIT_MS / 4 ? retime(input, outcome.ms) : outcome.ms;
      if (ms > slowest.ms) slowest = { ms, size: input.length, seed, index };
      if (ms > LIMIT_MS) overLimit++;
    }
    if (outcome.failures.length === 0) continue;
    failed++;
    for (const failure of outcome.failures) {
      const seen = found.get(failure.key);
      if (seen) seen.count++;
      else found.set(failure.key, { failure, count: 1, seed, index, input });
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`seed ${seed}: ${share} inputs in ${seconds.toFixed(1)} s (${Math.round(share / seconds)}/s), ${failed} failed`);
});

const seconds = (performance.now() - started) / 1000;
console.log(`\n${total} inputs in ${seconds.toFixed(1)} s: ${Math.round(total / seconds)} inputs/s`);
console.log(`slowest input up to ${SIZE_LIMIT / 1000} KB: ${slowest.ms.toFixed(1)} ms, ${slowest.size} chars (seed ${slowest.seed}, input ${slowest.index}); ${overLimit} over ${LIMIT_MS} ms`);
console.log(`${found.size} distinct failures`);

const blocks: string[] = [];
for (const { failure, count, seed, index, input } of found.values()) {
  const small = minimize(input, (candidate) => check(candidate, md).failures.some((f) => f.key === failure.key));
  console.log(`\n${failure.message}\n  ${count} inputs, first: seed ${seed}, input ${index}; minimised to ${small.length} chars:\n${small.replace(/^/gm, "  | ")}`);
  // A line "." would end the fixture's input early; docutils strips trailing whitespace, so ". " reads the same.
  const fixtureInput = small.replace(/\n$/, "").replace(/^\.$/gm, ". ");
  const now = rstToMarkdown(small);
  const problems = now.problems.filter((p) => p.level !== "info").map(formatProblem);
  const problemSection = problems.length > 0 ? `${problems.join("\n")}\n.\n` : "";
  blocks.push(`REVIEW (seed ${seed}, input ${index}) ${failure.key}\n.\n${fixtureInput}\n.\n${now.markdown.replace(/\n$/, "")}\n.\n${problemSection}`);
}
if (blocks.length > 0) {
  writeFileSync(resolve(values.out), blocks.join("\n"));
  console.log(`\nfixture blocks to review (the expected output and problems are what the reader gives now): ${resolve(values.out)}`);
}
process.exit(found.size > 0 || overLimit > 0 ? 1 : 0);
