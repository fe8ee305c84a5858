// Pelican publishes scripts in raw HTML as they are; the build refuses them unless the site allows scripts. The import
// names each one, with the file and line the build will name, before the build stops on it (3 of 10 real sites had some).
import assert from "node:assert/strict";
import { test } from "node:test";
import { importPelicanSite } from "../../src/pelican/import.ts";
import { writePelicanSite } from "../helpers/pelican.ts";
import { buildProblems } from "../helpers/site.ts";

test("a script in .. raw:: html is named by the import at the line the build then refuses", async () => {
  const { site, out } = writePelicanSite("pelican-scripts", {
    "pelicanconf.py": "SITENAME = 'Album'\nSITEURL = 'https://album.example.org'\nTIMEZONE = 'UTC'\n",
    "content/pages/album.rst": "Album\n#####\n\nPictures from the meetup.\n\n.. raw:: html\n\n   <div class=\"album\">photos</div>\n   <script src=\"https://widgets.example.net/album.js\"></script>\n",
    "content/pages/plain.rst": "Plain\n#####\n\nNo scripts here.\n",
  });
  const summary = importPelicanSite(site, out);
  const warned = summary.warnings.filter((w) => /allowScripts/.test(w.message));
  assert.equal(warned.length, 1, JSON.stringify(summary.warnings));
  assert.match(warned[0]!.file, /pages\/album\.md$/);
  assert.match(warned[0]!.message, /^a <script> element: the build refuses scripts/);
  const problems = await buildProblems(out);
  assert.deepEqual(problems.map((p) => [p.file.replace(/.*\/imported\//, ""), p.line]), [["pages/album.md", warned[0]!.line]]);
});
