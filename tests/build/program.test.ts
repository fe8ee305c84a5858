// The pages made from the schedule: program grid, speakers, 404 and sitemap, and the calendar and schedule files beside them.
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { buildInto, CONTENT, temporaryDir, type BuiltSite } from "../helpers/site.ts";

describe("pages made from the schedule", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildInto({ pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
  });

  test("the program has one day, the rooms as columns, every talk linked and breaks across", () => {
    const doc = site.document("program.html");
    assert.equal(doc.querySelector("h1")?.textContent, "Program");
    assert.deepEqual(Array.from(doc.querySelectorAll(".day h2"), (h) => h.textContent), ["Saturday, March 21, 2020 Taipei time, UTC+08:00"]);
    assert.deepEqual(Array.from(doc.querySelectorAll(".room-head:not(.room-foot):not(.time-head)"), (s) => s.textContent), ["Room 211", "Room 203", "Room 202", "Room 201"]);
    assert.deepEqual(Array.from(doc.querySelectorAll(".room-foot"), (s) => s.textContent), ["Room 211", "Room 203", "Room 202", "Room 201"], "the footer names the columns again");
    const times = Array.from(doc.querySelectorAll(".slot-time time"), (t) => t.textContent);
    assert.deepEqual(times, ["08:30", "09:10", "09:50", "10:20", "11:00", "11:10", "11:50", "13:30", "16:30", "16:40", "18:00"]);
    const links = Array.from(doc.querySelectorAll(".slot-items a"), (a) => a.getAttribute("href"));
    assert.equal(links.length, 10);
    assert.ok(links.includes("/2020/talk/moving.html"));
    const row = Array.from(doc.querySelectorAll(".slot")).find((s) => s.querySelector("time")?.textContent === "11:10")!;
    // Columns count from 2 (the time axis is 1); rows are five minutes each from 08:30, under the room names on row 1:
    // 11:10 is 32 rows in, on line 34.
    assert.deepEqual(Array.from(row.querySelectorAll(".item"), (i) => [i.className, i.querySelector("a")?.textContent]), [
      ["item gr-34 gs-8 gc-2", "uTensor: Make Devices Smart Again!"],
      ["item gr-34 gs-8 gc-3", "Moving Your Experimentation Project to Production Applications with Pyspark"],
    ]);
    const lunch = Array.from(doc.querySelectorAll(".item.break")).find((i) => i.textContent?.includes("Lunch"));
    assert.equal(lunch?.className, "item break across gr-42 gs-20", "100 minutes across every room");
    assert.match(doc.querySelector(".notice-cancelled")?.textContent ?? "", /Cancelled/);
    const css = site.read(doc.querySelector('link[rel="stylesheet"][href*="program."]')!.getAttribute("href")!.replace(/^.*?(_assets\/)/, "$1"));
    for (const rule of [".gr-34 { grid-row-start: 34; }", ".gs-8 { grid-row-end: span 8; }", ".gc-3 { grid-column: 3; }", ".grid-cols-4 {"]) assert.ok(css.includes(rule), rule);
    assert.equal(doc.querySelectorAll("[style]").length, 0, "no style attributes: placements are classes");
  });

  test("a talk without an abstract shows its facts and says plainly that no abstract is published", () => {
    const doc = site.document("talk/diving.html");
    assert.equal(doc.querySelector("h1")?.textContent, "Diving into TensorFlow 2.0 Ecosystem");
    assert.match(doc.querySelector(".no-abstract")?.textContent ?? "", /abstract is not published here/);
    assert.equal(doc.querySelector("article > .prose")?.textContent?.trim(), "");
    assert.equal(doc.querySelector("article > header time")?.getAttribute("datetime"), "2020-03-21T09:10:00+08:00");
  });

  test("each speaker has a page listing their talks, and the index lists every speaker", () => {
    const doc = site.document("speakers/yung-yu-chen.html");
    assert.equal(doc.querySelector("h1")?.textContent, "Yung-Yu Chen");
    assert.equal(doc.title, "Yung-Yu Chen · SciWork 2020");
    assert.deepEqual(Array.from(doc.querySelectorAll(".talk-list a"), (a) => a.textContent), ["Numerical Software and Open Source", "libst"]);
    const index = site.document("speakers/index.html");
    const names = Array.from(index.querySelectorAll(".speaker-list > li > a"), (a) => a.textContent);
    assert.equal(names.length, 13);
    assert.ok(names.includes("柯維然"));
    const shuhsi = site.document("speakers/shuhsi-lin.html");
    assert.equal(shuhsi.querySelector('a[rel="me"]')?.getAttribute("href"), "https://medium.com/@suci");
    assert.match(shuhsi.querySelector(".prose p")?.textContent ?? "", /^Shuhsi Lin is working in a data team/);
    assert.equal(doc.querySelector(".no-abstract")?.textContent, "No biography is published here.");
  });

  test("the sitemap lists every page by its public URL and leaves out the 404 page", () => {
    const xml = site.read("sitemap.xml");
    const locs = Array.from(xml.matchAll(/<loc>([^<]+)<\/loc>/g), (m) => m[1]);
    const pages = site.files().filter((f) => f.endsWith(".html") && f !== "404.html");
    assert.equal(locs.length, pages.length);
    assert.ok(locs.includes("https://conf.sciwork.dev/2020/talk/moving.html"));
    assert.ok(locs.includes("https://conf.sciwork.dev/2020/"));
    assert.ok(!xml.includes("404"));
  });

  test("the 404 page links back into the site under its prefix", () => {
    const doc = site.document("404.html");
    assert.equal(doc.querySelector("h1")?.textContent, "Page not found");
    assert.ok(doc.querySelector('main a[href="/2020/"]'), "the home page");
  });

  test("every scheduled talk has its .ics beside its page, and the event has one calendar", () => {
    const files = site.files();
    for (const talk of ["talk/moving", "talk/diving", "tutorial/packaging", "sprint/libst"]) assert.ok(files.includes(`${talk}.ics`), talk);
    const ics = site.read("talk/moving.ics");
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nDTSTART;TZID=Asia\/Taipei:20200321T111000\r\n/);
    assert.match(ics, /\r\nSTATUS:CANCELLED\r\n/);
    assert.match(ics, /\r\nURL;VALUE=URI:https:\/\/conf\.sciwork\.dev\/2020\/talk\/moving\.html\r\n|\r\nURL:https:\/\/conf\.sciwork\.dev\/2020\/talk\/moving\.html\r\n/);
    assert.equal((site.read("calendar.ics").match(/BEGIN:VEVENT/g) ?? []).length, 10);
  });
});

describe("a talk with every optional fact", () => {
  test("shows track, level, language, slides and video in its header, and a moved notice", async () => {
    const input = join(temporaryDir("facts"), "content");
    cpSync(CONTENT, input, { recursive: true });
    const event = join(input, "_data", "event.json");
    writeFileSync(event, readFileSync(event, "utf8").replace('"tracks": []', '"tracks": [{ "id": "data", "name": "Data engineering" }]'));
    const talk = join(input, "talk", "golang.md");
    writeFileSync(
      talk,
      readFileSync(talk, "utf8").replace(
        "status: cancelled",
        "status: moved\ntrack: data\nlevel: intermediate\nlanguage: zh-TW\nslides: https://slides.example.org/golang.pdf\nvideo: https://video.example.org/golang",
      ),
    );
    const site = await buildInto({ input, pathPrefix: "/" });
    const header = site.document("talk/golang.html").querySelector("article > header")!;
    const facts = Object.fromEntries(Array.from(header.querySelectorAll(".facts > div"), (div) => [div.querySelector("dt")?.textContent, div.querySelector("dd")?.textContent?.trim()]));
    assert.equal(facts.Level, "Intermediate");
    assert.equal(facts.Language, "Chinese (Taiwan)");
    assert.equal(facts.Material, "Slides · Video");
    assert.equal(header.querySelector(".kind")?.textContent, "Talk · Data engineering");
    assert.equal(header.querySelector('.facts a[href="https://slides.example.org/golang.pdf"]')?.textContent, "Slides");
    // The event itself is cancelled, so its notice comes first; a moved talk in a running event says "Moved".
    assert.match(header.querySelector(".notice")?.textContent ?? "", /^Cancelled\./);
  });
});
