// `npm run bench`: build time of our site beside a plain one-page Eleventy build measured in the same run, and the talk page's weight.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { importPelicanSite } from "../src/pelican/import.ts";
import { benchFolder, npmScriptArgs } from "./commands.ts";
import { scaleBench, type ScaleResult } from "./scale.ts";
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

const { values: options } = parseArgs({ options: { talks: { type: "string", multiple: true }, edits: { type: "string", default: "5" }, runs: { type: "string", default: "3" } } });
/** `--talks N` (repeatable, or "1000,10000"): only the scale benchmark, at those sizes. Without it: everything, at 1k and 10k. */
const talkCounts = (options.talks ?? []).flatMap((t) => t.split(",")).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const scaleOnly = talkCounts.length > 0;

function printScale(result: ScaleResult): void {
  const { talks, ours, vanilla, editMs } = result;
  const perSecond = (m: { ms: number; files: number }) => Math.round(m.files / (m.ms / 1000));
  console.log(
    `scale     ${talks} talks (median of ${result.runs} cold builds each, taking turns): ours ${ours.ms.toFixed(0)} ms, ${ours.maxRssMiB.toFixed(0)} MiB peak, ${ours.files} files (${perSecond(ours)} files/s)` +
      ` | vanilla Eleventy, ${talks} bare markdown pages: ${vanilla.ms.toFixed(0)} ms, ${vanilla.maxRssMiB.toFixed(0)} MiB peak, ${vanilla.files} files (${perSecond(vanilla)} files/s)` +
      ` | ratio ${(ours.ms / vanilla.ms).toFixed(2)}×`,
  );
  const perTalk = (m: typeof ours) => (m.shareImages ? `${(m.shareImages.ms / talks).toFixed(2)} ms/talk (${m.shareImages.made} made, ${m.shareImages.cached} from the cache)` : "off");
  console.log(`images    ${talks} talks, share images: cold ${perTalk(ours)}; warm ${perTalk(result.warm)}, whole warm build ${result.warm.ms.toFixed(0)} ms, ${result.warm.maxRssMiB.toFixed(0)} MiB peak`);
  const { noImages } = result;
  console.log(`no images ${talks} talks, "shareImages": false (median of ${result.runs}): ${noImages.ms.toFixed(0)} ms, ${noImages.maxRssMiB.toFixed(0)} MiB peak, ${noImages.files} files (${perSecond(noImages)} files/s) | ratio to vanilla ${(noImages.ms / vanilla.ms).toFixed(2)}×; warm build with images ${(result.warm.ms / vanilla.ms).toFixed(2)}×`);
  if (editMs.length) console.log(`edit      ${talks} talks, npm start: one talk's title edited ${editMs.length}×, its page on disk after median ${median(editMs).toFixed(0)} ms (min ${Math.min(...editMs).toFixed(0)}, max ${Math.max(...editMs).toFixed(0)})`);
}

const folder = benchFolder();
const work = mkdtempSync(join(folder.dir, "talk-pages-bench-"));
console.log(`building in ${folder.label}, node ${process.version}, ${availableParallelism()} cores`);
let ms: (values: number[]) => string;
try {
  if (scaleOnly) {
    for (const talks of talkCounts) printScale(await scaleBench(ROOT, join(work, `scale-${talks}`), talks, Number(options.edits), Number(options.runs)));
    process.exit(0);
  }
  // Baseline: Eleventy's own CLI, no config, one markdown page.
  const plain = join(work, "plain");
  spawnSync("mkdir", ["-p", plain]);
  writeFileSync(join(plain, "index.md"), "# One page\n\nA paragraph of markdown.\n");
  const baseline = timeCommand([ELEVENTY_CLI, "--input=.", "--output=_site", "--quiet"], plain);

  const ours = timeCommand([...npmScriptArgs(ROOT, "build"), "--output", join(work, "_site")], ROOT);
  const weight = pageWeight(join(work, "_site"), "talk/moving.html", "/2020/");
  const built = spawnSync("find", [join(work, "_site"), "-type", "f"], { encoding: "utf8" }).stdout.trim().split("\n");
  const htmlPages = built.filter((f) => f.endsWith(".html")).length;

  ms = (values: number[]) => `${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
  console.log(`runs per command: ${RUNS} (BENCH_RUNS to change), node ${process.version}`);
  console.log(`baseline  npx @11ty/eleventy, one markdown page, no config: median ${ms(baseline)}`);
  console.log(`ours      npm run build (default site: ${htmlPages} pages, ${built.length} files with calendars and schedule exports): median ${ms(ours)}`);
  console.log(`ratio     ours / baseline: ${(median(ours) / median(baseline)).toFixed(2)}×`);
  console.log(
    `weight    talk/moving.html ${weight.htmlBytes} B (${weight.htmlGzip} B gzip) + CSS ${weight.cssBytes} B (${weight.cssGzip} B gzip) = ${weight.totalGzip} B gzip (${((weight.totalGzip / (14 * 1024)) * 100).toFixed(0)}% of the 14 KB budget)`,
  );

  // Import throughput: the sciwork20 corpus (read from ../shared, never copied into the project) repeated into one large site.
  const corpus = resolve(ROOT, "..", "shared", "corpus", "sciwork20");
  if (!existsSync(corpus)) console.log(`import    skipped: ${corpus} is absent`);
  else {
    const copies = Number(process.env.BENCH_IMPORT_COPIES ?? 20);
    const big = join(work, "pelican");
    cpSync(join(corpus, "pelicanconf.py"), join(big, "pelicanconf.py"));
    for (let i = 0; i < copies; i++) cpSync(join(corpus, "content"), join(big, "content", `copy${i}`), { recursive: true });
    const runs: number[] = [];
    let files = 0;
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      files = importPelicanSite(big, join(work, `imported-${run}`)).filesRead;
      runs.push(performance.now() - started);
    }
    const perSecond = files / (median(runs) / 1000);
    console.log(`import    ${files} Pelican sources (${copies} copies of sciwork20): median ${ms(runs)}, ${perSecond.toFixed(0)} files/s (target ≥ 500)`);
    const pelican = spawnSync("/usr/bin/python3", ["-c", "import pelican"], { encoding: "utf8" });
    if (pelican.status !== 0) console.log("pelican   skipped: Pelican is not installed (apt-get install pelican)");
    else {
      // Pelican itself building the one real site, beside our import + build of the same site, each a whole command.
      const pelicanTimes = timeCommand(["-e", `require("child_process").execFileSync("/usr/bin/python3", ["-m", "pelican", "content", "-s", "pelicanconf.py", "-o", ${JSON.stringify(join(work, "pelican-out"))}, "-q"], { cwd: ${JSON.stringify(corpus)} })`], ROOT);
      const oursTimes = timeCommand(["-e", `const { execFileSync } = require("child_process"); execFileSync(process.execPath, [...${JSON.stringify(npmScriptArgs(ROOT, "import"))}, ${JSON.stringify(corpus)}, "--output", ${JSON.stringify(join(work, "sci-content"))}, "--quiet"]); execFileSync(process.execPath, [...${JSON.stringify(npmScriptArgs(ROOT, "build"))}, "--input", ${JSON.stringify(join(work, "sci-content"))}, "--output", ${JSON.stringify(join(work, "sci-site"))}])`], ROOT);
      console.log(`pelican   pelican content (sciwork20, 26 sources): median ${ms(pelicanTimes)}`);
      console.log(`ours      npm run import + npm run build of the same site: median ${ms(oursTimes)} (${(median(oursTimes) / median(pelicanTimes)).toFixed(2)}× Pelican's time)`);
    }
  }
  // The scale benchmark at a FOSDEM-sized program and at an archive of many years.
  for (const talks of [1000, 10000]) printScale(await scaleBench(ROOT, join(work, `scale-${talks}`), talks, Number(options.edits), Number(options.runs)));
} finally {
  rmSync(work, { recursive: true, force: true });
}
