// The built talk page says what the seed reST says, as Pelican/docutils read it: same headings, links and text.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { FIDELITY_TOOL, pelicanSkipReason, SCIWORK_CONTENT } from "../helpers/shared.ts";
import { buildInto } from "../helpers/site.ts";

const skip = pelicanSkipReason();
if (skip) console.log(`# fidelity test skipped: ${skip}`);

for (const [pathPrefix, siteUrl] of [["/2020/", "https://conf.sciwork.dev/2020"], ["/", "https://talks.example.org"]] as const) {
  test(`pelican-fidelity finds talk/moving.html faithful to moving.rst (prefix ${pathPrefix})`, { skip }, async () => {
    const site = await buildInto({ pathPrefix, siteUrl });
    const result = spawnSync(
      "/usr/bin/python3",
      [FIDELITY_TOOL, "compare", SCIWORK_CONTENT, site.dir, "--only", "pages/talk/moving.rst", "--site-url", siteUrl],
      { encoding: "utf8" },
    );
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trim().split("\n");
    assert.equal(lines.at(-1), "fidelity: 1/1 pages faithful", result.stdout);
  });
}
