// What code highlighting costs the build: loading Prism and a grammar on a page's first block (fresh processes, as
// `npm run build` runs: preload, then tsx), and each block after that. Run: node --import tsx bench/highlight.ts [--runs R]
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { highlightCode } from "../src/markdown/highlight/index.ts";

const ROOT = join(import.meta.dirname, "..");
const runsAt = process.argv.indexOf("--runs");
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 9;
const samples = JSON.parse(readFileSync(join(ROOT, "tests", "markdown", "fixtures", "code-samples.json"), "utf8")) as [string, string][];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** In a fresh process: ms to import the highlighter, then the first block of `language`, then the same block again. */
function startUp(language: string, code: string): number[] {
  const index = join(ROOT, "src", "markdown", "highlight", "index.ts");
  const script = `const t0 = performance.now(); const { highlightCode } = await import(${JSON.stringify(index)}); const t1 = performance.now();
    highlightCode(${JSON.stringify(code)}, ${JSON.stringify(language)}); const t2 = performance.now();
    highlightCode(${JSON.stringify(code)}, ${JSON.stringify(language)}); const t3 = performance.now();
    console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));`;
  const r = spawnSync(process.execPath, ["--import", join(ROOT, "src", "preload.js"), "--import", "tsx", "--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as number[];
}

console.log(`start-up, fresh processes, median of ${RUNS}:`);
for (const language of ["python", "html", "cpp"]) {
  const code = samples.find(([l]) => l === language)![1];
  const runs = Array.from({ length: RUNS }, () => startUp(language, code));
  const [imported, first, again] = [0, 1, 2].map((i) => median(runs.map((r) => r[i]!)));
  console.log(`  ${language.padEnd(7)} importing the module (tsx) ${imported!.toFixed(1)} ms, first block ${first!.toFixed(1)} ms (Prism and the grammar loaded), same block again ${again!.toFixed(2)} ms`);
}

// Every sample once to load its grammar and warm up, then timed over many rounds.
for (const [language, code] of samples) highlightCode(code, language);
const rounds = 200;
const t0 = performance.now();
for (let i = 0; i < rounds; i++) for (const [language, code] of samples) highlightCode(code, language);
const perBlock = (performance.now() - t0) / (rounds * samples.length);
const chars = samples.reduce((n, [, code]) => n + code.length, 0) / samples.length;
console.log(`per block: ${(perBlock * 1000).toFixed(0)} µs on average over ${samples.length} samples of ${chars.toFixed(0)} characters (${rounds} rounds, warm)`);
