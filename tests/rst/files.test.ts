// include::, csv-table:: :file: and raw:: :file: read other files through readFile, relative to the file that names
// them, as docutils does; problems in an included file name it and its own line; loops and refused paths are reported.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { rstToMarkdown, type FileRead, type RstProblem } from "../../src/rst/index.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { docutilsAvailable } from "./docutils.ts";
import { compareSummaries, summarize } from "./normalize.ts";
import { temporaryDir } from "../helpers/site.ts";

/** A reader over files held in memory, refusing paths that climb out of them, as the importer refuses leaving the site. */
function reader(files: Record<string, string>) {
  const asked: string[] = [];
  const readFile = (path: string, from: string | undefined): FileRead => {
    const name = posix.normalize(posix.join(posix.dirname(from ?? "index.rst"), path));
    asked.push(name);
    if (name.startsWith("../")) return { error: "is outside the site's folder", refused: true };
    const text = files[name];
    return text === undefined ? { error: `No such file or directory: '${name}'` } : { file: name, bytes: new TextEncoder().encode(text) };
  };
  return { readFile, asked };
}

/** The site's files beside the page pages/about.rst. */
const FILES: Record<string, string> = Object.fromEntries(Object.entries({
  "partials/footer.rst": "Organised by *volunteers*.\n\nContact\n-------\n\nWrite to the desk_.\n\n.. _desk: mailto:desk@example.org\n",
  "partials/venue.rst": "Rooms are on floor two.\n\n.. include:: map.rst\n",
  "partials/map.rst": "The map is at the door.\n",
  "partials/broken.rst": "Line one.\n\nSee nowhere_ now.\n",
  "partials/loop-a.rst": "In A.\n\n.. include:: loop-b.rst\n",
  "partials/loop-b.rst": "In B.\n\n.. include:: loop-a.rst\n",
  "notes.txt": "intro\n.. start\nkept line\n.. stop\nlater\n",
  "data/people.csv": "Name,Role\nAda,Chair\n\"Grace, R.\",Speaker\n",
  "snippets/banner.html": "<div class=\"banner\">\n<p>Welcome</p>\n\n<p>Again</p>\n</div>\n",
}).map(([name, text]) => [`pages/${name}`, text]));

function convert(source: string) {
  const { readFile, asked } = reader(FILES);
  return { ...rstToMarkdown(source, { file: "pages/about.rst", readFile }), asked };
}

const reported = (problems: RstProblem[]) => problems.filter((p) => p.level !== "info");

test("include:: inlines the file where it stands, its sections and links included", () => {
  const r = convert("About\n=====\n\nWe meet monthly.\n\n.. include:: partials/footer.rst\n\nAfter the footer.\n");
  assert.equal(r.markdown, "We meet monthly.\n\nOrganised by *volunteers*.\n\n## Contact\n\nWrite to the [desk](mailto:desk@example.org).\n\nAfter the footer.\n");
  assert.equal(r.title, "About");
  assert.deepEqual(reported(r.problems), []);
});

test("an included file's own include:: is read relative to it", () => {
  const r = convert(".. include:: partials/venue.rst\n");
  assert.deepEqual(r.asked, ["pages/partials/venue.rst", "pages/partials/map.rst"]);
  assert.equal(r.markdown, "Rooms are on floor two.\n\nThe map is at the door.\n");
});

test("a problem inside an included file names that file and its own line", () => {
  const r = convert("Intro.\n\n.. include:: partials/broken.rst\n");
  assert.deepEqual(reported(r.problems), [{ level: "error", line: 3, message: 'Unknown target name: "nowhere".', file: "pages/partials/broken.rst" }]);
});

test(":start-after:, :end-before: and :literal: clip and quote the file", () => {
  const r = convert(".. include:: notes.txt\n   :start-after: .. start\n   :end-before: .. stop\n   :literal:\n");
  assert.equal(r.markdown, "```\nkept line\n```\n");
  const missing = convert(".. include:: notes.txt\n   :start-after: nowhere\n");
  assert.deepEqual(reported(missing.problems), [{ level: "error", line: 1, message: 'Problem with "start-after" option of "include" directive:\nText not found.' }]);
});

test("an include loop is an error on the include that closes it, and is not followed", () => {
  const r = convert("Top.\n\n.. include:: partials/loop-a.rst\n\nEnd.\n");
  assert.match(r.markdown, /^Top\.\n\nIn A\.\n\nIn B\.\n\n<!-- rst \(pages\/partials\/loop-b\.rst, line 3\): circular inclusion\n[^]*-->\n\nEnd\.\n$/);
  assert.deepEqual(reported(r.problems).map((p) => [p.level, p.file, p.line, p.message.split("\n")[0]]), [
    ["error", "pages/partials/loop-b.rst", 3, 'circular inclusion in "include" directive:'],
  ]);
});

test("a missing file is docutils' error; a path the reader refuses is a warning; both leave the rest of the page", () => {
  const missing = convert("Before.\n\n.. include:: partials/none.rst\n\nAfter.\n");
  assert.deepEqual(reported(missing.problems), [{ level: "error", line: 3, message: "Problems with \"include\" directive path:\nNo such file or directory: 'pages/partials/none.rst'." }]);
  assert.match(missing.markdown, /^Before\.\n\n<!--[\s\S]*-->\n\nAfter\.\n$/);
  const outside = convert("Before.\n\n.. include:: ../../../etc/passwd\n\n.. raw:: html\n   :file: ../../secret.html\n\nAfter.\n");
  assert.deepEqual(reported(outside.problems), [
    { level: "warning", line: 3, message: '"include" directive: "../../../etc/passwd" is outside the site\'s folder; not read.' },
    { level: "warning", line: 5, message: '"raw" directive: "../../secret.html" is outside the site\'s folder; not read.' },
  ]);
  assert.match(outside.markdown, /After\.\n$/);
});

test("csv-table:: :file: reads the table from the file, relative to the page", () => {
  const r = convert(".. csv-table:: Team\n   :file: data/people.csv\n   :header-rows: 1\n");
  assert.deepEqual(reported(r.problems), []);
  const html = createMarkdownRenderer().render(r.markdown);
  assert.match(html, /<caption>Team<\/caption>/);
  assert.match(html, /<th scope="col">Name<\/th><th scope="col">Role<\/th>/);
  assert.match(html, /<td>Grace, R\.<\/td><td>Speaker<\/td>/);
});

test("raw:: html :file: puts the file's HTML on the page, blank lines and all", () => {
  const r = convert(".. raw:: html\n   :file: snippets/banner.html\n\nAfter.\n");
  assert.deepEqual(reported(r.problems), []);
  const html = createMarkdownRenderer().render(r.markdown);
  assert.match(html, /<div class="banner">\n<p>Welcome<\/p>[\s\S]*<p>Again<\/p>\n<\/div>/);
  assert.match(html, /<p>After\.<\/p>/);
});

test("without a readFile, include:: and :file: are reported, not read", () => {
  const r = rstToMarkdown(".. include:: partials/footer.rst\n\nText.\n");
  assert.deepEqual(reported(r.problems), [{ level: "warning", line: 1, message: '"include" directive: "partials/footer.rst" was not read (no files can be read here).' }]);
  assert.match(r.markdown, /Text\.\n$/);
});

test("conformance: docutils reading the same files from disk makes the same page", { skip: !docutilsAvailable() && "docutils is not importable by /usr/bin/python3" }, () => {
  const root = temporaryDir("rst-files");
  const page = "pages/about.rst";
  const source = "About\n=====\n\nIntro.\n\n.. include:: partials/footer.rst\n\n.. include:: partials/venue.rst\n\n.. csv-table:: Team\n   :file: data/people.csv\n   :header-rows: 1\n\n.. raw:: html\n   :file: snippets/banner.html\n";
  for (const [name, text] of Object.entries({ ...FILES, [page]: source })) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
  }
  const script = "import sys, docutils.core\nparts = docutils.core.publish_parts(open(sys.argv[1]).read(), source_path=sys.argv[1], writer_name='html4css1', settings_overrides={'initial_header_level': 2, 'report_level': 5, 'halt_level': 5, 'warning_stream': False, 'embed_stylesheet': False})\nsys.stdout.write(parts['body'])\n";
  const ref = spawnSync("/usr/bin/python3", ["-c", script, join(root, page)], { encoding: "utf8" });
  assert.equal(ref.status, 0, ref.stderr);
  const ours = createMarkdownRenderer().render(convert(source).markdown);
  const verdict = compareSummaries(summarize(ref.stdout), summarize(ours));
  assert.ok(verdict.ok, `${verdict.why.join("\n")}\n--- docutils:\n${ref.stdout}\n--- ours:\n${ours}`);
});
