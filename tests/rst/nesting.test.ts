// Issue 7, item 14: deeply nested reST keeps every item when the written markdown is built (markdown-it drops whatever
// lies deeper than its maxNesting, silently), or reports the line where it had to stop.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rstToMarkdown } from "../../src/rst/index.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";

const md = createMarkdownRenderer();

/** `levels` nested list items, each indented under the previous one's text. */
function nestedList(levels: number, marker: (i: number) => string): string {
  let indent = 0;
  return Array.from({ length: levels }, (_, i) => {
    const m = marker(i);
    const line = `${" ".repeat(indent)}${m} item${i + 1}x\n`;
    indent += m.length + 1;
    return line;
  }).join("\n");
}

/** Every item's text is in the page, or the conversion reported an error naming a line of the input. */
function assertKept(source: string, levels: number): void {
  const r = rstToMarkdown(source);
  const html = md.render(r.markdown);
  const missing = Array.from({ length: levels }, (_, i) => `item${i + 1}x`).filter((t) => !html.includes(t));
  const errors = r.problems.filter((p) => p.level === "error");
  if (missing.length > 0) assert.ok(errors.length > 0 && errors.every((p) => p.line >= 1), `lost without an error: ${missing.join(" ")}`);
  assert.deepEqual(missing, [], `lost: ${missing.join(" ")}; reported: ${JSON.stringify(errors)}`);
}

test("issue 7.14: 60 nested bullet list levels keep every item in the rendered page", () => {
  assertKept(nestedList(60, () => "-"), 60);
});

test("issue 7.14: 60 nested enumerated list levels keep every item in the rendered page", () => {
  assertKept(nestedList(60, () => "1."), 60);
});

test("issue 7.14: nested block quotes and lists, at every depth up to the reader's limit, keep every item", () => {
  for (let levels = 1; levels <= 64; levels += 7) {
    assertKept(nestedList(levels, (i) => (i % 3 === 2 ? "#." : "*")), levels);
    const quotes = Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}item${i + 1}x\n`).join("\n");
    assertKept(quotes, levels);
  }
});
