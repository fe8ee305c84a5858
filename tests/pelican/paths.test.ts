// Issue 10, item 2: PATH, PAGE_PATHS, ARTICLE_PATHS, STATIC_PATHS and the _EXCLUDES decide what is a page, an article
// and a static file as Pelican's generators do; a file Pelican writes at two addresses is at both.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { importPelicanSite, type ImportSummary } from "../../src/pelican/import.ts";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { findBrokenLinks } from "../helpers/links.ts";
import { pelicanOutput, pelicanRunSkipReason, writePelicanSite } from "../helpers/pelican.ts";
import { buildInto, listFiles, type BuiltSite } from "../helpers/site.ts";

const SITE = {
  "pelicanconf.py": [
    "SITENAME = 'Dock Days'",
    "SITEURL = 'https://dock.example.org'",
    "TIMEZONE = 'Europe/Amsterdam'",
    "PATH = 'sources/'",
    "ARTICLE_PATHS = ['blog', 'talks']",
    "ARTICLE_EXCLUDES = ['blog/old']",
    "PAGE_PATHS = ['pages', 'talks']",
    "PAGE_EXCLUDES = ['pages/drafts']",
    "STATIC_PATHS = ['images', 'downloads']",
    "",
  ].join("\n"),
  "sources/pages/venue.rst": "Venue\n#####\n\nThe old harbour shed. See the `keynote <{filename}../talks/keynote.rst>`_.\n",
  "sources/pages/drafts/idea.rst": "Idea\n####\n\nNot ready.\n",
  "sources/blog/hello.rst": "Hello\n#####\n\n:date: 2024-05-01\n\nWe are back.\n",
  "sources/blog/old/ancient.rst": "Ancient\n#######\n\n:date: 2010-05-01\n\nLong ago.\n",
  "sources/talks/keynote.rst": "Keynote\n#######\n\n:date: 2024-06-01 09:00\n\nOpening words.\n",
  "sources/images/README.md": "# Images\n\nLogos go here.\n",
  "sources/images/logo.png": "not really a png\n",
  "sources/downloads/README.md": "Slides of every talk, as PDF.\n",
  "sources/downloads/slides.pdf": "%PDF-1.4 not really\n",
  "sources/notes/todo.rst": "Todo\n####\n\nBuy rope.\n",
  "content/pages/decoy.rst": "Decoy\n#####\n\nPATH points elsewhere: this is not the content.\n",
};

describe("issue 10.2: which files are pages, articles and static files", () => {
  let out: string;
  let summary: ImportSummary;
  let site: BuiltSite;
  let siteDir: string;
  before(async () => {
    const written = writePelicanSite("pelican-paths", SITE);
    siteDir = written.site;
    out = written.out;
    summary = importPelicanSite(siteDir, out);
    site = await buildInto({ input: out, siteUrl: "https://dock.example.org" });
  });

  const imported = () => listFiles(out).map((f) => f.slice(out.length + 1)).sort();

  test("PATH names the content folder; the excluded folders and a folder in no *_PATHS are not read", () => {
    assert.deepEqual(summary.warnings.filter((w) => !w.file.endsWith("pelicanconf.py")), []);
    const files = imported();
    for (const absent of ["pages/decoy.md", "pages/drafts/idea.md", "blog/old/ancient.md", "notes/todo.md"]) assert.ok(!files.includes(absent), absent);
  });

  test("a README.md in a STATIC_PATHS folder is copied as it is and listed for the build to publish, not turned into a page", () => {
    assert.equal(readFileSync(join(out, "downloads", "README.md"), "utf8"), SITE["sources/downloads/README.md"]);
    assert.deepEqual(JSON.parse(readFileSync(join(out, "_data", "site.json"), "utf8")).staticFiles, ["downloads/README.md", "images/README.md"]);
    assert.equal(site.read("downloads/README.md"), SITE["sources/downloads/README.md"]);
    assert.equal(site.read("images/README.md"), SITE["sources/images/README.md"]);
    assert.ok(site.files().includes("downloads/slides.pdf"));
  });

  test("a folder in both PAGE_PATHS and ARTICLE_PATHS gives a page and an article, each at its address", () => {
    const article = readFrontMatter(readFileSync(join(out, "talks", "keynote.md"), "utf8")).data;
    const page = readFrontMatter(readFileSync(join(out, "talks", "keynote.page.md"), "utf8")).data;
    assert.deepEqual([article.kind, article.permalink], ["article", "keynote.html"]);
    assert.deepEqual([page.kind, page.permalink], [undefined, "pages/keynote.html"]);
    for (const path of ["keynote.html", "pages/keynote.html", "hello.html", "pages/venue.html"]) assert.ok(site.files().includes(path), path);
    assert.equal(site.document("pages/venue.html").querySelector("main .prose a")?.getAttribute("href"), "/pages/keynote.html", "{filename} goes to the page, which Pelican records last");
  });

  test("Pelican itself writes the same files", { skip: pelicanRunSkipReason() }, () => {
    const written = pelicanOutput(siteDir, "sources");
    for (const path of ["pages/venue.html", "hello.html", "keynote.html", "pages/keynote.html", "images/README.md", "downloads/README.md", "downloads/slides.pdf", "images/logo.png"]) assert.ok(written.includes(path), path);
    for (const path of ["pages/idea.html", "ancient.html", "todo.html", "pages/decoy.html", "pages/readme.html", "readme.html"]) assert.ok(!written.includes(path), path);
  });

  test("every internal link resolves", () => {
    assert.deepEqual(findBrokenLinks(site.dir, "/", "https://dock.example.org/").broken, []);
  });
});

describe("static files placed by EXTRA_PATH_METADATA", () => {
  const FILES = {
    "pelicanconf.py": [
      "SITENAME = 'Folder Paths'",
      "SITEURL = 'https://folders.example.org'",
      "TIMEZONE = 'UTC'",
      "STATIC_PATHS = ['extra']",
      "EXTRA_PATH_METADATA = {'extra/front_img': {'path': './front_img/'}, 'extra/_redirects': {'path': '_redirects'}, 'extra/up': {'path': '../../up/'}}",
      "",
    ].join("\n"),
    "content/pages/about.rst": "About\n#####\n\nThe front images.\n",
    "content/extra/front_img/a.png": "not really a png\n",
    "content/extra/front_img/b.png": "not really a png either\n",
    "content/extra/_redirects": "/* https://elsewhere.example.net/ 302\n",
    "content/extra/up/escape.png": "not really a png\n",
  };

  test("a folder mapped to a path ending in / puts each file into it under its own name, as Pelican does; the host's _redirects is not copied", async () => {
    const { site, out } = writePelicanSite("pelican-folder-path", FILES);
    const summary = importPelicanSite(site, out);
    const files = listFiles(out).map((f) => f.slice(out.length + 1)).sort();
    assert.ok(files.includes("front_img/a.png") && files.includes("front_img/b.png"), files.join(", "));
    assert.ok(!files.includes("_redirects"), "no redirects for the whole site from imported content");
    assert.ok(!existsSync(join(out, "..", "..", "up")) && !files.some((f) => f.endsWith("escape.png")), "a folder path leaving the site copies nothing");
    assert.ok(summary.warnings.some((w) => w.file.endsWith("escape.png") && /outside the site/.test(w.message)), JSON.stringify(summary.warnings));
    assert.ok(summary.warnings.some((w) => w.file.endsWith("_redirects") && /host's own settings/.test(w.message)), JSON.stringify(summary.warnings));
    const built = await buildInto({ input: out, siteUrl: "https://folders.example.org" });
    assert.ok(built.files().includes("front_img/a.png"));
  });

  test("Pelican itself writes the images there", { skip: pelicanRunSkipReason() }, () => {
    // Without the mapping that leaves the site: Pelican would write it outside its output folder.
    const { "content/extra/up/escape.png": _escape, ...files } = FILES;
    files["pelicanconf.py"] = files["pelicanconf.py"].replace(", 'extra/up': {'path': '../../up/'}", "");
    const { site } = writePelicanSite("pelican-folder-path-ref", files);
    const written = pelicanOutput(site);
    assert.ok(written.includes("front_img/a.png") && written.includes("front_img/b.png"), written.join(", "));
  });
});
