// Issue 11, as a user meets it: `npm run import` of a page with a malformed simple table keeps the page (its title, its
// other blocks) and reports docutils' error with the file and line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importPelicanSite } from "../../src/pelican/import.ts";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { temporaryDir } from "../helpers/site.ts";

const PAGE = [
  "Keynote: Fast Arrays",
  "====================",
  "",
  ":date: 2024-03-01 10:00",
  "",
  "Before the table.",
  "",
  "=====  =====",
  " Head spans",
  "----------------- -",
  "a",
  "   b",
  "=====  =====",
  "",
  "After the *table*.",
  "",
].join("\n");

test("issue 11: a malformed simple table costs its block; the imported page keeps its title and the rest of its text", () => {
  const root = temporaryDir("rst-malformed");
  const site = join(root, "pelican");
  mkdirSync(join(site, "content", "pages"), { recursive: true });
  writeFileSync(join(site, "pelicanconf.py"), "SITENAME = 'Arrays Day'\nTIMEZONE = 'Europe/Lisbon'\n");
  writeFileSync(join(site, "content", "pages", "keynote.rst"), PAGE);
  const out = join(root, "content");
  const summary = importPelicanSite(site, out);
  const { data, body } = readFrontMatter(readFileSync(join(out, "pages", "keynote.md"), "utf8"));
  assert.equal(data.title, "Keynote: Fast Arrays");
  assert.match(body, /^Before the table\.$/m);
  assert.match(body, /^After the \*table\*\.$/m);
  assert.doesNotMatch(body, /^```/m, "the page is not published as one literal block");
  const problems = summary.warnings.filter((w) => w.file.endsWith("keynote.rst"));
  assert.deepEqual(problems.map((w) => [w.line, w.message]), [[10, "Malformed table.\nColumn span incomplete in table line 3."]]);
});
