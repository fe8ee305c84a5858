// Issue 12: under GitHub Actions a broken talk fails the build with the same one-line messages, and each problem is
// also a workflow command GitHub shows on the file and line in the pull request.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { githubAnnotation } from "../../src/report.ts";
import { CONTENT } from "../helpers/site.ts";

const ROOT = join(import.meta.dirname, "..", "..");

test("a broken talk under GITHUB_ACTIONS=true prints ::error with its file and line, beside the usual message", () => {
  // Inside the repository, as in CI, so that the file is named relative to it (tests/output is ignored by git).
  mkdirSync(join(ROOT, "tests", "output"), { recursive: true });
  const root = mkdtempSync(join(ROOT, "tests", "output", "annotations-"));
  const input = join(root, "content");
  cpSync(CONTENT, input, { recursive: true });
  const talk = join(input, "talk", "moving.md");
  writeFileSync(talk, readFileSync(talk, "utf8").replace("  - daren-hsu", "  - nobody"));
  const run = spawnSync("npm", ["run", "--silent", "build", "--", "--input", relative(ROOT, input), "--output", join(root, "_site")], { cwd: ROOT, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "true" } });
  assert.equal(run.status, 1);
  const file = relative(ROOT, join(input, "talk", "moving.md"));
  const message = `${file}:13: field "speakers[1]": expected a speaker id from _data/speakers.json (13 ids; closest: tjwei, neil-tan, dboy-liao), found "nobody"`;
  assert.ok(run.stderr.includes(`  ${message}`), run.stderr);
  assert.ok(run.stdout.split("\n").includes(`::error file=${file},line=13::${message}`), run.stdout);
  const plain = spawnSync("npm", ["run", "--silent", "build", "--", "--input", relative(ROOT, input), "--output", join(root, "_site")], { cwd: ROOT, encoding: "utf8", env: { ...process.env, GITHUB_ACTIONS: "" } });
  assert.doesNotMatch(plain.stdout, /::error/, "nothing of the kind outside Actions");
  rmSync(root, { recursive: true, force: true });
});

test("the annotation escapes what GitHub reads as its own syntax", () => {
  const line = githubAnnotation("warning", { file: "content/a,b:c%.md", line: 3, expected: "100% of it\non one line" });
  assert.equal(line, "::warning file=content/a%2Cb%3Ac%25.md,line=3::content/a,b:c%25.md:3: expected 100%25 of it%0Aon one line");
});
