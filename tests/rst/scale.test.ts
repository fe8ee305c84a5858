// Issue 10's constructs at scale: runs of pending classes, chained empty targets and a huge malformed target name cost
// time in proportion to their length (each was quadratic once: 40,000 lines took tens of seconds).
import { test } from "node:test";
import assert from "node:assert/strict";
import { rstToMarkdown } from "../../src/rst/index.ts";

const N = 40_000;

function timed(source: string): { ms: number; markdown: string } {
  const started = performance.now();
  const { markdown } = rstToMarkdown(source);
  return { ms: performance.now() - started, markdown };
}

test("40,000 class:: directives in a row give the next paragraph every class, in linear time", () => {
  const { ms, markdown } = timed(Array.from({ length: N }, (_, i) => `.. class:: c${i}\n`).join("\n") + "\nText.\n");
  assert.match(markdown, /^<p class="c0 c1 [^"]* c39999">Text\.<\/p>\n$/);
  assert.ok(ms < 8000, `${ms.toFixed(0)} ms`);
});

test("40,000 empty targets chained to one URL all link there, in linear time", () => {
  const source = Array.from({ length: N }, (_, i) => `.. _a${i}:`).join("\n") + "\n.. _z: https://example.org/z\n\nSee a0_ and a39999_.\n";
  const { ms, markdown } = timed(source);
  assert.equal(markdown, "See [a0](https://example.org/z) and [a39999](https://example.org/z).\n");
  assert.ok(ms < 8000, `${ms.toFixed(0)} ms`);
});

test("a target name that never ends, 40,000 lines long, is one malformed target, quickly", () => {
  const { ms, markdown } = timed(".. _`x\n" + Array.from({ length: N }, (_, i) => `   a:b${i}`).join("\n") + "\n\nAfter.\n");
  assert.equal(markdown, "After.\n");
  assert.ok(ms < 8000, `${ms.toFixed(0)} ms`);
});
