// Images beside the content are copied where the pages expect them, also from a content folder outside the project.
import assert from "node:assert/strict";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { findBrokenLinks } from "../helpers/links.ts";
import { buildInto, CONTENT, temporaryDir } from "../helpers/site.ts";

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
  assert.equal(img?.getAttribute("alt"), "Daren Hsu");
  assert.deepEqual(findBrokenLinks(site.dir, "/2020/", "https://conf.sciwork.dev/2020/").broken, []);
});
