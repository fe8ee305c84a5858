// Issue 7, items 7, 8, 11, 13 and 14: broken content is never silently damaged; each case gets one clear problem.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { findBrokenLinks } from "../helpers/links.ts";
import { buildInto, buildProblems, copyContent, editJson, writeInto } from "../helpers/site.ts";

const TALK = "talk/moving.md";

function editTalk(dir: string, edit: (text: string) => string): void {
  writeInto(dir, TALK, edit(readFileSync(join(dir, TALK), "utf8")));
}

describe("issue 7.7: duplicate keys in JSON data files", () => {
  test("the same speaker id twice is an error with file, line and key, not a silent replacement", async () => {
    const { input } = copyContent("dupkey", (dir) => {
      const path = join(dir, "_data", "speakers.json");
      writeInto(dir, "_data/speakers.json", readFileSync(path, "utf8").replace('  "tjwei": { "name": "TJWei" },', '  "tjwei": { "name": "TJWei" },\n  "daren-hsu": { "name": "Someone Else" },'));
    });
    const problems = await buildProblems(input);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.file, /_data[/\\]speakers\.json$/);
    assert.deepEqual([problems[0]!.line, problems[0]!.field, problems[0]!.expected], [12, "daren-hsu", 'each key once ("daren-hsu" is already on line 7)']);
  });

  test("duplicate keys deep inside event.json and site.json are found too", async () => {
    const { input } = copyContent("dupkey2", (dir) => {
      const event = join(dir, "_data", "event.json");
      writeInto(dir, "_data/event.json", readFileSync(event, "utf8").replace('"name": "Room 203"', '"name": "Room 203", "name": "Room 204"'));
      const site = join(dir, "_data", "site.json");
      writeInto(dir, "_data/site.json", readFileSync(site, "utf8").replace('"language": "en",', '"language": "en",\n  "language": "zh-TW",'));
    });
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => p.field).sort(), ["language"]);
    // site.json is read first: a broken settings file stops the build before the rest is read.
    const { input: eventOnly } = copyContent("dupkey3", (dir) => {
      const event = join(dir, "_data", "event.json");
      writeInto(dir, "_data/event.json", readFileSync(event, "utf8").replace('"name": "Room 203"', '"name": "Room 203", "name": "Room 204"'));
    });
    const eventProblems = await buildProblems(eventOnly);
    assert.equal(eventProblems.length, 1);
    assert.match(eventProblems[0]!.field ?? "", /^rooms\[\d\]\.name$/);
  });

  test("invalid JSON names line and column", async () => {
    const { input } = copyContent("badjson", (dir) => writeInto(dir, "_data/speakers.json", '{\n  "ada": { "name": "Ada", },\n}\n'));
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => [p.line, p.column, p.expected, p.found]), [[2, 27, "valid JSON", "something other than a quoted key (a trailing comma, or a key without quotes?)"]]);
  });
});

describe("issue 7.8: encodings", () => {
  test("a UTF-8 byte-order mark is accepted", async () => {
    const { input } = copyContent("bom", (dir) => editTalk(dir, (t) => `\uFEFF${t}`));
    const site = await buildInto({ input });
    assert.equal(site.document("talk/moving.html").querySelector("h1")?.textContent, "Moving Your Experimentation Project to Production Applications with Pyspark");
  });

  test("bytes that are not UTF-8 are reported with their line, not turned into U+FFFD", async () => {
    const { input } = copyContent("latin1", (dir) => {
      const text = readFileSync(join(dir, TALK), "utf8").replace("Especially", "Especially caf\u00e9");
      writeInto(dir, TALK, Buffer.from(text, "latin1"));
      writeInto(dir, "_data/speakers.json", Buffer.from(readFileSync(join(dir, "_data", "speakers.json"), "utf8").replace("TJWei", "TJ\u00e9"), "latin1"));
    });
    const problems = await buildProblems(input);
    const byFile = (name: string) => problems.find((p) => p.file.endsWith(name));
    assert.deepEqual([byFile("moving.md")?.line, byFile("moving.md")?.expected], [18, "UTF-8 text"]);
    assert.match(byFile("moving.md")?.found ?? "", /^the byte 0xe9, which is not UTF-8/);
    assert.equal(byFile("speakers.json")?.line, 11);
  });
});

describe("issue 7.11: two writers of one output file", () => {
  test("a page at talk/x/ and another writing talk/x/index.html name each other", async () => {
    const { input } = copyContent("conflict", (dir) => {
      writeInto(dir, "talk/x.md", "---\ntitle: X\n---\n\nX.\n");
      writeInto(dir, "other.md", "---\ntitle: Other\npermalink: talk/x/index.html\n---\n\nOther.\n");
    });
    const problems = await buildProblems(input);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.file, /other\.md$/);
    assert.deepEqual([problems[0]!.line, problems[0]!.field], [3, "permalink"]);
    assert.match(problems[0]!.expected, /^an address no other file uses \(.*talk[/\\]x\.md writes \/talk\/x\/index\.html too\)$/);
  });

  test("a page claiming the program or a talk's calendar file is told which generated file is there", async () => {
    const { input } = copyContent("conflict2", (dir) => {
      writeInto(dir, "a.md", "---\ntitle: A\npermalink: program.html\n---\n\nA.\n");
      writeInto(dir, "b.md", "---\ntitle: B\npermalink: /talk/moving.ics\n---\n\nB.\n");
      writeInto(dir, "c.md", "---\ntitle: C\npermalink: _assets/site.css\n---\n\nC.\n");
      writeInto(dir, "d.md", "---\ntitle: D\npermalink: robots.txt\n---\n\nD.\n");
    });
    const problems = await buildProblems(input);
    const of = (name: string) => problems.find((p) => p.file.endsWith(name))?.expected;
    assert.equal(of("a.md"), "an address no other file uses (the program page writes /program.html too)");
    assert.match(of("b.md") ?? "", /^an address no other file uses \(the calendar file of .*moving\.md writes \/talk\/moving\.ics too\)$/);
    assert.equal(of("c.md"), "an address outside /_assets/, which the build keeps for its own files");
    assert.equal(of("d.md"), "an address no other file uses (the build's robots.txt writes /robots.txt too)");
  });

  test("a speaker whose id makes the same page as the speakers index is reported in speakers.json", async () => {
    const { input } = copyContent("conflict3", (dir) => {
      editJson(join(dir, "_data", "speakers.json"), (speakers) => (speakers.index = { name: "Index Person" }));
      editTalk(dir, (t) => t.replace("  - daren-hsu", "  - index"));
    });
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => [p.field, p.expected]), [["index", "an address no other file uses (the speakers page writes /speakers/index.html too)"]]);
    assert.match(problems[0]!.file, /speakers\.json$/);
  });
});

test("issue 7.13: a permalink with & and ' keeps its calendar file's name, and the link to it works", async () => {
  const { input } = copyContent("ampersand", (dir) => editTalk(dir, (t) => t.replace("permalink: talk/moving.html", "permalink: \"talk/q&a's.html\"")));
  const site = await buildInto({ input });
  assert.ok(site.files().includes("talk/q&a's.ics"), site.files().filter((f) => f.startsWith("talk/")).join(", "));
  assert.equal(site.document("talk/q&a's.html").querySelector(".actions a")?.getAttribute("href"), "/talk/q&a's.ics");
  assert.deepEqual(findBrokenLinks(site.dir, "/", "https://conf.sciwork.dev/").broken, []);
});

test("issue 7.14: markdown nested deeper than markdown-it keeps is reported with its line, not silently cut", async () => {
  const list = Array.from({ length: 60 }, (_, depth) => `${"  ".repeat(depth)}- level ${depth + 1}`).join("\n");
  const { input } = copyContent("nesting", (dir) => writeInto(dir, "deep.md", `---\ntitle: Deep\n---\n\nIntro.\n\n${list}\n`));
  const problems = await buildProblems(input);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.file, /deep\.md$/);
  assert.match(problems[0]!.expected, /^lists and quotes nested at most 49 levels deep/);
  // The list starts on line 7: the first item past the limit is reported.
  assert.equal(problems[0]!.line, 7 + 49);
});

test("issue 7.6: YAML aliases that stand for billions of values, or nesting too deep, are refused at once", { timeout: 20_000 }, async () => {
  const bomb = ["---", "title: Bomb", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++) bomb.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(", ")}]`);
  bomb.push("tags: *a9", "---", "", "Body.");
  const deep = `---\ntitle: Deep\nextra: ${"[".repeat(60)}${"]".repeat(60)}\n---\n\nBody.\n`;
  const { input } = copyContent("bomb", (dir) => {
    writeInto(dir, "bomb.md", `${bomb.join("\n")}\n`);
    writeInto(dir, "deep.md", deep);
  });
  const problems = await buildProblems(input);
  assert.deepEqual(problems.map((p) => [p.file.split(/[/\\]/).at(-1), p.line, p.expected]).sort(), [
    ["bomb.md", 1, "front matter of at most 10,000 values"],
    ["deep.md", 1, "front matter of at most 10,000 values"],
  ]);
});
