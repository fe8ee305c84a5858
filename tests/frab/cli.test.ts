// `npm run import`: one command for both ways in. A folder is a Pelican site, a .xml or .json file a frab schedule;
// the frab import prints its warnings and one summary, or its errors and writes nothing.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { temporaryDir } from "../helpers/site.ts";
import { HARBOUR_XML } from "./helpers.ts";

const ROOT = join(import.meta.dirname, "..", "..");

function run(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/import.ts", ...args], { cwd: ROOT, encoding: "utf8" });
}

describe("npm run import", () => {
  test("a schedule.xml: the warnings, then one summary line; exit 0", () => {
    const output = join(temporaryDir("cli"), "content");
    const result = run("tests/frab/fixtures/harbour-hack.xml", "--output", output);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^Imported tests\/frab\/fixtures\/harbour-hack\.xml into .*: 8 events \(6 talks, 2 breaks\), 4 speakers, 2 rooms, 2 days in Europe\/Lisbon; 6 talk pages written; 1 warning, in [\d.]+ s\n$/);
    assert.match(result.stderr, /^warning: .*_data\/event\.json: the export names no venue/);
    const again = run(HARBOUR_XML, "--output", output, "--quiet");
    assert.match(again.stdout, /; 0 talk pages written, 6 unchanged; 1 warning, in/);
    assert.equal(again.stderr, "");
  });

  test("an export it cannot use: each problem on its own line, exit 1, nothing written", () => {
    const input = join(temporaryDir("cli-bad"), "schedule.json");
    writeFileSync(input, '{ "schedule": { "version": "1" } }\n');
    const output = join(temporaryDir("cli-bad-out"), "content");
    const result = run(input, "--output", output);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^error: .*schedule\.json:1: field "schedule\.conference": expected the conference: its title and days, found nothing\nimport failed: 1 problem in .*schedule\.json; nothing was written\n$/);
    assert.equal(existsSync(output), false);
  });

  test("--timezone names the zone of an export without one; with a Pelican folder it is refused", () => {
    const output = join(temporaryDir("cli-zone"), "content");
    assert.equal(run(HARBOUR_XML, "--output", output, "--timezone", "Europe/Lisbon", "--quiet").status, 0);
    const pelican = run("tests", "--output", output, "--timezone", "Europe/Lisbon");
    assert.equal(pelican.status, 2);
    assert.match(pelican.stderr, /^--timezone is for frab schedules/);
  });

  test("without an output folder, the usage for both; a file that is neither: exit 1", () => {
    const usage = run(HARBOUR_XML);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /npm run import -- PELICAN_DIR --output CONTENT_DIR[\s\S]*npm run import -- schedule\.xml --output CONTENT_DIR \[--timezone ZONE\]/);
    const neither = run("README.md", "--output", join(temporaryDir("cli-neither"), "content"));
    assert.equal(neither.status, 1);
    assert.match(neither.stderr, /README\.md is not a folder \(a Pelican site\), nor a schedule\.xml or schedule\.json file/);
  });
});
