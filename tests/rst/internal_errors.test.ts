// Issue 11: an exception inside the reader or writer is reported with file and line and costs only its block.
// Real bugs get fixed, so these tests make rules, directives and link resolvers throw on purpose.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rstToMarkdown } from "../../src/rst/index.ts";
import { blockRules, type BlockRule } from "../../src/rst/parser_block.ts";
import { directives } from "../../src/rst/directives/index.ts";

const page = (middle: string) => `Talk title\n==========\n\nBefore *the* break.\n\n${middle}\n\nAfter the break.\n`;

/** Runs `body` with `rule` tried before every other block rule. */
function withRule(rule: BlockRule, body: () => void): void {
  blockRules.unshift(["exploding", rule]);
  try { body(); } finally { blockRules.shift(); }
}

test("a block rule that throws costs its block, kept as literal text; the title and the rest of the page stay", () => {
  withRule((state) => {
    if (state.line().startsWith("BOOM")) throw new TypeError("simulated bug");
    return false;
  }, () => {
    const r = rstToMarkdown(page("BOOM one\ncontinued\n    indented below\n\n  still indented"), { file: "talks/x.rst" });
    assert.equal(r.title, "Talk title");
    assert.equal(r.markdown, "Before *the* break.\n\n```\nBOOM one\ncontinued\n    indented below\n\n  still indented\n```\n\nAfter the break.\n");
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.level, "error");
    assert.equal(r.problems[0]!.line, 6);
    assert.match(r.problems[0]!.message, /^internal error \(block rule exploding, talks\/x\.rst\): simulated bug( at \S+\.ts:\d+)?$/);
  });
});

test("a throw deep inside a list item costs only the innermost block", () => {
  withRule((state) => {
    if (state.line() === "BOOM") throw new Error("simulated bug");
    return false;
  }, () => {
    const r = rstToMarkdown("- one\n- two\n\n  BOOM\n\n  kept paragraph\n- three\n");
    assert.equal(r.markdown, "- one\n\n- two\n\n  ```\n  BOOM\n  ```\n\n  kept paragraph\n\n- three\n");
    assert.deepEqual(r.problems.map((p) => [p.level, p.line]), [["error", 4]]);
  });
});

test("a directive that throws is kept as literal text with an error on its line", () => {
  directives.exploding = { spec: { args: 1, options: true, content: true }, run() { throw new RangeError("simulated bug"); } };
  try {
    const r = rstToMarkdown(page(".. exploding:: arg\n   :opt: 1\n\n   content"), { file: "p.rst" });
    assert.equal(r.markdown, "Before *the* break.\n\n```\n.. exploding:: arg\n   :opt: 1\n\n   content\n```\n\nAfter the break.\n");
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.line, 6);
    assert.match(r.problems[0]!.message, /^internal error \("exploding" directive, p\.rst\): simulated bug/);
  } finally {
    delete directives.exploding;
  }
});

test("a link resolver that throws while writing costs the paragraph's markup, its text is kept", () => {
  const r = rstToMarkdown(page("See `the venue <{filename}/venue.rst>`__ today."), {
    file: "p.rst",
    resolveLink: () => { throw new Error("resolver bug"); },
  });
  assert.equal(r.title, "Talk title");
  assert.equal(r.markdown, "Before *the* break.\n\n```\nSee the venue today.\n```\n\nAfter the break.\n");
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0]!.line, 6);
  assert.match(r.problems[0]!.message, /^internal error \(writing a paragraph, p\.rst\): resolver bug/);
});
