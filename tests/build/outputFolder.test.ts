// Issue 7, items 12 and 16: the output folder after killed builds and in new places, and a build output of one line.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import Eleventy from "@11ty/eleventy";
import { buildInto, configAround, CONTENT, temporaryDir } from "../helpers/site.ts";

/** The pid of a process that has ended, as a killed build's would be. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

test("issue 7.12: folders a killed build left beside the output are removed by the next build", async () => {
  const root = temporaryDir("leftovers");
  const pid = deadPid();
  for (const name of [`._site.tmp-${pid}-abc123`, `._site.old-${pid}`]) {
    mkdirSync(join(root, name, "talk"), { recursive: true });
    writeFileSync(join(root, name, "talk", "moving.html"), "half a site");
  }
  mkdirSync(join(root, ".other.tmp-1-x"));
  await buildInto({ output: join(root, "_site") });
  assert.deepEqual(readdirSync(root).sort(), [".other.tmp-1-x", "_site"], "only this output's leftovers are removed");
});

test("issue 7.12: an output folder whose parent does not exist yet is created", async () => {
  const output = join(temporaryDir("deep"), "a", "b", "_site");
  const site = await buildInto({ output });
  assert.ok(existsSync(join(site.dir, "talk", "moving.html")));
});

test("issue 7.16: Eleventy's benchmark hints never reach the build's output", async () => {
  // Eleventy prints a "[11ty] Benchmark" line for a configuration step over 50 ms and 8% of the build.
  const root = temporaryDir("bench-hints");
  const config = configAround(root, {
    // A configuration step that takes 60 ms, as a plugin on a slow machine would: Eleventy reports such steps.
    before: "const slow = eleventyConfig.benchmarkManager.get('Configuration').get('a slow plugin'); slow.before(); const until = Date.now() + 60; while (Date.now() < until); slow.after();",
  });
  const lines: string[] = [];
  const saved = { warn: console.warn, log: console.log, error: console.error };
  console.warn = console.log = console.error = (...args: unknown[]) => void lines.push(args.join(" "));
  try {
    const eleventy = new Eleventy(CONTENT, join(root, "out"), { configPath: config });
    await eleventy.write();
  } finally {
    Object.assign(console, saved);
  }
  assert.deepEqual(lines.filter((line) => line.includes("Benchmark")), []);
});
