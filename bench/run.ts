// `npm run bench`: build time of our site beside a plain one-page Eleventy build measured in the same run, and the talk page's weight.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pageWeight } from "./weight.ts";

const ROOT = resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ELEVENTY_CLI = join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Wall time of a whole command, as a user waits for it: process start included. */
function timeCommand(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number[] {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: "utf8" });
    const elapsed = performance.now() - started;
    if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
    times.push(elapsed);
  }
  return times;
}

const work = mkdtempSync(join(tmpdir(), "talk-pages-bench-"));
try {
  // Baseline: Eleventy's own CLI, no config, one markdown page.
  const plain = join(work, "plain");
  spawnSync("mkdir", ["-p", plain]);
  writeFileSync(join(plain, "index.md"), "# One page\n\nA paragraph of markdown.\n");
  const baseline = timeCommand([ELEVENTY_CLI, "--input=.", "--output=_site", "--quiet"], plain);

  const ours = timeCommand(["--import", "tsx", join(ROOT, "src", "build.ts"), "--output", join(work, "_site")], ROOT);
  const weight = pageWeight(join(work, "_site"), "talk/moving.html", "/2020/");

  const ms = (values: number[]) => `${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
  console.log(`runs per command: ${RUNS} (BENCH_RUNS to change), node ${process.version}`);
  console.log(`baseline  npx @11ty/eleventy, one markdown page, no config: median ${ms(baseline)}`);
  console.log(`ours      npm run build (node --import tsx src/build.ts: talk page, index, CSS): median ${ms(ours)}`);
  console.log(`ratio     ours / baseline: ${(median(ours) / median(baseline)).toFixed(2)}×`);
  console.log(
    `weight    talk/moving.html ${weight.htmlBytes} B (${weight.htmlGzip} B gzip) + CSS ${weight.cssBytes} B (${weight.cssGzip} B gzip) = ${weight.totalGzip} B gzip (${((weight.totalGzip / (14 * 1024)) * 100).toFixed(0)}% of the 14 KB budget)`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
