// The built pages in a real headless Chromium: no console errors, zero axe-core violations, no sideways scroll on a phone.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { axeViolations } from "../helpers/axe.ts";
import { browserSkipReason, launchChromium } from "../helpers/browser.ts";
import { serveSite, type StaticServer } from "../helpers/server.ts";
import { buildInto } from "../helpers/site.ts";

const skip = browserSkipReason();
if (skip) console.log(`# browser tests skipped: ${skip}`);
const SCREENSHOTS = join(import.meta.dirname, "..", "output");
const SPREECONF = join(import.meta.dirname, "..", "fixtures", "spreeconf");
/** The seed conference (English, one day, cancelled) and the German test conference (two days across summer time). */
const SITES = [
  {
    label: "sciwork",
    build: { pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" },
    pages: [
      { path: "talk/moving.html", name: "talk-moving" },
      { path: "talk/diving.html", name: "talk-without-abstract" },
      { path: "program.html", name: "program" },
      { path: "speakers/", name: "speakers" },
      { path: "speakers/shuhsi-lin.html", name: "speaker" },
      { path: "404.html", name: "not-found" },
      { path: "", name: "home" },
    ],
  },
  {
    label: "spreeconf",
    build: { input: SPREECONF, pathPrefix: "/2026/", siteUrl: "https://spree.example.org/2026" },
    pages: [
      { path: "talk/zeitzonen.html", name: "spree-talk-moved" },
      { path: "talk/tests-that-lie.html", name: "spree-talk-english-code" },
      { path: "talk/abgesagt.html", name: "spree-talk-cancelled" },
      { path: "program.html", name: "spree-program" },
      { path: "speakers/", name: "spree-speakers" },
      { path: "", name: "spree-home" },
    ],
  },
];

let browser: Browser;
before(async () => {
  if (skip) return;
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
});

for (const { label, build, pages } of SITES) describe(`${label} pages in Chromium`, { skip }, () => {
  let server: StaticServer;
  before(async () => {
    const site = await buildInto(build);
    server = await serveSite(site.dir, build.pathPrefix);
  });
  after(async () => {
    await server?.close();
  });

  for (const { path, name } of pages) {
    for (const width of [360, 1280]) {
      for (const colorScheme of ["light", "dark"] as const) {
        test(`/${path} at ${width} px, ${colorScheme}: loads cleanly, fits the width, passes axe`, async () => {
          const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme });
          const page = await context.newPage();
          const problems: string[] = [];
          page.on("console", (message) => {
            if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
          });
          page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
          page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
          page.on("response", (response) => {
            if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
          });
          const response = await page.goto(server.url + path, { waitUntil: "load" });
          assert.equal(response?.status(), 200);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, "no horizontal scroll");
          const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
          assert.match(styled, /system-ui/, "the stylesheet applied");
          await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`), fullPage: true });
          assert.deepEqual(await axeViolations(page), []);
          assert.deepEqual(problems, []);
          await context.close();
        });
      }
    }
  }

});

describe("the seed talk in Chromium", { skip }, () => {
  let server: StaticServer;
  before(async () => {
    const site = await buildInto({ pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
    server = await serveSite(site.dir, "/2020/");
  });
  after(async () => {
    await server?.close();
  });

  test("the talk page reads the same with JavaScript off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}talk/moving.html`);
    assert.equal(await page.locator("h1").innerText(), "Moving Your Experimentation Project to Production Applications with Pyspark");
    assert.ok(await page.locator("#talk-description").isVisible());
    assert.match(await page.locator("article > header").innerText(), /Shuhsi Lin[\s\S]*Daren Hsu/);
    await context.close();
  });

  test("printed, the talk page drops the menu and buttons and spells out external links", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}talk/moving.html`);
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".site-nav ul").isVisible(), false);
    assert.equal(await page.locator(".actions").isVisible(), false);
    const printedUrl = await page.evaluate(() => getComputedStyle(document.querySelector('.prose a[href^="http"]')!, "::after").content);
    assert.match(printedUrl, /medium\.com\/@suci/);
    await page.pdf({ path: join(SCREENSHOTS, "talk-moving-print.pdf") });
    await page.close();
  });

  test("the skip link moves focus to the main content", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}talk/moving.html`);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Skip to content");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    await page.close();
  });
});
