// One test per fixture block: the reST input converts to exactly the expected markdown, reports the expected warnings
// and errors where the block lists them, and never an internal error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { rstToMarkdown } from "../../src/rst/index.ts";
import { formatProblem, readFixtures } from "./fixtures.ts";

const DIR = join(import.meta.dirname, "fixtures");

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()) {
  for (const block of readFixtures(join(DIR, file), file)) {
    test(`${file}:${block.line} ${block.description}`, () => {
      const r = rstToMarkdown(block.input);
      assert.equal(r.markdown, block.expected === "" ? "" : `${block.expected}\n`);
      const reported = r.problems.filter((p) => p.level !== "info");
      if (block.problems) assert.deepEqual(reported.map(formatProblem), block.problems.map(formatProblem));
      assert.deepEqual(reported.filter((p) => p.message.startsWith("internal")), []);
    });
  }
}
