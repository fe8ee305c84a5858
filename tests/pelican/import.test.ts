// `npm run import` on a small Pelican site written here: URL patterns, {filename}/{static}/{attach} links, drafts,
// settings and static files; then the imported content builds into a site whose every link resolves.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { before, describe, test } from "node:test";
import { importPelicanSite, type ImportSummary } from "../../src/pelican/import.ts";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { findBrokenLinks } from "../helpers/links.ts";
import { buildInto, listFiles, temporaryDir, type BuiltSite } from "../helpers/site.ts";

const FILES: Record<string, string> = {
  "pelicanconf.py": [
    "SITENAME = 'Harbour Data Days'",
    "SITEURL = 'https://hdd.example.org/2024'",
    "TIMEZONE = 'Europe/Lisbon'",
    "MENUITEMS = (('News', 'news.html'), ('Schedule', 'schedule.html'))",
    "INDEX_SAVE_AS = 'news.html'",
    "ARTICLE_PATHS = ['posts']",
    "ARTICLE_URL = 'posts/{date:%Y}/{slug}/'",
    "ARTICLE_SAVE_AS = 'posts/{date:%Y}/{slug}/index.html'",
    "STATIC_PATHS = ['img']",
    "PLUGINS = [p for p in ()]",
    "",
  ].join("\n"),
  "content/pages/schedule.rst": [
    "========",
    "Schedule",
    "========",
    "",
    ":date: 2024-03-01 10:00",
    ":save_as: schedule.html",
    ":url: schedule.html",
    "",
    "Read the `welcome post <{filename}../posts/welcome.md>`__ first.",
    "",
    ".. image:: {static}/img/map.png",
    "   :alt: Venue map",
    "",
    "Talks",
    "=====",
    "",
    "Two rooms, one day.",
    "",
  ].join("\n"),
  "content/pages/about.rst": ["About us", "########", "", ":date: 2024-01-10", "", "We are *volunteers*.", ""].join("\n"),
  "content/posts/welcome.md": [
    "Title: Welcome aboard",
    "Date: 2024-02-14 09:30",
    "Category: News",
    "Tags: intro, harbour",
    "",
    "The [schedule]({filename}/pages/schedule.rst#talks) is out. See [our flyer]({attach}flyer.pdf).",
    "",
  ].join("\n"),
  "content/posts/draft.md": ["Title: Not yet", "Date: 2024-02-20", "Status: draft", "", "Soon.", ""].join("\n"),
  "content/posts/flyer.pdf": "%PDF-1.4 not really\n",
  "content/img/map.png": "not really a png\n",
};

function frontMatterOf(path: string) {
  const { data, body } = readFrontMatter(readFileSync(path, "utf8"));
  return { data, body };
}

describe("importPelicanSite", () => {
  let out: string;
  let summary: ImportSummary;
  let site: BuiltSite;
  before(async () => {
    const root = temporaryDir("pelican");
    const pelican = join(root, "pelican");
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(pelican, name)), { recursive: true });
      writeFileSync(join(pelican, name), text);
    }
    out = join(root, "content");
    summary = importPelicanSite(pelican, out);
    site = await buildInto({ input: out, pathPrefix: "/2024/", siteUrl: "https://hdd.example.org/2024" });
  });

  test("counts what it read and wrote, and reports the setting it could not read with its line", () => {
    assert.equal(summary.filesRead, 4);
    assert.equal(summary.pagesWritten, 5, "four sources and the article index at INDEX_SAVE_AS");
    assert.equal(summary.staticCopied, 2, "the static map and the attached flyer");
    const plugin = summary.warnings.find((w) => w.message.startsWith("PLUGINS"));
    assert.equal(plugin?.line, 10);
    assert.match(plugin?.file ?? "", /pelicanconf\.py$/);
  });

  test("a page keeps its :save_as:, title and date; its links point at the new URLs", () => {
    const { data, body } = frontMatterOf(join(out, "pages", "schedule.md"));
    assert.deepEqual(data, { layout: "page", title: "Schedule", date: "2024-03-01 10:00", permalink: "schedule.html" });
    assert.match(body, /\[welcome post\]\(\/posts\/2024\/welcome-aboard\/\)/);
    assert.match(body, /!\[Venue map\]\(\/img\/map\.png\)/);
  });

  test("a page without :save_as: follows PAGE_SAVE_AS with Pelican's slug", () => {
    assert.equal(frontMatterOf(join(out, "pages", "about.md")).data.permalink, "pages/about-us.html");
  });

  test("an article follows the dated patterns and keeps category and tags", () => {
    const { data, body } = frontMatterOf(join(out, "posts", "welcome.md"));
    assert.equal(data.permalink, "posts/2024/welcome-aboard/index.html");
    assert.equal(data.kind, "article");
    assert.equal(data.category, "News");
    assert.deepEqual(data.tags, ["intro", "harbour"]);
    assert.match(body, /\[schedule\]\(\/schedule\.html#talks\)/);
    assert.match(body, /\[our flyer\]\(\/posts\/flyer\.pdf\)/);
  });

  test("a draft is imported but not published", () => {
    const { data } = frontMatterOf(join(out, "posts", "draft.md"));
    assert.equal(data.permalink, false);
    assert.equal(data.pelicanStatus, "draft");
  });

  test("the settings file carries name, URL, zone and menu", () => {
    const settings = JSON.parse(readFileSync(join(out, "_data", "site.json"), "utf8"));
    assert.deepEqual(settings, {
      name: "Harbour Data Days",
      url: "https://hdd.example.org/2024",
      language: "en",
      timezone: "Europe/Lisbon",
      nav: [{ title: "News", url: "/news.html" }, { title: "Schedule", url: "/schedule.html" }],
    });
  });

  test("the imported content builds: pages where Pelican wrote them, the article index, every link resolving", () => {
    const files = site.files();
    for (const page of ["schedule.html", "pages/about-us.html", "posts/2024/welcome-aboard/index.html", "news.html", "img/map.png", "posts/flyer.pdf"]) {
      assert.ok(files.includes(page), page);
    }
    assert.ok(!files.some((f) => f.includes("not-yet")), "the draft is not published");
    assert.deepEqual(findBrokenLinks(site.dir, "/2024/", "https://hdd.example.org/2024/").broken, []);
    const news = site.document("news.html");
    assert.deepEqual(Array.from(news.querySelectorAll(".talk-list a"), (a) => a.textContent), ["Welcome aboard"]);
    const schedule = site.document("schedule.html");
    assert.equal(schedule.querySelector("main article img")?.getAttribute("src"), "/2024/img/map.png");
    assert.ok(schedule.getElementById("talks"), "the section id docutils gives");
  });

  test("the command line prints one summary and exits 0; a missing folder exits 1", () => {
    const target = join(temporaryDir("cli"), "content");
    const ok = spawnSync(process.execPath, ["--import", "tsx", "src/import.ts", join(dirname(out), "pelican"), "--output", target, "--quiet"], { encoding: "utf8" });
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /^Imported 4 files into .*: 5 pages written, 2 static files copied, 1 warning, in [\d.]+ s\n$/);
    const missing = spawnSync(process.execPath, ["--import", "tsx", "src/import.ts", "/nonexistent/site", "--output", target], { encoding: "utf8" });
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /\/nonexistent\/site is not a folder/);
  });
});

describe("issue 7.5: links in a Pelican site that leave its folder", () => {
  test("are skipped with a warning naming them; a link to a system folder or to nothing never aborts the import", () => {
    const root = temporaryDir("pelican-links");
    const pelican = join(root, "site");
    for (const [name, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(pelican, name)), { recursive: true });
      writeFileSync(join(pelican, name), text);
    }
    // Outside the site: a secret file and a folder of files that cannot all be read (a stand-in for /etc).
    writeFileSync(join(root, "secret.rst"), "Secret\n======\n\nThe builder's password.\n");
    mkdirSync(join(root, "system"));
    writeFileSync(join(root, "system", "passwd.rst"), "root\n====\n\nx:0:0\n");
    symlinkSync(join(root, "secret.rst"), join(pelican, "content", "pages", "leak.rst"));
    symlinkSync(join(root, "system"), join(pelican, "content", "img", "system"));
    symlinkSync(join(root, "nothing-here"), join(pelican, "content", "pages", "dangling.rst"));
    symlinkSync(join(pelican, "content", "pages"), join(pelican, "content", "img", "again"));
    symlinkSync(join(pelican, "content", "img", "map.png"), join(pelican, "content", "img", "plan.png"));
    const out = join(root, "content");
    const summary = importPelicanSite(pelican, out);
    const messages = summary.warnings.filter((w) => !w.file.endsWith("pelicanconf.py")).map((w) => `${w.file.slice(pelican.length + 1)}: ${w.message.replace(root, "ROOT")}`).sort();
    assert.deepEqual(messages, [
      "content/img/again: a link to pages, a folder imported under its own path: skipped",
      "content/img/system: a link to ROOT/system, outside the site's folder: skipped",
      "content/pages/dangling.rst: a link to nothing: skipped",
      "content/pages/leak.rst: a link to ROOT/secret.rst, outside the site's folder: skipped",
    ]);
    const written = listFiles(out).map((f) => f.slice(out.length + 1)).sort();
    assert.ok(!written.some((f) => /leak|passwd|system|again/.test(f)), written.join(", "));
    assert.ok(written.includes("img/plan.png"), "a link to a file inside the site is copied like the file");
    assert.equal(readFileSync(join(out, "img", "plan.png"), "utf8"), "not really a png\n");
  });
});
