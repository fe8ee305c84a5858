// Runs the whole suite the README promises: type checking, then every tests/**/*.test.ts in node's test runner.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

function findTests(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === "output" || name === "fixtures" || name === "node_modules") continue;
    if (statSync(path).isDirectory()) found.push(...findTests(path));
    else if (name.endsWith(".test.ts")) found.push(path);
  }
  return found;
}

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, TZ: process.env.TZ ?? "America/New_York" } });
  return result.status ?? 1;
}

const root = process.cwd();
const only = process.argv.slice(2);
const files = only.length > 0 ? only : findTests(join(root, "tests")).map((f) => relative(root, f));

console.log("typecheck: tsc --noEmit");
if (run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "--noEmit"]) !== 0) {
  console.error("typecheck failed");
  process.exit(1);
}
process.exit(run(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=1", "--test-reporter=spec", ...files]));
