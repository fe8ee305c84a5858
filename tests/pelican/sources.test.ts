// Issue 10, found on real sites: an HTML page Pelican reads (<title>, <meta>, <body>), a TEMPLATE_PAGES template that
// cannot be imported, an Illustrator SVG whose entities the build would refuse, and menus written as SITEURL + '/x.html'
// or leading to a page of Pelican's theme.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { importPelicanSite, type ImportSummary } from "../../src/pelican/import.ts";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { pelicanOutput, pelicanRunSkipReason, writePelicanSite } from "../helpers/pelican.ts";
import { buildInto, type BuiltSite } from "../helpers/site.ts";

const SVG = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [',
  '\t<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">',
  '\t<!ENTITY ns_svg "http://www.w3.org/2000/svg">',
  "]>",
  '<svg xmlns:x="&ns_extend;" xmlns="&ns_svg;" viewBox="0 0 2 2"><rect width="2" height="2"/></svg>',
  "",
].join("\n");

const SITE = {
  "pelicanconf.py": [
    "SITENAME = 'Canal Conf'",
    "SITEURL = 'https://canal.example.org'",
    "TIMEZONE = 'Europe/Paris'",
    "PATH = 'content'",
    "MENUITEMS = (('Programme', SITEURL + '/programme.html'), ('Home', SITEURL), ('Archives', 'archives.html'))",
    "TEMPLATE_PAGES = {'pages/grid.html': 'grid.html'}",
    "",
  ].join("\n"),
  "content/pages/home.html": '<html>\n<head>\n<title>Welcome aboard</title>\n<meta name="save_as" content="index.html" />\n<meta name="keywords" content="canal, boats" />\n</head>\n<body>\n<section>\n<p>Three days on the <a href="{filename}/pages/programme.rst">canal</a>.</p>\n\n<p>Free entry.</p>\n</section>\n</body>\n</html>\n',
  "content/pages/programme.rst": "Programme\n#########\n\n:save_as: programme.html\n:url: programme.html\n\n.. image:: {static}/images/logo.svg\n   :alt: Canal Conf\n",
  "content/pages/grid.html": "{% extends 'base.html' %}\n{% block content %}<div id=\"grid\"></div>{% endblock %}\n",
  "content/images/logo.svg": SVG,
};

describe("issue 10: sources found on real sites", () => {
  let site: BuiltSite;
  let summary: ImportSummary;
  let out: string;
  let siteDir: string;
  before(async () => {
    const written = writePelicanSite("pelican-sources", SITE);
    ({ out, site: siteDir } = written);
    summary = importPelicanSite(siteDir, out);
    site = await buildInto({ input: out, siteUrl: "https://canal.example.org" });
  });

  test("an HTML page is imported with its <title>, its <meta> fields and its body, links rewritten", () => {
    const { data } = readFrontMatter(readFileSync(join(out, "pages", "home.md"), "utf8"));
    assert.deepEqual([data.title, data.permalink, data.tags], ["Welcome aboard", "index.html", ["canal", "boats"]]);
    const prose = site.document("index.html").querySelector("main .prose")!;
    assert.deepEqual(Array.from(prose.querySelectorAll("p"), (p) => p.textContent), ["Three days on the canal.", "Free entry."]);
    assert.equal(prose.querySelector("a")?.getAttribute("href"), "/programme.html");
  });

  test("a TEMPLATE_PAGES template is named in a warning, not imported as a page", () => {
    assert.deepEqual(summary.warnings.filter((w) => w.file.endsWith("grid.html")).map((w) => w.message), ["a TEMPLATE_PAGES template (Jinja, which Pelican renders to grid.html): templates are not imported"]);
    assert.ok(!site.files().some((f) => f.includes("grid")));
  });

  test("an SVG whose DOCTYPE declares plain-text entities is copied with them expanded, and the build accepts it", () => {
    const copied = site.read("images/logo.svg");
    assert.doesNotMatch(copied, /<!DOCTYPE|<!ENTITY|&ns_/);
    assert.match(copied, /<svg xmlns:x="http:\/\/ns\.adobe\.com\/Extensibility\/1\.0\/" xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  test("a menu written from SITEURL links from the site root; an entry for a page only Pelican's theme made is named", () => {
    assert.deepEqual(JSON.parse(readFileSync(join(out, "_data", "site.json"), "utf8")).nav, [{ title: "Programme", url: "/programme.html" }, { title: "Home", url: "/" }, { title: "Archives", url: "/archives.html" }]);
    assert.deepEqual(summary.warnings.filter((w) => w.message.startsWith("MENUITEMS")).map((w) => `${w.line}: ${w.message}`), [
      `5: MENUITEMS "Archives" links to /archives.html, which no imported page or file is written at (a page Pelican's theme makes?)`,
    ]);
  });

  test("Pelican writes the HTML page where we do", { skip: pelicanRunSkipReason() }, () => {
    const written = pelicanOutput(siteDir);
    assert.ok(written.includes("index.html") && written.includes("programme.html") && written.includes("grid.html"), written.join(", "));
  });
});
