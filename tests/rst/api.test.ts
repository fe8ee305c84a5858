// The public API: title and subtitle, docinfo fields as raw strings, Pelican links through resolveLink.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rstToMarkdown } from "../../src/rst/index.ts";

const page = `=========================
Talk: *Fast* Arrays
=========================

:date: 2020-01-06 21:09
:url: talk/arrays.html
:save_as: talk/arrays.html
:tags: numpy, arrays
:summary: A talk about
   arrays.
:custom-field: kept

Abstract
========

See the \`venue <{filename}/pages/venue.rst#room>\`__ and the
\`tag <{tag}numpy>\`__.

.. image:: {static}/images/a.png
   :alt: A
`;

test("title, fields and body", () => {
  const r = rstToMarkdown(page);
  assert.equal(r.title, "Talk: Fast Arrays");
  assert.equal(r.subtitle, undefined);
  assert.deepEqual(r.fields, {
    date: "2020-01-06 21:09", url: "talk/arrays.html", save_as: "talk/arrays.html", tags: "numpy, arrays",
    summary: "A talk about\narrays.", "custom-field": "kept",
  });
  assert.match(r.markdown, /^## Abstract\n/);
  assert.ok(r.markdown.endsWith("\n") && !r.markdown.endsWith("\n\n"));
});

test("resolveLink rewrites Pelican placeholders, fragments kept", () => {
  const seen: string[] = [];
  const r = rstToMarkdown(page, {
    resolveLink: (kind, target) => {
      seen.push(`${kind}:${target}`);
      return kind === "filename" ? `/new/${target.replace(/^\//, "").replace(/\.rst$/, "/")}` : kind === "static" ? `/static${target}` : kind === "tag" ? `/tags/${target}/` : undefined;
    },
  });
  assert.deepEqual(seen.sort(), ["filename:/pages/venue.rst", "static:/images/a.png", "tag:numpy"]);
  assert.match(r.markdown, /\[venue\]\(\/new\/pages\/venue\/#room\)/);
  assert.match(r.markdown, /\[tag\]\(\/tags\/numpy\/\)/);
  assert.match(r.markdown, /!\[A\]\(\/static\/images\/a\.png\)/);
  assert.deepEqual(r.problems.filter((p) => p.level !== "info"), []);
});

test("old-style |filename| links in URIs", () => {
  const r = rstToMarkdown("`x <|filename|/a.rst>`__\n", { resolveLink: (kind, t) => (kind === "filename" ? `/x${t}` : undefined) });
  assert.equal(r.markdown, "[x](/x/a.rst)\n");
});

test("empty document", () => {
  assert.deepEqual(rstToMarkdown(""), { fields: {}, markdown: "", problems: [] });
});

test("Pelican placeholders inside raw HTML attributes are resolved too", () => {
  const r = rstToMarkdown('.. raw:: html\n\n   <a href="{filename}/pages/b.rst">B</a> <img src=\'{static}/i.png\'>\n', {
    resolveLink: (kind, target) => `/${kind}${target}`,
  });
  assert.equal(r.markdown, '<div class="raw-html">\n<a href="/filename/pages/b.rst">B</a> <img src=\'/static/i.png\'>\n</div>\n');
});
