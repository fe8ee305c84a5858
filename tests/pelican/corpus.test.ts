// The real Pelican site in ../shared (SciWork 2020): imported, built, and compared with what Pelican/docutils make of it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { importPelicanSite, type ImportSummary } from "../../src/pelican/import.ts";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { findBrokenLinks } from "../helpers/links.ts";
import { corpusSkipReason, FIDELITY_TOOL, pelicanSkipReason, SCIWORK_CONTENT } from "../helpers/shared.ts";
import { buildInto, CONTENT, temporaryDir, type BuiltSite } from "../helpers/site.ts";

const skip = corpusSkipReason();
if (skip) console.log(`# Pelican corpus tests skipped: ${skip}`);
const SITE_URL = "https://conf.sciwork.dev/2020";

describe("importing sciwork20", { skip }, () => {
  let out: string;
  let summary: ImportSummary;
  let site: BuiltSite;
  before(async () => {
    out = join(temporaryDir("sciwork"), "content");
    summary = importPelicanSite(join(SCIWORK_CONTENT, ".."), out);
    site = await buildInto({ input: out, pathPrefix: "/2020/", siteUrl: SITE_URL });
  });

  test("reads all 26 sources, copies the images, and writes every page where Pelican wrote it", () => {
    assert.equal(summary.filesRead, 26);
    assert.equal(summary.staticCopied, 3);
    assert.deepEqual(summary.warnings, []);
    const files = site.files();
    for (const page of ["index.html", "blog.html", "program.html", "venue.html", "talk/moving.html", "tutorial/packaging.html", "articles/2020/sciwork-is-pushed-back-to-next-year-2021.html", "images/sciwork_floorplan.svg"]) {
      assert.ok(files.includes(page), page);
    }
  });

  test("every internal link of the built site resolves under /2020/", () => {
    assert.deepEqual(findBrokenLinks(site.dir, "/2020/", `${SITE_URL}/`).broken, []);
  });

  test("every page has exactly one <h1>, its title", () => {
    for (const page of site.files().filter((f) => f.endsWith(".html"))) assert.equal(site.document(page).querySelectorAll("h1").length, 1, page);
  });

  test("the seed talk's body in content/talk/moving.md is what the importer makes of moving.rst", () => {
    const imported = readFrontMatter(readFileSync(join(out, "pages", "talk", "moving.md"), "utf8")).body;
    const ours = readFrontMatter(readFileSync(join(CONTENT, "talk", "moving.md"), "utf8")).body;
    assert.equal(ours, imported);
  });

  test("pelican-fidelity: every .rst page is faithful to what Pelican/docutils make of it", { skip: pelicanSkipReason() }, () => {
    const result = spawnSync("/usr/bin/python3", [FIDELITY_TOOL, "compare", SCIWORK_CONTENT, site.dir, "--site-url", SITE_URL], { encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    console.log(`# ${result.stdout.trim().split("\n").slice(-2).join(" | ")}`);
    assert.equal(result.stdout.trim().split("\n").at(-1), "fidelity: 16/16 pages faithful", result.stdout);
  });
});
