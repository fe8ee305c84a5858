// The scale benchmark: a generated conference of N talks built cold beside vanilla Eleventy building N bare markdown
// pages in the same run, with wall time, peak memory and pages per second, and the edit-to-output time under npm start.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { listFiles } from "../src/content/folder.ts";
import { npmScriptArgs } from "./commands.ts";
import { generateBarePages, generateConference } from "./conference.ts";

export interface Measured {
  ms: number;
  maxRssMiB: number;
  files: number;
  /** Our build's summary line: share images made and copied from the cache, and the time they took. */
  shareImages?: { made: number; cached: number; ms: number };
}

function countFiles(dir: string): number {
  return listFiles(dir).length;
}

/** Runs `node args…` once, cold, and reports its wall time and peak memory (from bench/maxrss.cjs). */
function measure(root: string, args: string[], cwd: string, output: string, rssFile: string, env: NodeJS.ProcessEnv = {}): Measured {
  rmSync(rssFile, { force: true });
  rmSync(output, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--require", join(root, "bench", "maxrss.cjs"), ...args], { cwd, env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${args.join(" ")} failed:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-4000)}`);
  const rss = readFileSync(rssFile, "utf8").trim().split("\n").map(Number);
  const share = /share images: (\d+) made, (\d+) from the cache \(([\d.]+) s\)/.exec(result.stdout);
  return { ms, maxRssMiB: Math.max(...rss) / 1024, files: countFiles(output), ...(share ? { shareImages: { made: Number(share[1]), cached: Number(share[2]), ms: Number(share[3]) * 1000 } } : {}) };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Milliseconds from saving an edited talk to its page on disk showing the edit, under `npm start`, for several edits. */
/** `imageCache`: the one the cold builds filled, as an organizer's own after a first build. */
async function editLatency(root: string, input: string, output: string, edits: number, imageCache: string): Promise<number[]> {
  const port = await freePort();
  const server = spawn(process.execPath, [...npmScriptArgs(root, "start"), "--input", input, "--output", output, "--port", String(port)], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TALK_PAGES_IMAGE_CACHE: imageCache } });
  let log = "";
  server.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const wait = async (what: string, ok: () => boolean, seconds: number) => {
    const end = Date.now() + seconds * 1000;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}:\n${log.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  try {
    await wait("the server", () => log.includes("Server at"), 600);
    // Let the watcher settle after the first build.
    await new Promise((r) => setTimeout(r, 1500));
    const times: number[] = [];
    for (let k = 0; k < edits; k++) {
      const id = String(1 + ((k * 37) % 100)).padStart(5, "0");
      const file = join(input, "talk", `t${id}.md`);
      const page = join(output, "talk", `t${id}.html`);
      const marker = `Edited ${k} ${Date.now()}`;
      const text = readFileSync(file, "utf8");
      const started = performance.now();
      writeFileSync(file, text.replace(/^title: .*$/m, `title: "${marker}"`));
      await wait(`the edit of ${file}`, () => existsSync(page) && readFileSync(page, "utf8").includes(marker), 120);
      times.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 500));
    }
    return times;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

export interface ScaleResult {
  talks: number;
  runs: number;
  ours: Measured;
  vanilla: Measured;
  editMs: number[];
  /** A build with the image cache that the cold runs filled: only copies. */
  warm: Measured;
  /** Cold builds of the same conference with `"shareImages": false`: the model, pages and exports alone (median). */
  noImages: Measured;
}

/** The run with the median wall time (its memory and file count with it). */
function medianRun(runs: Measured[]): Measured {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)]!;
}

export async function scaleBench(root: string, work: string, talks: number, edits: number, runs: number): Promise<ScaleResult> {
  const content = join(root, "content");
  const input = join(work, `conference-${talks}`);
  const bare = join(work, `bare-${talks}`);
  generateConference(content, input, talks);
  generateBarePages(content, bare, talks);
  const rss = join(work, "rss.txt");
  const eleventy = join(root, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  // Turn about, so that a machine that slows down or speeds up during the run weighs on both alike; medians reported.
  const imageCache = join(work, "image-cache");
  const ourBuild = [...npmScriptArgs(root, "build"), "--input", input, "--output", join(work, "ours-out")];
  const vanillaRuns: Measured[] = [];
  const ourRuns: Measured[] = [];
  for (let run = 0; run < runs; run++) {
    vanillaRuns.push(measure(root, [eleventy, "--input=.", `--output=${join(work, "bare-out")}`, "--quiet"], bare, join(work, "bare-out"), rss));
    // Cold: an empty image cache of the benchmark's own, so every share image is made.
    rmSync(imageCache, { recursive: true, force: true });
    ourRuns.push(measure(root, ourBuild, root, join(work, "ours-out"), rss, { TALK_PAGES_IMAGE_CACHE: imageCache }));
  }
  const warm = measure(root, ourBuild, root, join(work, "ours-out"), rss, { TALK_PAGES_IMAGE_CACHE: imageCache });
  // The same conference without share images, again taking turns with vanilla Eleventy.
  const settingsFile = join(input, "_data", "site.json");
  const settings = readFileSync(settingsFile, "utf8");
  writeFileSync(settingsFile, JSON.stringify({ ...JSON.parse(settings), shareImages: false }, null, 2));
  const noImageRuns: Measured[] = [];
  for (let run = 0; run < runs; run++) {
    vanillaRuns.push(measure(root, [eleventy, "--input=.", `--output=${join(work, "bare-out")}`, "--quiet"], bare, join(work, "bare-out"), rss));
    noImageRuns.push(measure(root, ourBuild, root, join(work, "ours-out"), rss));
  }
  writeFileSync(settingsFile, settings);
  const noImages = medianRun(noImageRuns);
  const vanilla = medianRun(vanillaRuns);
  const ours = medianRun(ourRuns);
  mkdirSync(join(work, "serve-out"), { recursive: true });
  const editMs = edits > 0 ? await editLatency(root, input, join(work, "serve-out"), edits, imageCache) : [];
  return { talks, runs, ours, vanilla, editMs, warm, noImages };
}
