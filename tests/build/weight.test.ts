// The talk page and all the CSS it needs fit in 14 KB gzip-compressed: one round trip on a slow phone connection.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pageWeight } from "../../bench/weight.ts";
import { buildInto, publishedAsset } from "../helpers/site.ts";

test("talk/moving.html with its CSS is at most 14 KB gzip-compressed", async () => {
  const site = await buildInto({ pathPrefix: "/2020/" });
  const weight = pageWeight(site.dir, "talk/moving.html", "/2020/");
  assert.deepEqual(weight.files, ["talk/moving.html", publishedAsset("css/site.css")], "the stylesheet is counted");
  assert.ok(weight.cssGzip > 500, `the CSS was read (${weight.cssGzip} B)`);
  assert.ok(weight.totalGzip <= 14 * 1024, `${weight.totalGzip} bytes`);
});
