// Bad front matter stops the build with one readable line per problem, and the site built before stays whole.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { buildSite, findContentError } from "../../src/build.ts";
import { CONTENT, temporaryDir } from "../helpers/site.ts";

const GOOD_TALK = readFileSync(join(CONTENT, "talk", "moving.md"), "utf8");

/** A copy of the default content with the seed talk's front matter edited. */
function contentWith(edit: (talk: string) => string): string {
  const dir = join(temporaryDir("bad"), "content");
  cpSync(CONTENT, dir, { recursive: true });
  writeFileSync(join(dir, "talk", "moving.md"), edit(GOOD_TALK));
  return dir;
}

async function problemsOf(input: string) {
  try {
    await buildSite({ input, output: join(temporaryDir("out"), "_site"), env: { PATH_PREFIX: "/" } });
  } catch (error) {
    const content = findContentError(error);
    assert.ok(content, `expected a content error, got ${String(error)}`);
    return content.problems;
  }
  assert.fail("the build should have failed");
}

describe("bad front matter", () => {
  test("an unknown speaker id names the file, line, field and the ids that exist", async () => {
    const problems = await problemsOf(contentWith((t) => t.replace("  - daren-hsu", "  - daren-hsuu")));
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.match(problem!.file, /talk[/\\]moving\.md$/);
    assert.equal(problem!.line, 13);
    assert.equal(problem!.field, "speakers[1]");
    assert.match(problem!.expected, /13 ids; closest: daren-hsu,/);
    assert.equal(problem!.found, '"daren-hsuu"');
  });

  test("every problem in a file is reported, not only the first", async () => {
    const input = contentWith((t) =>
      t.replace("title: Moving Your Experimentation Project to Production Applications with Pyspark\n", "").replace("date: 2020-01-06 21:09", "date: next tuesday").replace("speakers:", "speaker:"),
    );
    const problems = await problemsOf(input);
    const fields = problems.map((p) => p.field).sort();
    assert.deepEqual(fields, ["date", "speaker", "speakers", "title"]);
    const date = problems.find((p) => p.field === "date")!;
    assert.equal(date.line, 3);
    assert.match(date.expected, /2020-01-06 21:09/);
    assert.equal(date.found, '"next tuesday"');
    assert.match(problems.find((p) => p.field === "speaker")!.expected, /misspelt/);
  });

  test("a YAML syntax error names the line", async () => {
    const problems = await problemsOf(contentWith((t) => t.replace("permalink: talk/moving.html", "permalink: [talk/moving.html")));
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.expected, /YAML/);
    assert.ok(problems[0]!.line && problems[0]!.line >= 5 && problems[0]!.line <= 9, `line ${problems[0]!.line}`);
  });

  test("a bad settings file names the field", async () => {
    const input = contentWith((t) => t);
    const settings = join(input, "_data", "site.json");
    writeFileSync(settings, readFileSync(settings, "utf8").replace('"Asia/Taipei"', '"Asia/Taipeh"'));
    const problems = await problemsOf(input);
    assert.equal(problems[0]!.field, "timezone");
    assert.match(problems[0]!.expected, /IANA time zone/);
    assert.equal(problems[0]!.found, '"Asia/Taipeh"');
  });

  test("`npm run build` exits non-zero, prints file:line and field, and leaves the old site untouched", () => {
    const input = contentWith((t) => t.replace("  - daren-hsu", "  - nobody"));
    const output = join(temporaryDir("cli"), "_site");
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, "index.html"), "previous build");
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/build.ts", "--input", input, "--output", output], { encoding: "utf8" });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stderr, /moving\.md:13: field "speakers\[1\]": expected a speaker id .* found "nobody"/);
    assert.equal(readFileSync(join(output, "index.html"), "utf8"), "previous build");
    assert.ok(!existsSync(join(output, "talk")), "nothing new written");
  });
});
