// Lighthouse scores the talk page 100 in performance, accessibility, best practices and SEO.
import assert from "node:assert/strict";
import { test } from "node:test";
import { browserSkipReason } from "../helpers/browser.ts";
import { lighthouseScores } from "../helpers/lighthouse.ts";
import { serveSite } from "../helpers/server.ts";
import { buildInto } from "../helpers/site.ts";

const skip = browserSkipReason();

test("Lighthouse: talk/moving.html scores 100 in all four categories (median of 3 runs after a warm-up)", { skip, timeout: 180_000 }, async () => {
  const site = await buildInto({ pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
  const server = await serveSite(site.dir, "/2020/");
  try {
    const scores = await lighthouseScores(`${server.url}talk/moving.html`);
    for (const [i, run] of scores.runs.entries()) console.log(`# lighthouse run ${i + 1}: performance ${run.performance}, accessibility ${run.accessibility}, best practices ${run["best-practices"]}, SEO ${run.seo}`);
    console.log(`# lighthouse median: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores["best-practices"]}, SEO ${scores.seo}`);
    assert.deepEqual(
      { performance: scores.performance, accessibility: scores.accessibility, "best-practices": scores["best-practices"], seo: scores.seo },
      { performance: 100, accessibility: 100, "best-practices": 100, seo: 100 },
      scores.failing.join("\n"),
    );
  } finally {
    await server.close();
  }
});
