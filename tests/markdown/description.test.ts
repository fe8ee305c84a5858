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
