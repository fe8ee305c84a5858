// Issue 10, item 1: pages and articles sharing a slug in two languages are imported where Pelican writes them
// (PAGE_SAVE_AS / PAGE_LANG_SAVE_AS, likewise for articles), with `lang` on each and hreflang links between them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { importPelicanSite, type ImportSummary } from "../../src/pelican/import.ts";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { findBrokenLinks } from "../helpers/links.ts";
import { pelicanOutput, pelicanRunSkipReason, writePelicanSite } from "../helpers/pelican.ts";
import { buildInto, type BuiltSite } from "../helpers/site.ts";

const SITE = {
  "pelicanconf.py": "SITENAME = 'Journées du code'\nSITEURL = 'https://jdc.example.org'\nTIMEZONE = 'Europe/Paris'\nDEFAULT_LANG = 'fr'\nPATH = 'content'\nARTICLE_PATHS = ['news']\n",
  "content/pages/a-propos.rst": "À propos\n########\n\n:slug: about\n\nNous sommes *bénévoles*.\n",
  "content/pages/about.rst": "About us\n########\n\n:slug: about\n:lang: en\n\nWe are *volunteers*.\n",
  "content/pages/plan.rst": "Accès\n#####\n\n:slug: plan\n\nLe métro, ligne B.\n",
  "content/news/bienvenue.rst": "Bienvenue\n#########\n\n:date: 2024-02-01 09:00\n:slug: welcome\n\nBonjour à toutes et à tous.\n",
  "content/news/welcome.md": "Title: Welcome\nDate: 2024-02-01 09:00\nSlug: welcome\nLang: en\n\nHello, everyone.\n",
};

describe("issue 10.1: translations", () => {
  let out: string;
  let summary: ImportSummary;
  let site: BuiltSite;
  let siteDir: string;
  before(async () => {
    const written = writePelicanSite("pelican-translations", SITE);
    siteDir = written.site;
    out = written.out;
    summary = importPelicanSite(siteDir, out);
    site = await buildInto({ input: out, siteUrl: "https://jdc.example.org" });
  });

  const data = (path: string) => readFrontMatter(readFileSync(join(out, path), "utf8")).data;

  test("each version is imported at Pelican's address for its language, with its lang, and no warning about the shared slug", () => {
    assert.deepEqual(summary.warnings.filter((w) => !w.file.endsWith("pelicanconf.py")), []);
    assert.deepEqual([data("pages/a-propos.md").permalink, data("pages/about.md").permalink], ["pages/about.html", "pages/about-en.html"]);
    assert.deepEqual([data("news/bienvenue.md").permalink, data("news/welcome.md").permalink], ["welcome.html", "welcome-en.html"]);
    assert.deepEqual([data("pages/a-propos.md").lang, data("pages/about.md").lang, data("news/welcome.md").lang], ["fr", "en", "en"]);
    assert.equal(data("pages/a-propos.md").translationKey, data("pages/about.md").translationKey);
    assert.equal(data("pages/plan.md").lang, undefined, "a page with no translation keeps the site's language");
  });

  test("Pelican itself writes the same addresses", { skip: pelicanRunSkipReason() }, () => {
    const written = pelicanOutput(siteDir);
    for (const path of ["pages/about.html", "pages/about-en.html", "welcome.html", "welcome-en.html", "pages/plan.html"]) assert.ok(written.includes(path), `${path} in ${written.join(", ")}`);
  });

  test("the build succeeds and every version is a page of its own, marked with its language", () => {
    const files = site.files();
    for (const path of ["pages/about.html", "pages/about-en.html", "welcome.html", "welcome-en.html"]) assert.ok(files.includes(path), path);
    const en = site.document("pages/about-en.html");
    assert.equal(en.querySelector("main article")?.getAttribute("lang"), "en");
    assert.match(en.querySelector("main article .prose")?.textContent ?? "", /We are volunteers\./);
    assert.equal(site.document("pages/about.html").querySelector("main article")?.getAttribute("lang"), "fr");
    assert.equal(site.document("pages/about.html").documentElement.getAttribute("lang"), "fr", "the page's frame is in the site's language");
  });

  test("each version links every version in its head (hreflang, absolute URLs) and the other ones on the page", () => {
    const alternates = (path: string) => Array.from(site.document(path).querySelectorAll('link[rel="alternate"][hreflang]'), (l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`);
    const both = ["fr https://jdc.example.org/pages/about.html", "en https://jdc.example.org/pages/about-en.html"];
    assert.deepEqual(alternates("pages/about.html"), both);
    assert.deepEqual(alternates("pages/about-en.html"), both);
    assert.deepEqual(alternates("pages/plan.html"), [], "no translation, no alternates");
    const visible = (path: string) => Array.from(site.document(path).querySelectorAll("main article header a[hreflang]"), (a) => `${a.getAttribute("lang")} ${a.getAttribute("href")} ${a.textContent}`);
    assert.deepEqual(visible("pages/about.html"), ["en /pages/about-en.html English"]);
    assert.deepEqual(visible("welcome-en.html"), ["fr /welcome.html français"]);
  });

  test("the articles listing shows the version in the site's language, as Pelican's index does", () => {
    assert.deepEqual(Array.from(site.document("index.html").querySelectorAll(".talk-list a"), (a) => a.getAttribute("href")), ["/welcome.html"]);
  });

  test("every internal link resolves", () => {
    assert.deepEqual(findBrokenLinks(site.dir, "/", "https://jdc.example.org/").broken, []);
  });
});
