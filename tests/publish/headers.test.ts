// Issue 12: what static hosts are told. Hashed files are cached for a year and change name when (and only when) their
// bytes change; everything else is revalidated; the security headers and a Content-Security-Policy that allows what the
// pages load and nothing more cover every path; robots.txt and every page name the sitemap.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { PublicAssets } from "../../src/model/assets.ts";
import { headersFor, parseHeaders } from "../../src/preview/headers.ts";
import { buildInto, copyContent, editJson, publishedAsset, temporaryDir, writeInto, type BuiltSite } from "../helpers/site.ts";

const DEFAULT_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

function policyOf(site: BuiltSite, path: string): string | undefined {
  return new Map(headersFor(parseHeaders(site.read("_headers")), path).map(([name, value]) => [name.toLowerCase(), value])).get("content-security-policy");
}

describe("the default site's _headers", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildInto({ pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
  });

  test("pages link the project's files under hashed names in /_assets/", () => {
    const doc = site.document("talk/moving.html");
    assert.equal(doc.querySelector('link[rel="stylesheet"]')?.getAttribute("href"), `/2020/${publishedAsset("css/site.css")}`);
    assert.equal(doc.querySelector('link[rel="icon"]')?.getAttribute("href"), `/2020/${publishedAsset("favicon.svg")}`);
    assert.equal(doc.querySelector("script[src]")?.getAttribute("src"), `/2020/${publishedAsset("js/local-time.js")}`);
    assert.match(site.document("program.html").querySelectorAll('link[rel="stylesheet"]')[1]?.getAttribute("href") ?? "", /^\/2020\/_assets\/program\.[0-9a-f]{12}\.css$/);
    assert.ok(!site.files().some((file) => file.startsWith("css/") || file.startsWith("js/") || file === "favicon.svg"), "no unhashed copies");
  });

  test("every file is cached by exactly one rule: a year for /_assets/, revalidation for the rest", () => {
    const rules = parseHeaders(site.read("_headers"));
    for (const file of site.files().filter((f) => f !== "_headers" && f !== ".nojekyll")) {
      const caching = headersFor(rules, `/2020/${file}`).filter(([name]) => name.toLowerCase() === "cache-control").map(([, value]) => value);
      const expected = file.startsWith("_assets/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
      assert.deepEqual(caching, [expected], file);
    }
    const home = headersFor(rules, "/2020/").filter(([name]) => name === "Cache-Control");
    assert.deepEqual(home, [["Cache-Control", "public, max-age=0, must-revalidate"]], "the home page asked for as its folder");
  });

  test("every path gets the security headers, and the policy allows the site's own CSS, script and icon only", () => {
    for (const path of ["/2020/talk/moving.html", "/2020/", "/2020/_assets/x.css", "/2020/no-such-page.html"]) {
      const headers = new Map(headersFor(parseHeaders(site.read("_headers")), path));
      assert.equal(headers.get("X-Content-Type-Options"), "nosniff", path);
      assert.equal(headers.get("Referrer-Policy"), "strict-origin-when-cross-origin", path);
      assert.equal(headers.get("Content-Security-Policy"), DEFAULT_POLICY, path);
    }
  });

  test("robots.txt and every page name the sitemap", () => {
    assert.equal(site.read("robots.txt"), "User-agent: *\nDisallow:\n\nSitemap: https://conf.sciwork.dev/2020/sitemap.xml\n");
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      assert.equal(site.document(file).querySelector('link[rel="sitemap"]')?.getAttribute("href"), "/2020/sitemap.xml", file);
    }
    assert.equal(site.read(".nojekyll"), "", "a GitHub Pages branch publishes /_assets/ too");
  });
});

describe("the policy follows what the content loads", () => {
  test("images, frames, media, inline styles and forms from content add exactly their sources", async () => {
    const { input } = copyContent("csp-content", (dir) => {
      writeInto(dir, "talk/moving.md", `${readFileSync(join(dir, "talk/moving.md"), "utf8")}\n![Map](https://maps.example.org/tile.png)\n\n<iframe title="Video" src="https://video.example.net/embed/1"></iframe>\n\n<video src="//media.example.com/v.mp4"></video> <img alt="" src="data:image/png;base64,AAAA">\n\n<p style="color: red">Red.</p>\n\n<form action="https://forms.example.org/send"><button>Send</button></form>\n`);
    });
    const site = await buildInto({ input });
    assert.equal(
      policyOf(site, "/talk/moving.html"),
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https://maps.example.org; media-src media.example.com; frame-src https://video.example.net; form-action https://forms.example.org; base-uri 'none'; frame-ancestors 'none'",
    );
  });

  test("without the local-time script the policy allows no script at all; an unpublished page adds nothing", async () => {
    const { input } = copyContent("csp-noscript", (dir) => {
      editJson(join(dir, "_data/site.json"), (site) => void (site.localTime = false));
      writeInto(dir, "draft.md", "---\ntitle: Draft\npermalink: false\n---\n\n![x](https://tracker.example.org/p.gif)\n");
    });
    const site = await buildInto({ input });
    assert.equal(policyOf(site, "/talk/moving.html"), "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'");
  });

  test("a site that allows scripts gets its pages' scripts allowed, and a content robots.txt is kept", async () => {
    const { input } = copyContent("csp-scripts", (dir) => {
      editJson(join(dir, "_data/site.json"), (site) => void (site.allowScripts = true));
      writeInto(dir, "widget.md", '---\ntitle: Widget\n---\n\n<script src="https://cdn.example.org/w.js"></script>\n\n<button onclick="go()">Go</button>\n');
      writeInto(dir, "robots.txt", "User-agent: *\nDisallow: /drafts/\n");
    });
    const site = await buildInto({ input });
    assert.match(policyOf(site, "/widget/") ?? "", /script-src 'self' 'unsafe-inline' https:\/\/cdn\.example\.org;/);
    assert.equal(site.read("robots.txt"), "User-agent: *\nDisallow: /drafts/\n");
  });
});

describe("hashed names", () => {
  test("a file's name changes when its bytes change, and only then", () => {
    const dir = temporaryDir("public");
    mkdirSync(join(dir, "css"));
    writeFileSync(join(dir, "css", "site.css"), "body { color: black; }\n");
    writeFileSync(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    const assets = new PublicAssets(dir);
    const first = new Map(assets.list().map((a) => [a.name, a.to]));
    assert.match(first.get("css/site.css")!, /^_assets\/site\.[0-9a-f]{12}\.css$/);
    assert.deepEqual(new Map(new PublicAssets(dir).list().map((a) => [a.name, a.to])), first, "the same bytes, the same names");
    writeFileSync(join(dir, "css", "site.css"), "body { color: navy; }\n");
    const second = new Map(assets.list().map((a) => [a.name, a.to]));
    assert.notEqual(second.get("css/site.css"), first.get("css/site.css"));
    assert.equal(second.get("favicon.svg"), first.get("favicon.svg"), "an unchanged file keeps its name");
  });

  test("the program's stylesheet is renamed when the program's grid changes, and the site's stylesheet is not", async () => {
    const before = await buildInto();
    const { input } = copyContent("hash-program", (dir) => {
      // A fifth room makes a fifth column.
      editJson(join(dir, "_data/event.json"), (event) => void (event.rooms as object[]).push({ id: "r999", name: "Room 999" }));
      writeInto(dir, "talk/extra.md", "---\nlayout: talk\ntitle: Extra\ndate: 2020-01-06 21:09\nstart: 2020-03-21 16:00\nduration: 30\nroom: r999\nspeakers: [shuhsi-lin]\n---\n\nExtra.\n");
    });
    const after = await buildInto({ input });
    const sheet = (site: BuiltSite, pattern: RegExp) => site.files().filter((f) => pattern.test(f));
    assert.notDeepEqual(sheet(after, /^_assets\/program\./), sheet(before, /^_assets\/program\./));
    assert.deepEqual(sheet(after, /^_assets\/site\./), sheet(before, /^_assets\/site\./));
    const again = await buildInto();
    assert.deepEqual(again.files(), before.files(), "the same input, the same names");
  });
});

describe("hostile content and the headers file", () => {
  test("a host with ; ' , or * in it cannot add a directive, a keyword or a wildcard to the policy", async () => {
    const { input } = copyContent("csp-hostile", (dir) => {
      writeInto(dir, "evil.md", [
        "---", "title: Evil", "---", "",
        '<img alt="" src="https://a.example;script-src/x.png">',
        "",
        "<img alt=\"\" src=\"//b.example;default-src/y.png\"> <iframe title=\"x\" src=\"https://x%27unsafe-eval%27/\"></iframe>",
        "",
        '<img alt="" src="https://c.example,d.example/z.png"> <img alt="" src="https://*.example/w.png">',
        "",
      ].join("\n"));
    });
    const site = await buildInto({ input });
    const policy = policyOf(site, "/evil/") ?? "";
    assert.equal(policy, "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'");
  });

  test("folder names with spaces and non-ASCII letters stay one rule each, written as browsers ask for them", async () => {
    const { input } = copyContent("headers-names", (dir) => writeInto(dir, "Vorträge 2026/plan.png", "not really a png\n"));
    const site = await buildInto({ input });
    const text = site.read("_headers");
    assert.ok(text.includes("\n/Vortr%C3%A4ge%202026/*\n  Cache-Control: public, max-age=0, must-revalidate\n"), text);
    for (const line of text.split("\n").filter((l) => l && !l.startsWith("#"))) assert.match(line, /^(\/\S*|  [A-Za-z-]+: [^\n]+)$/, line);
  });
});
