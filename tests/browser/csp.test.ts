// Issue 12: the Content-Security-Policy the build writes into _headers, enforced by a real Chromium on the pages as the
// host serves them (npm run preview's server applies _headers): the pages load everything they use without a single
// violation, and what they do not use is blocked.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { servePreview, type PreviewServer } from "../../src/preview/server.ts";
import { browserSkipReason, launchChromium } from "../helpers/browser.ts";
import { buildInto, copyContent, writeInto } from "../helpers/site.ts";

const skip = browserSkipReason();
if (skip) console.log(`# CSP browser tests skipped: ${skip}`);
const SPREECONF = join(import.meta.dirname, "..", "fixtures", "spreeconf");

/** A second origin on this machine, standing for another host: an image and a page to frame. */
function otherOrigin(): Promise<{ url: string; server: Server }> {
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64");
  const server = createServer((request, response) => {
    if (request.url?.endsWith(".png")) response.writeHead(200, { "content-type": "image/png" }).end(png);
    else response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!DOCTYPE html><title>Framed</title><p>Framed");
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

interface Visit {
  violations: string[];
  policy: string | undefined;
}

/** Opens a page and collects every CSP violation Chromium reports for it (events and console messages alike). */
async function visit(browser: Browser, url: string, then?: (page: Page) => Promise<void>): Promise<Visit> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.log(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(url, { waitUntil: "load" });
  if (then) await then(page);
  await page.waitForTimeout(100);
  const policy = await response?.headerValue("content-security-policy") ?? undefined;
  await page.close();
  return { violations, policy };
}

describe("the Content-Security-Policy in Chromium", { skip }, () => {
  let browser: Browser;
  let other: { url: string; server: Server };
  const previews: PreviewServer[] = [];
  before(async () => {
    browser = await launchChromium();
    other = await otherOrigin();
  });
  after(async () => {
    await browser?.close();
    other?.server.close();
    await Promise.all(previews.map((p) => p.close()));
  });

  for (const { label, input, prefix, pages } of [
    { label: "the default site", input: undefined, prefix: "/2020/", pages: ["talk/moving.html", "talk/diving.html", "program.html", "", "speakers/", "speakers/shuhsi-lin.html", "404.html"] },
    { label: "the German test conference", input: SPREECONF, prefix: "/2026/", pages: ["talk/zeitzonen.html", "talk/tests-that-lie.html", "program.html", "", "speakers/"] },
  ]) {
    test(`${label}: talk, program, home and speaker pages load with no violation, under the policy _headers gives`, async () => {
      const site = await buildInto({ ...(input ? { input } : {}), pathPrefix: prefix });
      const preview = await servePreview({ root: site.dir, pathPrefix: prefix });
      previews.push(preview);
      for (const path of pages) {
        const { violations, policy } = await visit(browser, preview.url + path);
        assert.match(policy ?? "", /^default-src 'none'; /, `${path}: the policy is sent`);
        assert.deepEqual(violations, [], path);
      }
    });
  }

  test("content from another host loads when a page uses it, and a load no page uses is blocked", async () => {
    const { input } = copyContent("csp-browser", (dir) => {
      const talk = readFileSync(join(dir, "talk", "moving.md"), "utf8");
      writeInto(dir, "talk/moving.md", `${talk}\n![A dot](${other.url}/dot.png)\n\n<iframe title="Framed" src="${other.url}/frame.html"></iframe>\n\n<p style="color: #333">Styled inline.</p>\n`);
    });
    const site = await buildInto({ input, pathPrefix: "/" });
    const preview = await servePreview({ root: site.dir, pathPrefix: "/" });
    previews.push(preview);
    let loaded = false;
    const allowed = await visit(browser, `${preview.url}talk/moving.html`, async (page) => {
      loaded = await page.evaluate(() => Array.from(document.images).some((img) => img.src.endsWith("/dot.png") && img.complete && img.naturalWidth === 1));
    });
    assert.deepEqual(allowed.violations, []);
    assert.ok(loaded, "the other host's image is shown");
    assert.match(allowed.policy ?? "", new RegExp(`img-src 'self' ${other.url.replace(/[.:/]/g, "\\$&")};`));
    // The control: a script, and an image from a host no page names, are refused by the same policy.
    const blocked = await visit(browser, `${preview.url}talk/moving.html`, async (page) => {
      await page.evaluate((host) => {
        const img = document.createElement("img");
        img.src = `${host.replace("127.0.0.1", "localhost")}/dot.png`;
        document.body.append(img);
        const script = document.createElement("script");
        script.textContent = "window.ran = true";
        document.body.append(script);
      }, other.url);
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran), undefined, "an inline script does not run");
    });
    assert.ok(blocked.violations.some((v) => /img-src/.test(v)), blocked.violations.join("\n"));
    assert.ok(blocked.violations.some((v) => /script-src/.test(v)), blocked.violations.join("\n"));
  });
});
