// Issue 10, items 5 to 7 through the importer and the build: class:: keeps its content, target names link as in
// docutils, and a plugin's directive (html::, unknown here) stays visible with a warning naming file and line.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { importPelicanSite, type ImportSummary } from "../../src/pelican/import.ts";
import { writePelicanSite } from "../helpers/pelican.ts";
import { buildInto, type BuiltSite } from "../helpers/site.ts";

const PAGE = [
  "Contact",
  "#######",
  "",
  ".. class:: highlight",
  "",
  "   Doors open at nine.",
  "",
  "Write to `board@example.org`_. Mirror: `http://example.org/pub/`_. Read the `signup page`_.",
  "Slides: `slides <talk-slides_>`_, and again `slides <talk-slides_>`_.",
  "",
  ".. _`board@example.org` : mailto:board@example.org",
  ".. _http\\://example.org/pub/: http://mirror.example.net/pub/",
  ".. _signup page:",
  ".. _Registration: https://example.org/register",
  ".. _talk-slides: https://example.org/slides.pdf",
  "",
  ".. html::",
  "",
  "   <b>Sponsors welcome</b>",
  "",
  "The end.",
  "",
].join("\n");

describe("issue 10.5-10.7: class::, target names and plugin directives on an imported page", () => {
  let summary: ImportSummary;
  let site: BuiltSite;
  before(async () => {
    const written = writePelicanSite("pelican-directives", {
      "pelicanconf.py": "SITENAME = 'Pier Days'\nSITEURL = 'https://pier.example.org'\nTIMEZONE = 'UTC'\n",
      "content/pages/contact.rst": PAGE,
    });
    summary = importPelicanSite(written.site, written.out);
    site = await buildInto({ input: written.out, siteUrl: "https://pier.example.org" });
  });

  test("class:: with content keeps the content, with the class on it", () => {
    assert.equal(site.document("pages/contact.html").querySelector("main .prose p.highlight")?.textContent, "Doors open at nine.");
  });

  test("the target names link where docutils links them, and the repeated alias raises no warning", () => {
    const links = Array.from(site.document("pages/contact.html").querySelectorAll("main .prose a"), (a) => `${a.textContent} ${a.getAttribute("href")}`);
    assert.deepEqual(links, [
      "board@example.org mailto:board@example.org",
      "http://example.org/pub/ http://mirror.example.net/pub/",
      "signup page https://example.org/register",
      "slides https://example.org/slides.pdf",
      "slides https://example.org/slides.pdf",
    ]);
    assert.ok(!summary.warnings.some((w) => /Duplicate|Unknown target/.test(w.message)), summary.warnings.map((w) => w.message).join("\n"));
  });

  test("the html:: plugin directive stays visible on the page, with a warning naming the file and its line", () => {
    const contact = summary.warnings.filter((w) => w.file.endsWith("contact.rst")).map((w) => `${w.line}: ${w.message}`);
    assert.deepEqual(contact, ['17: Unknown directive type "html".']);
    const prose = site.document("pages/contact.html").querySelector("main .prose")!;
    assert.match(prose.querySelector("pre")?.textContent ?? "", /\.\. html::\n\n {3}<b>Sponsors welcome<\/b>/);
    assert.equal(prose.querySelector("b"), null, "shown as text, not run as HTML");
    assert.match(prose.textContent ?? "", /The end\./);
  });
});
