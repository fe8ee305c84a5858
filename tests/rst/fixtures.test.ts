// One test per fixture block: the reST input converts to exactly the expected markdown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { rstToMarkdown } from "../../src/rst/index.ts";
import { readFixtures } from "./fixtures.ts";

const DIR = join(import.meta.dirname, "fixtures");

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort()) {
  for (const block of readFixtures(join(DIR, file), file)) {
    test(`${file}:${block.line} ${block.description}`, () => {
      const got = rstToMarkdown(block.input).markdown;
      assert.equal(got, block.expected === "" ? "" : `${block.expected}\n`);
    });
  }
}
