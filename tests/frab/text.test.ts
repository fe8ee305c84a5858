// Imported text is data: an abstract, a title, a name or a type cannot add front matter fields, raw HTML, scripts,
// headings or links to a page, and shows on it exactly as the export wrote it.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { parseHTML } from "linkedom";
import { markdownText } from "../../src/frab/text.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { buildInto, publishedAsset, temporaryDir, type BuiltSite } from "../helpers/site.ts";
import { DATA_DAY_JSON, importInto, page } from "./helpers.ts";

/** Text a hostile or careless speaker might submit: every line would be markup if written into markdown as it is. */
const HOSTILE_LINES = [
  "---",
  "permalink: ../../etc/passwd",
  "layout: page",
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "# Heading {#owned}",
  "[click](javascript:alert(1)) and <https://example.org>",
  "    four spaces: code?",
  "| a | b |",
  "|---|---|",
  "&lt; &amp; &#60; *** ___ ~~~",
  "* a list item",
  "1. a numbered item",
  "2) another",
  "> a quote",
  "<!-- a comment -->",
  "`code` and ```fences```",
  "===",
  "C:\\path\\to\\file and a trailing backslash \\",
  "emphasis *like this* and _this_ and **this**",
];

describe("markdown that shows text as written", () => {
  const md = createMarkdownRenderer();
  const textOf = (html: string) => Array.from(parseHTML(`<div>${html}</div>`).document.querySelectorAll("p"), (p) => p.textContent);

  test("every hostile line renders as its own text, in one paragraph with line breaks, and nothing but <p> and <br>", () => {
    const html = md.render(markdownText(HOSTILE_LINES.join("\n")));
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    assert.deepEqual([...tags], ["p", "br"]);
    assert.deepEqual(textOf(html), [HOSTILE_LINES.map((line) => line.trim()).join("\n")]);
  });

  test("blank lines part paragraphs; control characters and indentation are dropped", () => {
    assert.deepEqual(textOf(md.render(markdownText("  One\u0007 line.\r\n\r\n\tTwo\nlines.\n\n\n"))), ["One line.", "Two\nlines."]);
  });
});

describe("a hostile export, imported and built", () => {
  let dir: string;
  let site: BuiltSite;
  before(async () => {
    const doc = JSON.parse(readFileSync(DATA_DAY_JSON, "utf8"));
    const event = doc.schedule.conference.days[0].rooms["Sala 1"][0];
    event.title = 'Pandas\n---\nstatus: cancelled\npermalink: "index.html"';
    event.type = "<b>Panel</b>";
    event.subtitle = "*not emphasis* <i>nor this</i>";
    event.abstract = HOSTILE_LINES.join("\n");
    event.description = "<script>document.write('x')</script>";
    event.persons[0].name = "<script>alert('name')</script>";
    event.persons[0].biography = "<img src=x onerror=alert(1)>";
    const path = join(temporaryDir("hostile"), "schedule.json");
    writeFileSync(path, JSON.stringify(doc));
    dir = importInto(path).dir;
    site = await buildInto({ input: dir });
  });

  test("front matter holds only the importer's fields; the title is one line of text", () => {
    const { data } = page(dir, "talk/pandas-status-cancelled-permalink-index-html.md");
    assert.deepEqual(Object.keys(data), ["layout", "title", "date", "type", "start", "duration", "room", "language", "speakers", "slides"]);
    assert.equal(data.title, 'Pandas --- status: cancelled permalink: "index.html"');
    assert.equal(data.type, "<b>Panel</b>");
  });

  test("the page shows every line as written and runs nothing", () => {
    const html = site.read("talk/pandas-status-cancelled-permalink-index-html/index.html");
    const doc = site.document("talk/pandas-status-cancelled-permalink-index-html/index.html");
    // The one script is the site's own local-time script, never one from the export.
    assert.deepEqual(Array.from(doc.querySelectorAll("script:not([type='application/ld+json'])"), (s) => s.getAttribute("src")), [`/${publishedAsset("js/local-time.js")}`]);
    assert.equal(doc.querySelector("main img, .prose i, .prose b, .prose h1, .prose h2:not(#links), .prose table, .prose pre, .prose blockquote, .prose ul:not(:last-child) "), null);
    assert.ok(!/javascript:alert/.test(Array.from(doc.querySelectorAll("a"), (a) => a.getAttribute("href")).join(" ")));
    const paragraphs = Array.from(doc.querySelectorAll(".prose p"), (p) => p.textContent);
    assert.deepEqual(paragraphs, ["*not emphasis* <i>nor this</i>", HOSTILE_LINES.map((l) => l.trim()).join("\n"), "<script>document.write('x')</script>"]);
    assert.equal(doc.querySelector("h1")?.textContent, 'Pandas --- status: cancelled permalink: "index.html"');
    assert.equal(doc.querySelector(".kind")?.textContent, "<b>Panel</b>");
    assert.ok(html.includes("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;") || html.includes("&lt;script&gt;alert('name')&lt;/script&gt;"));
  });

  test("the speaker's page shows the name and biography as text", () => {
    const doc = site.document("speakers/script-alert-name-script.html");
    assert.equal(doc.querySelector("h1")?.textContent, "<script>alert('name')</script>");
    assert.equal(doc.querySelector("main img"), null);
  });
});
