// Regression: templates read the checked settings (defaults filled in), not the raw _data/site.json.
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { buildInto, CONTENT, temporaryDir } from "../helpers/site.ts";

test("a site.json without a language builds, and pages say lang=\"en\"", async () => {
  const input = join(temporaryDir("settings"), "content");
  cpSync(CONTENT, input, { recursive: true });
  const path = join(input, "_data", "site.json");
  const settings = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  delete settings.language;
  writeFileSync(path, JSON.stringify(settings, null, 2));
  const site = await buildInto({ input, pathPrefix: "/" });
  assert.equal(site.document("talk/moving.html").documentElement.getAttribute("lang"), "en");
});
