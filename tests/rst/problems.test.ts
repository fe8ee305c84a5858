// Problems are collected with level and line, as docutils' Reporter reports them, and bad input never stops the conversion.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rstToMarkdown, type RstProblem } from "../../src/rst/index.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";

function problems(source: string): RstProblem[] {
  return rstToMarkdown(source).problems.filter((p) => p.level !== "info");
}

test("unknown directive: error on its line, its text visible on the page", () => {
  const r = rstToMarkdown("Para.\n\n.. frobnicate:: x\n\n   body text\n\nAfter.\n");
  assert.deepEqual(r.problems, [{ level: "error", line: 3, message: 'Unknown directive type "frobnicate".' }]);
  const html = createMarkdownRenderer().render(r.markdown).replace(/<!--[^]*?-->/g, "");
  assert.match(html, /<pre[^>]*><code[^>]*>\.\. frobnicate:: x\n\n   body text\n<\/code><\/pre>/);
  assert.match(html, /<p>After\.<\/p>/);
});

test("issue 10: embedded aliases repeated, or one name aliasing two targets, are no duplicate names (docutils notes them as indirect targets only)", () => {
  const r = rstToMarkdown("`slides <one_>`_ and `slides <one_>`_, then `slides <two_>`_; plain slides_.\n\n.. _one: https://x.example/1\n.. _two: https://x.example/2\n");
  assert.deepEqual(problems("`slides <one_>`_ and `slides <one_>`_, then `slides <two_>`_; plain slides_.\n\n.. _one: https://x.example/1\n.. _two: https://x.example/2\n"), []);
  assert.equal(r.markdown, "[slides](https://x.example/1) and [slides](https://x.example/1), then [slides](https://x.example/2); plain [slides](https://x.example/1).\n");
});

test("unclosed inline markup warns like docutils and keeps the text", () => {
  assert.deepEqual(problems("Line one\nhas *emphasis and ``literal\n"), [
    { level: "warning", line: 2, message: "Inline emphasis start-string without end-string." },
    { level: "warning", line: 2, message: "Inline literal start-string without end-string." },
  ]);
  assert.deepEqual(problems("a **b\n"), [{ level: "warning", line: 1, message: "Inline strong start-string without end-string." }]);
  assert.deepEqual(problems("a `b\n"), [{ level: "warning", line: 1, message: "Inline interpreted text or phrase reference start-string without end-string." }]);
  assert.deepEqual(problems("a |b\n"), [{ level: "warning", line: 1, message: "Inline substitution_reference start-string without end-string." }]);
});

test("unknown role and unknown target name are errors", () => {
  assert.deepEqual(problems("See :ref:`x` here.\n"), [{ level: "error", line: 1, message: 'Unknown interpreted text role "ref".' }]);
  const r = rstToMarkdown("Text\n\nSee nowhere_ now.\n");
  assert.deepEqual(r.problems, [{ level: "error", line: 3, message: 'Unknown target name: "nowhere".' }]);
  assert.equal(r.markdown, "Text\n\nSee nowhere now.\n");
});

test("anonymous hyperlink mismatch is reported", () => {
  assert.deepEqual(problems("a__ and b__\n\n__ https://a/\n"), [
    { level: "error", line: 1, message: "Anonymous hyperlink mismatch: 2 references but 1 targets." },
  ]);
});

test("title underline too short warns; very short underline is text", () => {
  assert.deepEqual(problems("Long title\n=====\n\nText.\n"), [{ level: "warning", line: 2, message: "Title underline too short." }]);
  const r = rstToMarkdown("Long title\n===\n");
  assert.equal(r.markdown, "Long title\n\\===\n");
});

test("literal block expected but missing", () => {
  assert.deepEqual(problems("Para::\n\nNot indented.\n"), [{ level: "warning", line: 3, message: "Literal block expected; none found." }]);
});

test("list ending without a blank line warns", () => {
  assert.deepEqual(problems("- item\nnot indented\n"), [
    { level: "warning", line: 2, message: "Bullet list ends without a blank line; unexpected unindent." },
  ]);
});

test("unexpected indentation in a paragraph is an error", () => {
  assert.deepEqual(problems("Para\nline\n   indented\n"), [{ level: "error", line: 3, message: "Unexpected indentation." }]);
});

test("undefined substitution", () => {
  const r = rstToMarkdown("Hello |who|.\n");
  assert.deepEqual(r.problems, [{ level: "error", line: 1, message: 'Undefined substitution referenced: "who".' }]);
  assert.equal(r.markdown, "Hello \\|who\\|.\n");
});

test("unresolved Pelican link: warning, link kept as written", () => {
  const r = rstToMarkdown("`x <{filename}/a.rst>`__\n", { resolveLink: () => undefined });
  assert.deepEqual(r.problems, [{ level: "warning", line: 1, message: 'Unresolved {filename} link "/a.rst"; kept as written.' }]);
  assert.equal(r.markdown, "[x]({filename}/a.rst)\n");
});

test("section title inside a list is an error, text kept", () => {
  const r = rstToMarkdown("- Title\n  =====\n");
  assert.deepEqual(r.problems.filter((p) => p.level === "error"), [{ level: "error", line: 1, message: "Unexpected section title." }]);
  assert.match(r.markdown, /Title/);
});
