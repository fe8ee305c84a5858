// Issue 10, items 3 and 4 through the importer: include::, csv-table:: :file: and raw:: :file: read files relative to
// the page, inside the site's folder only; a file used only as an include is no page; what goes wrong names file and line.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { importPelicanSite, type ImportSummary } from "../../src/pelican/import.ts";
import { readFrontMatter } from "../../src/content/frontMatter.ts";
import { FIDELITY_TOOL, pelicanSkipReason } from "../helpers/shared.ts";
import { pelicanOutput, pelicanRunSkipReason, writePelicanSite } from "../helpers/pelican.ts";
import { buildInto, type BuiltSite } from "../helpers/site.ts";

const SITE = {
  "pelicanconf.py": "SITENAME = 'Quay Con'\nSITEURL = 'https://quay.example.org'\nTIMEZONE = 'Europe/Dublin'\nPATH = 'content'\n",
  "content/pages/about.rst": [
    "About",
    "#####",
    "",
    "We meet by the water.",
    "",
    ".. csv-table:: Organisers",
    "   :file: data/people.csv",
    "   :header-rows: 1",
    "",
    ".. raw:: html",
    "   :file: snippets/map.html",
    "",
    ".. include:: ../partials/footer.rst",
    "",
  ].join("\n"),
  "content/pages/data/people.csv": "Name,Role\nAda,Chair\n\"Hopper, G.\",Programme\n",
  "content/pages/snippets/map.html": "<figure class=\"map\">\n<p>Pier 3, upstairs</p>\n\n<figcaption>Where we meet</figcaption>\n</figure>\n",
  "content/partials/footer.rst": "Organised by volunteers. Write to the desk_.\n\n.. _desk: mailto:desk@quay.example.org\n",
  "content/pages/leaky.rst": [
    "Leaky",
    "#####",
    "",
    "Before.",
    "",
    ".. include:: ../../../secret.rst",
    "",
    ".. csv-table:: Stolen",
    "   :file: ../../../secret.csv",
    "",
    ".. include:: ../partials/linked.rst",
    "",
    "After.",
    "",
  ].join("\n"),
  "content/pages/loop.rst": "Loop\n####\n\nStart.\n\n.. include:: ../partials/a.rst\n",
  "content/partials/a.rst": "In A, with a nowhere_ link.\n\n.. include:: b.rst\n",
  "content/partials/b.rst": "In B.\n\n.. include:: a.rst\n",
  "content/lonely.rst": "Just text with no title, included by nobody.\n",
};

describe("issue 10.3 and 10.4: files read by include::, csv-table:: and raw::", () => {
  let root: string;
  let siteDir: string;
  let out: string;
  let summary: ImportSummary;
  let site: BuiltSite;
  before(async () => {
    const written = writePelicanSite("pelican-includes", SITE);
    ({ root, site: siteDir, out } = written);
    writeFileSync(join(root, "secret.rst"), "The builder's password.\n");
    writeFileSync(join(root, "secret.csv"), "password,hunter2\n");
    symlinkSync(join(root, "secret.rst"), join(siteDir, "content", "partials", "linked.rst"));
    summary = importPelicanSite(siteDir, out);
    site = await buildInto({ input: out, siteUrl: "https://quay.example.org" });
  });

  const warningsOf = (name: string) => summary.warnings.filter((w) => w.file.endsWith(name)).map((w) => `${w.line ?? "-"}: ${w.message.split("\n")[0]}`);

  test("the page holds the CSV table, the HTML file and the included footer, read relative to their files", () => {
    assert.deepEqual(warningsOf("about.rst"), []);
    const prose = site.document("pages/about.html").querySelector("main .prose")!;
    assert.deepEqual(Array.from(prose.querySelectorAll("table td"), (td) => td.textContent), ["Ada", "Chair", "Hopper, G.", "Programme"]);
    assert.equal(prose.querySelector("figure.map figcaption")?.textContent, "Where we meet");
    assert.match(prose.textContent ?? "", /Organised by volunteers\./);
    assert.equal(prose.querySelector('a[href^="mailto:"]')?.getAttribute("href"), "mailto:desk@quay.example.org");
  });

  test("a file used only as an include is no page, and no warning; an untitled file nobody includes is reported", () => {
    assert.ok(!existsSync(join(out, "partials", "footer.md")));
    assert.deepEqual(warningsOf("footer.rst"), []);
    assert.deepEqual(warningsOf("lonely.rst"), ["-: no title: Pelican does not publish it; imported unpublished"]);
    assert.equal(readFrontMatter(readFileSync(join(out, "lonely.md"), "utf8")).data.permalink, false);
  });

  test("Pelican publishes no page for the included files either", { skip: pelicanRunSkipReason() }, () => {
    const written = pelicanOutput(siteDir);
    assert.ok(written.includes("pages/about.html"));
    assert.ok(!written.some((f) => /footer|lonely/.test(f)), written.join(", "));
  });

  test("paths that leave the site's folder, also through a link, are refused with the page's file and line; the rest of the page stays", () => {
    assert.deepEqual(warningsOf("leaky.rst"), [
      '6: "include" directive: "../../../secret.rst" is outside the site\'s folder; not read.',
      '8: "csv-table" directive: "../../../secret.csv" is outside the site\'s folder; not read.',
      `11: "include" directive: "../partials/linked.rst" is a link to ${join(root, "secret.rst")}, outside the site's folder; not read.`,
    ]);
    const page = site.read("pages/leaky.html");
    assert.doesNotMatch(page, /password|hunter2/);
    assert.match(page, /Before\.[^]*After\./);
  });

  test("an include loop is an error naming the included file and line; a problem inside an included file names that file", () => {
    assert.deepEqual(warningsOf("partials/b.rst"), ['3: circular inclusion in "include" directive:']);
    assert.deepEqual(warningsOf("partials/a.rst"), ['1: Unknown target name: "nowhere".']);
    assert.match(site.read("pages/loop.html"), /In A[^]*In B\./);
  });

  test("pelican-fidelity: the pages are faithful to what Pelican/docutils make of them", { skip: pelicanSkipReason() }, () => {
    const result = spawnSync("/usr/bin/python3", [FIDELITY_TOOL, "compare", join(siteDir, "content"), site.dir, "--site-url", "https://quay.example.org", "--only", "pages/about.rst"], { encoding: "utf8" });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.trim().split("\n").at(-1), "fidelity: 1/1 pages faithful", result.stdout);
  });
});
