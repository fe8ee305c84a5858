// Issue 12: `npm run preview` serves the built site under its path prefix, as the host will: every internal link a
// visitor can follow answers, unknown addresses get the site's 404 page with status 404, and nothing is rebuilt.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { parseHTML } from "linkedom";
import { buildInto, CONTENT, type BuiltSite } from "../helpers/site.ts";

const ROOT = join(import.meta.dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("npm run preview", () => {
  let site: BuiltSite;
  let preview: ReturnType<typeof spawn>;
  let url = "";
  before(async () => {
    // Built as npm run build builds the default content: its site.json puts it under /2020/.
    site = await buildInto({ pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
    const port = await freePort();
    preview = spawn("npm", ["run", "--silent", "preview", "--", "--input", CONTENT, "--output", site.dir, "--port", String(port)], { cwd: ROOT, env: { ...process.env, PATH_PREFIX: "", SITE_URL: "" }, detached: true });
    let output = "";
    preview.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const started = Date.now();
    while (!/Serving .* at (\S+)/.test(output)) {
      if (Date.now() - started > 30_000) throw new Error(`the preview did not start: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    url = /Serving .* at (\S+)/.exec(output)![1]!;
  });
  after(() => {
    // npm and the server it started: the whole process group.
    if (preview?.pid) process.kill(-preview.pid, "SIGTERM");
  });

  test("prints its address under the site's prefix, on this machine", () => {
    assert.match(url, /^http:\/\/localhost:\d+\/2020\/$/);
  });

  test("every page, and every internal link and asset on every page, answers 200", async () => {
    const pages = site.files().filter((file) => file.endsWith(".html") && file !== "404.html");
    const checked = new Set<string>();
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = new URL(page.replace(/index\.html$/, ""), url);
      const response = await fetch(pageUrl);
      assert.equal(response.status, 200, page);
      const { document } = parseHTML(await response.text());
      for (const element of Array.from(document.querySelectorAll("a[href], link[href], img[src], script[src], source[src]"))) {
        const target = new URL(element.getAttribute("href") ?? element.getAttribute("src")!, pageUrl);
        target.hash = "";
        if (target.origin !== pageUrl.origin || checked.has(target.href)) continue;
        checked.add(target.href);
        const answer = await fetch(target, { method: "HEAD" });
        if (answer.status !== 200) broken.push(`${page} → ${target.pathname}: ${answer.status}`);
      }
    }
    assert.deepEqual(broken, []);
    assert.ok(checked.size > 40, `${checked.size} addresses followed`);
  });

  test("an unknown address gets the site's 404 page with status 404; nothing outside the prefix is served", async () => {
    const missing = await fetch(new URL("talk/no-such-talk.html", url));
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<h1>Page not found<\/h1>/);
    assert.equal((await fetch(new URL("/talk/moving.html", url))).status, 404, "the site lives under /2020/ only");
    assert.equal((await fetch(new URL("talk/moving.html", url))).headers.get("content-type"), "text/html; charset=utf-8");
  });
});
