// Issue 9: what attendees see, on the repository's German test conference (tests/fixtures/spreeconf: two days across
// the night summer time starts, a keynote, a tutorial beside three talks, a lightning talk, a moved and a cancelled talk).
import assert from "node:assert/strict";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { PUBLIC_DIR } from "../../src/eleventy/paths.ts";
import { en } from "../../src/i18n/en.ts";
import { de } from "../../src/i18n/de.ts";
import { ConferenceLoader } from "../../src/model/load.ts";
import { buildInto, buildProblems, temporaryDir, type BuiltSite } from "../helpers/site.ts";

export const SPREECONF = join(import.meta.dirname, "..", "fixtures", "spreeconf");

/** A copy of the test conference, changed by `edit`. */
function spreeconfWith(edit: (dir: string) => void): string {
  const dir = join(temporaryDir("spreeconf"), "content");
  cpSync(SPREECONF, dir, { recursive: true });
  edit(dir);
  return dir;
}

function replaceIn(path: string, from: string, to: string): void {
  const text = readFileSync(path, "utf8");
  assert.ok(text.includes(from), `${path} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/** A page's words that are the interface's, not the content's: the body and speaker-written fields left out. */
function interfaceText(doc: Document): string {
  // Names given to screen readers are interface text too, also inside a body (headings' permalinks).
  const labels = Array.from(doc.querySelectorAll("[aria-label]")).filter((e) => !e.closest("[lang]:not(html)")).map((e) => e.getAttribute("aria-label")!.replace(/“.*”|„.*“/, ""));
  for (const element of Array.from(doc.querySelectorAll(".prose, h1, [lang]:not(html), .talk-list a, .talk-links a, .slot-items a, .item .title, .room-nav a, .speaker-page .prose"))) element.remove();
  return `${labels.join(" ")} ${doc.body.textContent ?? ""}`;
}

describe("issue 9: a German conference", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildInto({ input: SPREECONF, pathPrefix: "/2026/", siteUrl: "https://spree.example.org/2026" });
  });

  test("12: no page shows English interface text; weekdays, months and zones are German", () => {
    const english = [
      ...Object.entries(en.text).filter(([key, value]) => value !== de.text[key as keyof typeof de.text]).map(([, value]) => value),
      ...Object.entries(en.types).filter(([key, value]) => value !== de.types[key as keyof typeof de.types]).map(([, value]) => value),
      ...Object.values(en.levels),
      en.speakerHeading(1), en.speakerHeading(2), en.programTitle, en.speakersTitle, en.notFoundTitle, en.breakLabel,
      "Saturday", "Sunday", "March", " time, UTC", "from ", "Share this", "Before, in", "After, in", "other talks", "Permalink to",
    ].filter((phrase) => !JSON.stringify(de).includes(phrase)); // "Talk" is German too, in "Lightning Talk"
    const pages = site.files().filter((file) => file.endsWith(".html"));
    assert.ok(pages.length >= 15, pages.join(", "));
    for (const file of pages) {
      const doc = site.document(file);
      assert.equal(doc.documentElement.getAttribute("lang"), "de", file);
      const words = interfaceText(doc);
      for (const phrase of english) assert.ok(!new RegExp(`(^|[^\\p{L}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(words), `${file} says "${phrase}": ${words.replace(/\s+/g, " ").slice(0, 400)}`);
    }
    assert.equal(site.document("talk/zeitzonen.html").querySelector(".heading-anchor")?.getAttribute("aria-label"), "Link zu „Hintergrund“");
    const talk = site.document("talk/rust-tutorial.html");
    assert.equal(talk.querySelector(".facts time")?.textContent, "Samstag, 28. März 2026, 10:30–12:30");
    assert.equal(talk.querySelector(".facts .zone")?.textContent, "Mitteleuropäische Zeit, UTC+01:00");
    assert.equal(talk.querySelector(".actions a")?.textContent, "In den Kalender eintragen (ICS-Datei)");
  });

  test("6: a talk in English on a German site has lang=\"en\" on its title and body", () => {
    const doc = site.document("talk/tests-that-lie.html");
    assert.equal(doc.querySelector("h1")?.getAttribute("lang"), "en");
    assert.equal(doc.querySelector("article > .prose")?.getAttribute("lang"), "en");
    assert.equal(site.document("talk/rust-tutorial.html").querySelector("h1")?.hasAttribute("lang"), false, "a German talk has none");
  });

  test("8: each day of the program states its own offset across the change to summer time", () => {
    const doc = site.document("program.html");
    assert.deepEqual(Array.from(doc.querySelectorAll(".day h2 .offset"), (s) => s.textContent), ["Mitteleuropäische Zeit, UTC+01:00", "Mitteleuropäische Zeit, UTC+02:00"]);
    assert.equal(site.document("talk/zeitzonen.html").querySelector(".facts time")?.getAttribute("datetime"), "2026-03-29T10:00:00+02:00");
  });

  test("7: the grid gives the two-hour tutorial the rows of the three talks beside it, and the lightning talk one row", () => {
    const doc = site.document("program.html");
    const item = (title: string) => Array.from(doc.querySelectorAll(".item")).find((i) => i.querySelector("a, .title")?.textContent === title)!;
    const rows = (title: string) => {
      const classes = item(title).className;
      return { start: Number(/gr-(\d+)/.exec(classes)![1]), span: Number(/gs-(\d+)/.exec(classes)![1]) };
    };
    const tutorial = rows("Rust für Einsteigerinnen und Einsteiger");
    const parts = [1, 2, 3].map((n) => rows(`Daten in Bewegung, Teil ${n}`));
    assert.equal(tutorial.start, parts[0]!.start);
    assert.equal(tutorial.span, parts.reduce((sum, part) => sum + part.span, 0));
    assert.equal(rows("Fünf Minuten Barrierefreiheit").span, 1);
    assert.match(item("Eröffnung – Warum wir uns am Fluss treffen").className, /\bkeynote\b/, "the keynote stands out");
    assert.match(item("Mittagspause").className, /\bacross\b/, "a break across all rooms");
    const columns = (name: string) => new Set(Array.from(doc.querySelectorAll(".item")).filter((i) => i.querySelector(".room")?.textContent === ` · ${name}`).map((i) => /gc-(\d+)/.exec(i.className)?.[1]));
    assert.deepEqual([...columns("Saal A")], ["2"], "Saal A keeps one column on both days");
    assert.deepEqual(Array.from(doc.querySelectorAll(".day:first-of-type .room-head:not(.time-head):not(.room-foot)"), (h) => h.textContent), ["Saal A", "Raum B", "Raum C"]);
  });

  test("4: a moved talk says where and when it was, the program marks it, its calendar counts the move", () => {
    const doc = site.document("talk/zeitzonen.html");
    assert.equal(doc.querySelector(".notice strong")?.textContent, "Verlegt von Saal A, Samstag, 28. März 2026, 14:00 Uhr.");
    const program = site.document("program.html");
    const moved = Array.from(program.querySelectorAll(".item")).find((i) => i.textContent?.includes("Zeitzonen ohne Tränen"))!;
    assert.equal(moved.querySelector(".badge")?.textContent, "Verlegt");
    assert.match(site.read("talk/zeitzonen.ics"), /\r\nSEQUENCE:1\r\n/);
  });

  test("4: a cancelled talk is struck through in the program and marked in the frab schedule", () => {
    const program = site.document("program.html");
    const cancelled = Array.from(program.querySelectorAll(".item")).find((i) => i.textContent?.includes("Mikrofrontends im Eigenbau"))!;
    assert.match(cancelled.className, /\bcancelled\b/);
    assert.equal(cancelled.querySelector(".badge")?.textContent, "Abgesagt");
    assert.ok(site.read("schedule.xml").includes("<title>Abgesagt: Mikrofrontends im Eigenbau</title>"));
    assert.ok((JSON.parse(site.read("schedule.json")) as { schedule: unknown }) && site.read("schedule.json").includes('"title": "Abgesagt: Mikrofrontends im Eigenbau"'));
  });

  test("9: a speaker's page gives the day of each talk", () => {
    const doc = site.document("speakers/mara-koenig.html");
    const lines = Array.from(doc.querySelectorAll(".talk-list .by"), (by) => by.textContent);
    assert.deepEqual(lines.slice(0, 2), ["Sa., 28. März, 09:30–10:15 Uhr · Saal A", "Sa., 28. März, 10:30–11:10 Uhr · Saal A"]);
  });

  test("10: without an index.md the home page is the event's: name, dates, venue and the talks by day", () => {
    const doc = site.document("index.html");
    assert.equal(doc.querySelector("h1")?.textContent, "Spree Conf 2026");
    assert.equal(doc.querySelector(".page-header .by")?.textContent, "28.–29. März 2026 · Kulturhaus am Ufer, Uferweg 1, 10117 Berlin");
    assert.deepEqual(Array.from(doc.querySelectorAll("section h2"), (h) => h.textContent), ["Samstag, 28. März 2026", "Sonntag, 29. März 2026"]);
    assert.equal(doc.querySelectorAll("section .talk-list li").length, 10, "every talk of the fixture");
    assert.equal(site.document("404.html").querySelector(".prose a")?.getAttribute("href"), "/2026/", "the home link is never dead");
  });
});

describe("issue 9: checks organizers need", () => {
  test("8: a time the clocks skip is an error with file, line and field", async () => {
    const input = spreeconfWith((dir) => replaceIn(join(dir, "talk", "zeitzonen.md"), "start: 2026-03-29 10:00", "start: 2026-03-29 02:30"));
    const problems = await buildProblems(input);
    const problem = problems.find((p) => p.file.endsWith("zeitzonen.md"));
    assert.deepEqual(problem && [problem.line, problem.field, problem.expected], [7, "start", "a time that exists in Europe/Berlin on 2026-03-29: the clocks jump from 02:00 to 03:00 that night"]);
  });

  test("11: a talk during a break across all rooms and a speaker in two rooms at once are warnings naming both files", async () => {
    const input = spreeconfWith((dir) => {
      replaceIn(join(dir, "talk", "blitz.md"), "start: 2026-03-28 12:20", "start: 2026-03-28 12:40");
      replaceIn(join(dir, "talk", "tests-that-lie.md"), "  - sam-okafor", "  - mara-koenig");
    });
    const conference = new ConferenceLoader(input, PUBLIC_DIR, {}).load();
    const warnings = conference.warnings.map((w) => `${w.file.replace(input, "")}:${w.line}: ${w.field}: ${w.expected}; found ${w.found}`);
    assert.deepEqual(warnings, [
      `/talk/blitz.md:7: start: no talk during "Mittagspause" (12:30–13:30, all rooms, ${input}/_data/event.json:19); found 12:40–12:45`,
      `/talk/tests-that-lie.md:12: speakers[0]: a speaker who is free: mara-koenig is in Saal A then (${input}/talk/daten-1.md, 10:30–11:10); found mara-koenig in Raum C at 10:30`,
    ]);
    // Still built: these are for the organizer to decide.
    const site = await buildInto({ input });
    assert.ok(site.files().includes("talk/blitz.html"));
  });

  test("4: an earlier slot in a room that does not exist is an error naming the field", async () => {
    const input = spreeconfWith((dir) => replaceIn(join(dir, "talk", "zeitzonen.md"), "    room: saal-a", "    room: saal-z"));
    const problems = await buildProblems(input);
    const problem = problems.find((p) => p.file.endsWith("zeitzonen.md"));
    assert.equal(problem?.field, "previous[0].room");
    assert.match(problem?.expected ?? "", /a room id from _data\/event.json \(.*saal-a/);
    assert.equal(problem?.line, 16, "the line of the earlier slot's room");
  });

  test("12: a language without interface text builds in English, with a warning naming the setting", async () => {
    const input = spreeconfWith((dir) => replaceIn(join(dir, "_data", "site.json"), '"language": "de"', '"language": "ja"'));
    const conference = new ConferenceLoader(input, PUBLIC_DIR, {}).load();
    assert.deepEqual(conference.warnings.map((w) => [w.field, w.found]), [["language", '"ja"']]);
    const site = await buildInto({ input });
    assert.equal(site.document("talk/rust-tutorial.html").querySelector(".actions a")?.textContent, "Add to calendar (.ics file)");
    rmSync(join(input, ".."), { recursive: true, force: true });
  });
});
