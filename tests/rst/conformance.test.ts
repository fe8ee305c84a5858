// Every fixture input rendered by docutils (configured as Pelican does) and by rstToMarkdown + createMarkdownRenderer
// must agree under pelican-fidelity's normalization: headings, links, images, word text, in-page anchors (code as its text).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { rstToMarkdown } from "../../src/rst/index.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { readFixtures } from "./fixtures.ts";
import { renderWithDocutils } from "./docutils.ts";
import { compareSummaries, summarize, withoutTokenSpans } from "./normalize.ts";

const DIR = join(import.meta.dirname, "fixtures");
const blocks = readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()
  .flatMap((f) => readFixtures(join(DIR, f), f))
  .filter((b) => !b.description.includes("[no-conformance]"));

const results = renderWithDocutils(blocks.map((b) => b.input));
if (!results) console.log("conformance skipped: /usr/bin/python3 cannot import docutils");

const md = createMarkdownRenderer();
blocks.forEach((block, i) => {
  test(`conformance ${block.file}:${block.line} ${block.description}`, { skip: results ? false : "/usr/bin/python3 cannot import docutils" }, () => {
    const ref = results![i]!;
    assert.equal(ref.error, undefined, `docutils failed: ${ref.error}`);
    const ours = md.render(rstToMarkdown(block.input).markdown);
    const unquote = (h: string) => { try { return decodeURIComponent(h); } catch { return h; } };
    // Code compares as text: docutils highlights with Pygments, we with Prism.
    const verdict = compareSummaries(summarize(withoutTokenSpans(ref.body ?? ""), unquote), summarize(withoutTokenSpans(ours), unquote));
    assert.ok(verdict.ok, `${verdict.why.join("\n")}\n--- docutils:\n${ref.body}\n--- ours:\n${ours}`);
  });
});
