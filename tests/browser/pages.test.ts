// The built pages in a real headless Chromium: no console errors, zero axe-core violations, no sideways scroll on a phone.
// The default content plus one talk with a code block in every highlighted language (fixtures/code-talk.md).
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser } from "playwright-core";
import { axeViolations } from "../helpers/axe.ts";
import { browserSkipReason, launchChromium } from "../helpers/browser.ts";
import { serveSite, type StaticServer } from "../helpers/server.ts";
import { buildInto, copyContent, writeInto } from "../helpers/site.ts";

const skip = browserSkipReason();
if (skip) console.log(`# browser tests skipped: ${skip}`);
const SCREENSHOTS = join(import.meta.dirname, "..", "output");
const SPREECONF = join(import.meta.dirname, "..", "fixtures", "spreeconf");
/** The seed conference (English, one day, cancelled) and the German test conference (two days across summer time). */
const SITES = [
  {
    label: "sciwork",
    build: { input: "code-talk", pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" },
    pages: [
      { path: "talk/moving.html", name: "talk-moving" },
      { path: "talk/diving.html", name: "talk-without-abstract" },
      { path: "talk/code.html", name: "talk-code" },
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
      // A speaker card with a resized photo (Mara König's generated test photo).
      { path: "talk/eroeffnung.html", name: "spree-talk-cards" },
      { path: "speakers/mara-koenig.html", name: "spree-speaker-photo" },
      { path: "talk/tests-that-lie.html", name: "spree-talk-english-code" },
      { path: "talk/abgesagt.html", name: "spree-talk-cancelled" },
      { path: "program.html", name: "spree-program" },
      { path: "speakers/", name: "spree-speakers" },
      { path: "", name: "spree-home" },
    ],
  },
];

/** The default content with a talk that has a code block in every grammar (tests/browser/fixtures/code-talk.md). */
function contentWithCodeTalk(): string {
  const codeTalk = readFileSync(join(import.meta.dirname, "fixtures", "code-talk.md"), "utf8");
  return copyContent("browser", (dir) => writeInto(dir, "talk/code.md", codeTalk)).input;
}

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
    const site = await buildInto(build.input === "code-talk" ? { ...build, input: contentWithCodeTalk() } : build);
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
    const site = await buildInto({ input: contentWithCodeTalk(), pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
    server = await serveSite(site.dir, "/2020/");
  });
  after(async () => {
    await server?.close();
  });

  // The light and dark themes' code colours in site.css, as Chromium computes them.
  const THEMES = {
    light: { text: "rgb(28, 29, 26)", background: "rgb(243, 244, 241)", keyword: "rgb(138, 31, 163)", string: "rgb(11, 107, 47)", comment: "rgb(85, 88, 79)", function: "rgb(31, 79, 168)", number: "rgb(154, 65, 0)" },
    dark: { text: "rgb(233, 234, 229)", background: "rgb(31, 33, 30)", keyword: "rgb(215, 168, 255)", string: "rgb(143, 214, 148)", comment: "rgb(169, 172, 162)", function: "rgb(140, 188, 255)", number: "rgb(242, 171, 124)" },
  };
  for (const colorScheme of ["light", "dark"] as const) {
    test(`a Python block on a talk page has the ${colorScheme} theme's colours, and line numbers sit beside the code`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${server.url}talk/code.html`);
      const python = page.locator("pre > code.language-python").first();
      const style = (selector: string, text?: string, property: "color" | "fontStyle" = "color") =>
        (text ? python.locator(selector).filter({ hasText: new RegExp(`^${text}$`) }) : python.locator(selector)).first().evaluate((e, p) => getComputedStyle(e)[p], property);
      assert.deepEqual({
        text: await python.evaluate((e) => getComputedStyle(e).color),
        background: await python.evaluate((e) => getComputedStyle(e.parentElement!).backgroundColor),
        keyword: await style(".token.keyword", "def"),
        string: await style(".token.string"),
        comment: await style(".token.comment"),
        function: await style(".token.function", "room_for"),
        number: await style(".token.number"),
      }, THEMES[colorScheme]);
      assert.equal(await style(".token.keyword", "return"), THEMES[colorScheme].keyword);
      assert.equal(await style(".token.comment", undefined, "fontStyle"), "italic");
      const numbers = await page.locator("pre.linenos-table > .linenos").boundingBox();
      const code = await page.locator("pre.linenos-table > code").boundingBox();
      assert.ok(numbers && code && numbers.x + numbers.width < code.x && Math.abs(numbers.y - code.y) < 1, "the number column is left of the code, level with it");
      assert.equal(await page.locator("pre.linenos-table > .linenos").innerText(), "10\n11");
      await context.close();
    });
  }

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
