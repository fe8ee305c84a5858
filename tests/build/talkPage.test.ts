// The seed talk page as a reader, a search engine and a share card see it.
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { buildInto, type BuiltSite } from "../helpers/site.ts";

describe("talk/moving.html", () => {
  let site: BuiltSite;
  let doc: Document;
  before(async () => {
    site = await buildInto({ pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
    doc = site.document("talk/moving.html");
  });

  test("is written where the Pelican page lived", () => {
    assert.ok(site.files().includes("talk/moving.html"), site.files().join(", "));
  });

  test("has the landmark structure: site header with navigation, main > article with header, body, footer", () => {
    assert.ok(doc.querySelector("body > header nav a[href]"), "site navigation");
    const article = doc.querySelector("main > article");
    assert.ok(article, "main > article");
    const children = Array.from(article.children).map((el) => el.tagName.toLowerCase());
    assert.equal(children[0], "header");
    assert.equal(children.at(-1), "footer");
    assert.equal(doc.querySelectorAll("h1").length, 1, "exactly one h1 on the page");
    assert.equal(
      doc.querySelector("main > article > header h1")?.textContent,
      "Moving Your Experimentation Project to Production Applications with Pyspark",
    );
  });

  test("its header states the speakers, linked to their pages, and when and where the talk was set", () => {
    const header = doc.querySelector("article > header")!;
    const speakers = Array.from(header.querySelectorAll(".speakers a")).map((a) => [a.textContent?.trim(), a.getAttribute("href")]);
    assert.deepEqual(speakers, [
      ["Shuhsi Lin", "/2020/speakers/shuhsi-lin.html"],
      ["Daren Hsu", "/2020/speakers/daren-hsu.html"],
    ]);
    const time = header.querySelector("time");
    // 11:10 in Taipei, whatever zone the build machine is in (the test runner pins TZ to New York).
    assert.equal(time?.getAttribute("datetime"), "2020-03-21T11:10:00+08:00");
    assert.equal(time?.textContent, "Saturday, March 21, 2020, 11:10–11:50");
    assert.match(header.textContent ?? "", /Taipei time, UTC\+08:00/);
    assert.match(header.textContent ?? "", /Room 203\s*Science Building 2, National Chiao Tung University, Hsinchu, Taiwan/);
  });

  test("says at the top that the talk was cancelled", () => {
    const first = doc.querySelector("article > header > *");
    assert.equal(first?.className, "notice notice-cancelled");
    assert.match(first?.textContent ?? "", /^Cancelled\. The conference was cancelled/);
  });

  test("links its calendar file, the talk in the other room at the same time, and its neighbours in Room 203", () => {
    assert.equal(doc.querySelector("article > header a.button")?.getAttribute("href"), "/2020/talk/moving.ics");
    const footer = doc.querySelector("article > footer")!;
    const same = Array.from(footer.querySelectorAll("[aria-labelledby=same-slot] li a")).map((a) => a.textContent);
    assert.deepEqual(same, ["uTensor: Make Devices Smart Again!"]);
    assert.equal(footer.querySelector(".previous a")?.getAttribute("href"), "/2020/talk/golang.html");
    assert.equal(footer.querySelector(".next a")?.getAttribute("href"), "/2020/tutorial/packaging.html");
    assert.equal(footer.querySelector(".published time")?.getAttribute("datetime"), "2020-01-06T21:09:00+08:00");
  });

  test("keeps the seed's sections, paragraphs and speaker link in the body", () => {
    const body = doc.querySelector("article > .prose")!;
    const headings = Array.from(body.querySelectorAll("h2")).map((h) => h.textContent?.trim());
    assert.deepEqual(headings, [
      "Moving Your Experimentation Project to Production Applications with Pyspark",
      "Talk Description",
      "Speaker",
    ]);
    assert.equal(body.querySelectorAll("p").length, 6);
    assert.match(body.textContent ?? "", /learning cure of\s+Apache Spark flatter/, "the speakers' own words, typos included");
    const link = body.querySelector('a[href="https://medium.com/@suci"]');
    assert.equal(link?.textContent, "Shuhsi Lin");
  });

  test("gives body headings stable ids with visible permalinks that name their section", () => {
    for (const id of ["talk-description", "speaker"]) {
      const heading = doc.getElementById(id);
      assert.equal(heading?.tagName.toLowerCase(), "h2", `#${id}`);
      const anchor = doc.querySelector(`a.heading-anchor[href="#${id}"]`);
      assert.ok(anchor, `permalink to #${id}`);
      assert.equal(anchor.textContent, "#");
      assert.match(anchor.getAttribute("aria-label") ?? "", new RegExp(heading!.textContent!));
    }
  });

  test("has a title, a description from the opening paragraph, and a canonical URL under the site's prefix", () => {
    assert.equal(doc.title, "Moving Your Experimentation Project to Production Applications with Pyspark · SciWork 2020");
    const description = doc.querySelector('meta[name="description"]')?.getAttribute("content") ?? "";
    assert.ok(description.startsWith("Struggling to bring data science projects from lab to production?"), description);
    assert.ok(description.length <= 160);
    assert.equal(doc.querySelector('link[rel="canonical"]')?.getAttribute("href"), "https://conf.sciwork.dev/2020/talk/moving.html");
  });

  test("has Open Graph and Twitter card tags agreeing with the page", () => {
    const meta = (selector: string) => doc.querySelector(selector)?.getAttribute("content");
    assert.equal(meta('meta[property="og:title"]'), doc.querySelector("h1")?.textContent);
    assert.equal(meta('meta[property="og:url"]'), "https://conf.sciwork.dev/2020/talk/moving.html");
    assert.equal(meta('meta[property="og:description"]'), meta('meta[name="description"]'));
    assert.equal(meta('meta[property="og:site_name"]'), "SciWork 2020");
    // Issue 9: a share image of its own, by its absolute URL.
    assert.equal(meta('meta[name="twitter:card"]'), "summary_large_image");
    assert.equal(meta('meta[property="og:image"]'), "https://conf.sciwork.dev/2020/talk/moving.og.png");
  });

  test("describes the talk as a schema.org Event with its speakers as performers", () => {
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    assert.equal(scripts.length, 1);
    const data = JSON.parse(scripts[0]!.textContent ?? "");
    assert.equal(data["@context"], "https://schema.org");
    assert.equal(data["@type"], "Event");
    assert.equal(data.name, "Moving Your Experimentation Project to Production Applications with Pyspark");
    assert.equal(data.url, "https://conf.sciwork.dev/2020/talk/moving.html");
    assert.deepEqual(data.performer, [
      { "@type": "Person", name: "Shuhsi Lin", url: "https://medium.com/@suci" },
      { "@type": "Person", name: "Daren Hsu", url: "https://conf.sciwork.dev/2020/speakers/daren-hsu.html" },
    ]);
    assert.equal(data.startDate, "2020-03-21T11:10:00+08:00");
    assert.equal(data.endDate, "2020-03-21T11:50:00+08:00");
    assert.equal(data.eventStatus, "https://schema.org/EventCancelled");
    assert.equal(data.eventAttendanceMode, "https://schema.org/OfflineEventAttendanceMode");
    assert.deepEqual(data.location, {
      "@type": "Place",
      name: "Room 203, Science Building 2, National Chiao Tung University",
      address: "Hsinchu, Taiwan",
    });
  });

  test("loads nothing from another host, and no script but its JSON-LD and the site's local-time script", () => {
    const html = site.read("talk/moving.html");
    for (const el of Array.from(doc.querySelectorAll("link[href], script[src], img[src], iframe[src]"))) {
      const ref = el.getAttribute("href") ?? el.getAttribute("src") ?? "";
      if (el.getAttribute("rel") === "canonical") continue;
      assert.ok(ref.startsWith("/2020/"), `${el.tagName} ${ref} should be served by the site itself`);
    }
    // The one script is the site's own, beside the page: it adds the visitor's local time (public/js/local-time.js).
    assert.deepEqual(Array.from(doc.querySelectorAll("script:not([type='application/ld+json'])")).map((s) => s.getAttribute("src")), ["/2020/js/local-time.js"]);
    assert.doesNotMatch(html, /@import|@font-face|url\(http/);
  });
});
