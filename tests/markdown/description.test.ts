// The meta description: the opening paragraph as plain text, cut at a sentence, never mid-word.
import assert from "node:assert/strict";
import { test } from "node:test";
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

test("issue 7.6: a megabyte without a full stop is cut at a word at once, not after minutes", { timeout: 10_000 }, () => {
  // Quadratic before: 80 KB took 3.7 s and 1 MB never ended. The timeout only catches a hang; `npm run bench` times.
  const text = "word ".repeat(200_000).trim();
  const short = shortenDescription(text);
  assert.ok(short.length <= 160 && short.endsWith("word…"), short);
  assert.equal(shortenDescription(openingParagraph(`${"a".repeat(1_000_000)}\n`)).length, 160);
});

test("sentences are cut from the start of the text, never picked from its middle", () => {
  const text = "Use e.g. this approach and that one for data. " + "More words follow here without end ".repeat(10);
  assert.equal(shortenDescription(text, 60), "Use e.g. this approach and that one for data.");
});
