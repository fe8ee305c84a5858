// The markdown every page body goes through: docutils-style heading ids, explicit {#id}s, visible permalinks.
import assert from "node:assert/strict";
import { test } from "node:test";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { docutilsId } from "../../src/markdown/slugify.ts";

const md = createMarkdownRenderer();

test("heading ids are made as docutils makes them", () => {
  assert.equal(docutilsId("Talk Description"), "talk-description");
  assert.equal(docutilsId("2020: Ça va, Zoë?"), "ca-va-zoe");
  assert.equal(docutilsId("Straße & Søren"), "strasze-soren");
  assert.equal(docutilsId("***"), "");
  const html = md.render("## Talk Description\n\n## Talk Description\n");
  assert.match(html, /<h2 id="talk-description"/);
  assert.match(html, /<h2 id="talk-description-1"/);
});

test("a trailing {#id} sets the heading's id and is not shown", () => {
  const html = md.render("## Moving *on* {#moving-on-1}\n");
  assert.match(html, /<h2 id="moving-on-1" tabindex="-1">Moving <em>on<\/em><\/h2>/);
  assert.match(html, /href="#moving-on-1" aria-label="Permalink to “Moving on”"/);
});

test("braces that are not an id stay text, in headings and in paragraphs", () => {
  assert.match(md.render("## Sets {a, b}\n"), /<h2 id="sets-a-b" tabindex="-1">Sets \{a, b\}<\/h2>/);
  assert.equal(md.render("Use {#id} in text.\n"), "<p>Use {#id} in text.</p>\n");
});

test("the document title is not a body heading: h1 in markdown gets no permalink", () => {
  assert.equal(md.render("# Title\n"), "<h1>Title</h1>\n");
});

test("table header cells carry scope=col", () => {
  assert.match(md.render("| a | b |\n|---|---|\n| 1 | 2 |\n"), /<th scope="col">a<\/th>\s*<th scope="col">b<\/th>/);
});
