// Issue 9, items 1 and 2: speaker cards with resized photos, and a share image per talk, on the German test conference
// (tests/fixtures/spreeconf, two speakers with generated test photos), each build with an image cache of its own.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { parseHTML } from "linkedom";
import sharp from "sharp";
import { buildSite, type BuildResult } from "../../src/build.ts";
import { findContentError } from "../../src/report.ts";
import { temporaryDir } from "../helpers/site.ts";

const SPREECONF = join(import.meta.dirname, "..", "fixtures", "spreeconf");
const ROOT = join(import.meta.dirname, "..", "..");

function spreeconfCopy(edit: (dir: string) => void = () => {}): string {
  const dir = join(temporaryDir("cards"), "content");
  cpSync(SPREECONF, dir, { recursive: true });
  edit(dir);
  return dir;
}

async function build(input: string, cache: string, output = join(temporaryDir("cards-out"), "_site")): Promise<BuildResult & { dir: string; doc(path: string): Document }> {
  const result = await buildSite({ input, output, env: { PATH_PREFIX: "/2026/", SITE_URL: "https://spree.example.org/2026", TALK_PAGES_IMAGE_CACHE: cache } });
  return { ...result, dir: output, doc: (path) => parseHTML(readFileSync(join(output, path), "utf8")).document as unknown as Document };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.equal(bytes.subarray(0, 8).toString("hex"), "89504e470d0a1a0a", "a PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function replaceIn(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, "utf8");
  assert.ok(typeof from === "string" ? text.includes(from) : from.test(text), `${path} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

const talks = readdirSync(join(SPREECONF, "talk")).map((f) => f.replace(/\.md$/, ""));

describe("issue 9: speaker cards and share images", () => {
  let cache: string;
  let first: Awaited<ReturnType<typeof build>>;
  before(async () => {
    cache = temporaryDir("image-cache");
    first = await build(SPREECONF, cache);
  });

  test("1: a talk page shows each speaker's card: resized photo with width, height and alt, name, bio and link", async () => {
    const doc = first.doc("talk/eroeffnung.html");
    const cards = Array.from(doc.querySelectorAll(".speaker-cards .speaker-card"));
    assert.ok(cards.length >= 1);
    assert.equal(doc.querySelector(".speaker-cards h2")?.textContent?.startsWith("Über die"), true);
    const mara = cards.find((card) => card.querySelector("h3")?.textContent === "Mara König")!;
    assert.ok(mara, "Mara König has a card");
    assert.equal(mara.querySelector("h3 a")?.getAttribute("href"), "/2026/speakers/mara-koenig.html");
    assert.match(mara.textContent ?? "", /Datenpipelines für Verkehrsbetriebe/);
    assert.equal(mara.querySelector('a[href="https://mara.example.org"]')?.textContent, "https://mara.example.org");
    const img = mara.querySelector("img")!;
    assert.equal(img.getAttribute("alt"), "Foto von Mara König");
    assert.equal(img.getAttribute("width"), "96");
    assert.equal(img.getAttribute("height"), "96");
    assert.equal(img.getAttribute("loading"), "lazy", "below the abstract");
    const src = img.getAttribute("src")!;
    assert.match(src, /^\/2026\/speakers\/photos\/mara-koenig-96\.[0-9a-f]{10}\.webp$/);
    assert.match(img.getAttribute("srcset")!, /mara-koenig-96\.[0-9a-f]{10}\.webp 1x, \/2026\/speakers\/photos\/mara-koenig-192\.[0-9a-f]{10}\.webp 2x$/);
    const meta = await sharp(join(first.dir, src.slice("/2026/".length))).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ["webp", 96, 96]);
    const twice = await sharp(join(first.dir, img.getAttribute("srcset")!.split(", ")[1]!.split(" ")[0]!.slice("/2026/".length))).metadata();
    assert.deepEqual([twice.width, twice.height], [192, 192]);
    // A speaker without a photo still gets a card, without an <img>.
    const withoutPhoto = Array.from(first.doc("talk/rust-tutorial.html").querySelectorAll(".speaker-card"));
    assert.ok(withoutPhoto.length >= 1 && withoutPhoto.every((card) => !card.querySelector("img")));
  });

  test("1: the speakers index and the speaker's page show the photo", () => {
    const index = first.doc("speakers/index.html");
    const img = index.querySelector('img[alt="Foto von Mara König"]')!;
    assert.ok(img, "the speakers list has Mara's photo");
    assert.deepEqual([img.getAttribute("width"), img.getAttribute("height")], ["48", "48"]);
    assert.ok(index.querySelector('img[alt="Foto von 王美"]'));
    const page = first.doc("speakers/mara-koenig.html").querySelector(".speaker-page img")!;
    assert.deepEqual([page.getAttribute("width"), page.getAttribute("loading")], ["160", null]);
    assert.ok(existsSync(join(first.dir, page.getAttribute("src")!.slice("/2026/".length))));
  });

  test("2: every talk has a 1200×630 PNG, named in og:image by its absolute URL, with width, height, alt and twitter:card", () => {
    for (const talk of talks) {
      const doc = first.doc(`talk/${talk}.html`);
      const meta = (property: string) => doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content");
      assert.equal(meta("og:image"), `https://spree.example.org/2026/talk/${talk}.og.png`);
      assert.equal(meta("og:image:width"), "1200");
      assert.equal(meta("og:image:height"), "630");
      assert.ok(meta("og:image:alt")!.startsWith(doc.querySelector("h1")!.textContent!), meta("og:image:alt")!);
      assert.equal(meta("twitter:card"), "summary_large_image");
      assert.deepEqual(pngSize(readFileSync(join(first.dir, "talk", `${talk}.og.png`))), { width: 1200, height: 630 });
    }
    assert.equal(first.images?.shareImages.made, talks.length);
  });

  test("2: a second build makes no image; a new title makes only that talk's image again", async () => {
    const again = await build(SPREECONF, cache);
    assert.deepEqual(again.images?.shareImages, { made: 0, cached: talks.length });
    assert.equal(again.images?.photos.made, 0);
    const input = spreeconfCopy((dir) => replaceIn(join(dir, "talk", "blitz.md"), /^title: .*$/m, "title: Fünf Minuten Barrierefreiheit, neu"));
    const edited = await build(input, cache);
    assert.deepEqual(edited.images?.shareImages, { made: 1, cached: talks.length - 1 });
    assert.notDeepEqual(readFileSync(join(edited.dir, "talk", "blitz.og.png")), readFileSync(join(first.dir, "talk", "blitz.og.png")));
  });

  test("2: two cold builds give byte-identical images", async () => {
    const other = await build(SPREECONF, temporaryDir("image-cache-2"));
    assert.equal(other.images?.shareImages.made, talks.length);
    for (const talk of talks) assert.ok(readFileSync(join(other.dir, "talk", `${talk}.og.png`)).equals(readFileSync(join(first.dir, "talk", `${talk}.og.png`))), talk);
    for (const file of readdirSync(join(first.dir, "speakers", "photos"))) assert.ok(readFileSync(join(other.dir, "speakers", "photos", file)).equals(readFileSync(join(first.dir, "speakers", "photos", file))), file);
  });

  test("2: hostile titles (markup, quotes, very long, RTL, emoji, Chinese) are drawn without error and stay text", async () => {
    const titles = ['<script>alert("x")</script> & "quotes" \'too\' </svg><image href="file:///etc/passwd"/>', `${"Sehr lange Überschrift ".repeat(30)}Ende`, "עברית ועربية: right to left", "Emoji 🎉🚀👩‍💻 in titles", "從實驗室到正式環境：用 Pyspark 部署你的資料科學專案與機器學習模型的完整實戰經驗分享"];
    const input = spreeconfCopy((dir) => titles.forEach((title, index) => replaceIn(join(dir, "talk", ["daten-1", "daten-2", "daten-3", "sonntag", "zeitzonen"][index]! + ".md"), /^title: .*$/m, `title: ${JSON.stringify(title)}`)));
    const site = await build(input, temporaryDir("image-cache-hostile"));
    for (const talk of ["daten-1", "daten-2", "daten-3", "sonntag", "zeitzonen"]) assert.deepEqual(pngSize(readFileSync(join(site.dir, "talk", `${talk}.og.png`))), { width: 1200, height: 630 });
    const html = readFileSync(join(site.dir, "talk", "daten-1.html"), "utf8");
    assert.ok(!html.includes("<script>alert"), "escaped in the page");
    assert.match(html, /og:image:alt" content="&lt;script&gt;alert\(&quot;x&quot;\)/);
  });

  test("1: a photo that is not there is one error naming the speaker, speakers.json and its line; the old site stays", async () => {
    const input = spreeconfCopy((dir) => replaceIn(join(dir, "_data", "speakers.json"), "/images/speakers/wang-mei.png", "/images/speakers/wang.png"));
    const output = join(temporaryDir("cards-old"), "_site");
    await build(SPREECONF, cache, output);
    const before = readFileSync(join(output, "talk", "eroeffnung.html"));
    const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src", "build.ts"), "--input", input, "--output", output], { cwd: ROOT, encoding: "utf8", env: { ...process.env, TALK_PAGES_IMAGE_CACHE: cache } });
    assert.equal(run.status, 1, run.stderr);
    const line = readFileSync(join(input, "_data", "speakers.json"), "utf8").split("\n").findIndex((l) => l.includes("wang.png")) + 1;
    assert.match(run.stderr, new RegExp(`speakers\\.json:${line}: field "wang-mei\\.photo": expected an image file in the content folder.*found "/images/speakers/wang\\.png" for speaker "wang-mei", a file that is not there`));
    assert.equal(run.stderr.match(/wang\.png/g)?.length, 1, run.stderr);
    assert.ok(readFileSync(join(output, "talk", "eroeffnung.html")).equals(before), "the old site is left whole");
  });

  test("1: a photo outside the content folder, or not an image, is refused", async () => {
    const input = spreeconfCopy((dir) => {
      replaceIn(join(dir, "_data", "speakers.json"), "/images/speakers/wang-mei.png", "/../../../etc/hostname.png");
      replaceIn(join(dir, "_data", "speakers.json"), "/images/speakers/mara-koenig.png", "/talk/blitz.md");
    });
    try {
      await build(input, cache);
      assert.fail("the build should fail");
    } catch (error) {
      const problems = findContentError(error)?.problems ?? [];
      assert.deepEqual(problems.map((p) => p.field).sort(), ["mara-koenig.photo", "wang-mei.photo"]);
      assert.match(problems.find((p) => p.field === "wang-mei.photo")!.found!, /outside the content folder|not there/);
    }
  });

  test('2: "shareImages": false leaves them out', async () => {
    const input = spreeconfCopy((dir) => replaceIn(join(dir, "_data", "site.json"), /^\{/, '{\n  "shareImages": false,'));
    const site = await build(input, cache);
    assert.ok(!existsSync(join(site.dir, "talk", "blitz.og.png")));
    const doc = site.doc("talk/blitz.html");
    assert.equal(doc.querySelector('meta[property="og:image"]'), null);
    assert.equal(doc.querySelector('meta[name="twitter:card"]')?.getAttribute("content"), "summary");
  });
});
