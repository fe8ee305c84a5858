// Pelican markdown: metadata header, placeholder links in markdown and inline HTML, one <h1> per page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { demoteHeadings, readPelicanMarkdown, rewriteMarkdownLinks } from "../../src/pelican/markdownSource.ts";

test("metadata lines up to the first blank line, keys lower-cased, continuation lines joined", () => {
  const parsed = readPelicanMarkdown("Title: A post\nDate: 2020-01-02\nSummary: first line\n    and more\nTAGS: a, b\n\n\nBody here.\n");
  assert.deepEqual(parsed.fields, { title: "A post", date: "2020-01-02", summary: "first line and more", tags: "a, b" });
  assert.equal(parsed.body, "Body here.\n");
  assert.equal(parsed.bodyLine, 8);
});

test("issue 10: metadata between YAML-style --- lines, as Python-Markdown's meta extension reads it", () => {
  const parsed = readPelicanMarkdown("---\nTitle: Moving plugins\n  Date: 2021-02-15\n---\n\nSo you want to help.\n");
  assert.deepEqual(parsed.fields, { title: "Moving plugins", date: "2021-02-15" });
  assert.equal(parsed.body, "So you want to help.\n");
  assert.equal(parsed.bodyLine, 6);
});

test("a file without metadata is all body", () => {
  assert.deepEqual(readPelicanMarkdown("Just text: with a colon later\n"), { fields: {}, body: "Just text: with a colon later\n", bodyLine: 1 });
});

test("placeholders in links, reference definitions and HTML attributes are rewritten; unknown ones warn with their line", () => {
  const warnings: string[] = [];
  const body = "See [it]({filename}/a.rst#x) and ![m]({static}img/m.png).\n\n[ref]: {filename}b.md\n\n<a href=\"{attach}f.pdf\">f</a> [gone]({filename}nope.md)\n";
  const out = rewriteMarkdownLinks(body, (kind, target) => (target === "nope.md" ? undefined : `/${kind}/${target}`), (line, message) => warnings.push(`${line}: ${message}`), 10);
  assert.equal(out, "See [it](/filename//a.rst#x) and ![m](/static/img/m.png).\n\n[ref]: /filename/b.md\n\n<a href=\"/attach/f.pdf\">f</a> [gone]({filename}nope.md)\n");
  assert.deepEqual(warnings, ['14: Unresolved {filename} link "nope.md"; kept as written.']);
});

test("level-1 headings move down one level, with every other heading; code blocks are left alone", () => {
  assert.equal(demoteHeadings("# One\n\n```\n# code\n```\n\n## Two\n\nThree\n=====\n"), "## One\n\n```\n# code\n```\n\n### Two\n\n## Three\n");
  assert.equal(demoteHeadings("## Fine\n\nText\n---\n"), "## Fine\n\nText\n---\n", "no level-1 heading: untouched");
});
