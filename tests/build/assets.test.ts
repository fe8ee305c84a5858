// Images beside the content are copied where the pages expect them, also from a content folder outside the project.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { findBrokenLinks } from "../helpers/links.ts";
import { buildInto, buildProblems, CONTENT, copyContent, editJson, temporaryDir, writeInto } from "../helpers/site.ts";

test("a speaker photo in the content folder is copied and shown on the speaker's page", async () => {
  const input = join(temporaryDir("assets"), "content");
  cpSync(CONTENT, input, { recursive: true });
  mkdirSync(join(input, "images", "speakers"), { recursive: true });
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><rect width="2" height="2" fill="#888"/></svg>\n';
  writeFileSync(join(input, "images", "speakers", "daren.svg"), svg);
  const speakers = join(input, "_data", "speakers.json");
  writeFileSync(speakers, readFileSync(speakers, "utf8").replace('"name": "Daren Hsu",', '"name": "Daren Hsu", "photo": "/images/speakers/daren.svg",'));
  const site = await buildInto({ input, pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
  assert.equal(site.read("images/speakers/daren.svg"), svg);
  const img = site.document("speakers/daren-hsu.html").querySelector("img.speaker-photo");
  assert.equal(img?.getAttribute("src"), "/2020/images/speakers/daren.svg");
  // An SVG photo is shown as it is (never rasterised), at the page's size.
  assert.equal(img?.getAttribute("alt"), "Photo of Daren Hsu");
  assert.equal(img?.getAttribute("width"), "160");
  assert.deepEqual(findBrokenLinks(site.dir, "/2020/", "https://conf.sciwork.dev/2020/").broken, []);
});

test("issue 10: files listed in site.json's staticFiles are copied as they are, a README.md too; code listed there is refused, a missing one named", async () => {
  const { input } = copyContent("static-files", (dir) => {
    writeInto(dir, "downloads/README.md", "Slides of every talk.\n");
    writeInto(dir, "CNAME", "conf.example.org\n");
    editJson(join(dir, "_data", "site.json"), (data) => { data.staticFiles = ["downloads/README.md", "CNAME"]; });
  });
  const site = await buildInto({ input });
  assert.equal(site.read("downloads/README.md"), "Slides of every talk.\n");
  assert.equal(site.read("CNAME"), "conf.example.org\n");
  assert.ok(!site.files().some((f) => f.startsWith("downloads/readme")), "not built as a page");

  const { input: bad } = copyContent("static-files-bad", (dir) => {
    writeInto(dir, "extra/page.html", "<script>alert(1)</script>\n");
    editJson(join(dir, "_data", "site.json"), (data) => { data.staticFiles = ["extra/page.html", "extra/gone.txt"]; });
  });
  const problems = (await buildProblems(bad)).map((p) => `${p.file.replace(/^.*content\//, "")}: ${p.found}`);
  assert.deepEqual(problems, ["extra/page.html: a .html file", '_data/site.json: "extra/gone.txt", which is not one']);
});
