// Every built page validates as HTML (html-validate's recommended rules, plus document-level checks).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { HtmlValidate } from "html-validate";
import { buildInto } from "../helpers/site.ts";

test("every page passes html-validate", async () => {
  const site = await buildInto({ pathPrefix: "/2020/" });
  const validator = new HtmlValidate({
    extends: ["html-validate:recommended", "html-validate:document"],
    rules: {
      // Integrity hashes guard files from other hosts; every file here is the site's own.
      "require-sri": ["error", { target: "crossorigin" }],
      // A talk's title is the speakers' own and may be long; cutting it would misname the talk.
      "long-title": "off",
    },
  });
  const pages = site.files().filter((f) => f.endsWith(".html"));
  assert.ok(pages.length >= 2);
  const messages: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(readFileSync(`${site.dir}/${page}`, "utf8"), page);
    for (const result of report.results) for (const m of result.messages) messages.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(messages, []);
});
