// The meta description: the opening paragraph as plain text, cut at a sentence, never mid-word.
import assert from "node:assert/strict";
import { test } from "node:test";
import { spawnSync } from "node:child_process";
import { openingParagraph, shortenDescription } from "../../src/markdown/description.ts";

test("skips headings and takes the first paragraph as plain text", () => {
  const markdown = "## Intro\n\nWe use **Spark** and `pandas` with [links](https://x.example).\nSecond line.\n\nNext paragraph.";
  assert.equal(openingParagraph(markdown), "We use Spark and pandas with links. Second line.");
});

test("a body with no paragraph has no opening paragraph", () => {
  assert.equal(openingParagraph("## Only a heading\n\n- a list"), "");
});

test("keeps whole sentences that fit", () => {
  const text = "First sentence is short. Second one is also fine. " + "Third ".repeat(40);
  assert.equal(shortenDescription(text, 60), "First sentence is short. Second one is also fine.");
});

test("cuts a long first sentence at a word and marks the cut", () => {
  const text = "word ".repeat(60).trim();
  const short = shortenDescription(text, 50);
  assert.ok(short.length <= 50, short);
  assert.ok(short.endsWith("word…"), short);
});

test("leaves short text alone", () => {
  assert.equal(shortenDescription("Short.", 160), "Short.");
});

test("issue 7.6: a megabyte without a full stop is cut at a word at once, not after minutes", () => {
  // Quadratic before: 80 KB took 3.7 s and 1 MB never ended. The work runs in a child process, so a hang fails the
  // test (killed after 20 s) instead of stopping the suite; `npm run bench` is where times are measured.
  const module = new URL("../../src/markdown/description.ts", import.meta.url).href;
  const code = `const { openingParagraph, shortenDescription } = await import(${JSON.stringify(module)});
    const words = shortenDescription("word ".repeat(200000).trim());
    const letters = shortenDescription(openingParagraph("a".repeat(1000000) + "\\n"));
    console.log(JSON.stringify([words, letters.length]));`;
  const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { encoding: "utf8", timeout: 20_000 });
  assert.equal(run.signal, null, "still working after 20 s");
  const [words, letters] = JSON.parse(run.stdout) as [string, number];
  assert.ok(words.length <= 160 && words.endsWith("word…"), words);
  assert.equal(letters, 160);
});

test("sentences are cut from the start of the text, never picked from its middle", () => {
  const text = "Use e.g. this approach and that one for data. " + "More words follow here without end ".repeat(10);
  assert.equal(shortenDescription(text, 60), "Use e.g. this approach and that one for data.");
});
