// Every internal link and asset resolves, at a domain root and under a folder, so one content tree deploys anywhere.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { findBrokenLinks } from "../helpers/links.ts";
import { buildInto, publishedAsset } from "../helpers/site.ts";

describe("internal links", () => {
  for (const [pathPrefix, siteUrl, baseUrl] of [
    ["/", "https://talks.example.org", "https://talks.example.org/"],
    ["/2020/", "https://conf.sciwork.dev", "https://conf.sciwork.dev/2020/"],
    ["/events/2020/", "https://example.org/events/2020", "https://example.org/events/2020/"],
  ] as const) {
    test(`all resolve with path prefix ${pathPrefix}`, async () => {
      const site = await buildInto({ pathPrefix, siteUrl });
      const { checked, broken } = findBrokenLinks(site.dir, pathPrefix, baseUrl);
      assert.deepEqual(broken, []);
      assert.ok(checked >= 10, `checked ${checked} references`);
      const css = site.document("talk/moving.html").querySelector('link[rel="stylesheet"]')?.getAttribute("href");
      assert.equal(css, `${pathPrefix}${publishedAsset("css/site.css")}`);
    });
  }

  test("a link to a missing page is caught by the checker", async () => {
    const site = await buildInto({ pathPrefix: "/" });
    const { broken } = findBrokenLinks(site.dir, "/2020/", "https://talks.example.org/");
    assert.ok(broken.length > 0, "a site built for / is broken when served under /2020/");
  });
});
