// `npm run import` of a frab schedule.xml and a pretalx-style schedule.json written for these tests: the content folder
// it writes (event, speakers, one page per event), and the site built from it, night sessions on the evening they belong to.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import { JSON_SCHEMA_SKIP, jsonValidator, XSD_SKIP, xmllint } from "../helpers/frabSchemas.ts";
import { buildInto, type BuiltSite } from "../helpers/site.ts";
import { DATA_DAY_JSON, HARBOUR_XML, importInto, page, programOf, readJson } from "./helpers.ts";

describe("the fixtures are frab as the c3voc schemas define it", () => {
  test("harbour-hack.xml is valid against the XSD", { skip: XSD_SKIP }, () => {
    const verdict = xmllint(readFileSync(HARBOUR_XML, "utf8"));
    assert.ok(verdict.ok, verdict.output);
  });
  test("data-day.json is valid against the JSON schema", { skip: JSON_SCHEMA_SKIP }, () => {
    const validate = jsonValidator();
    assert.ok(validate(JSON.parse(readFileSync(DATA_DAY_JSON, "utf8"))), JSON.stringify(validate.errors));
  });
});

describe("a frab schedule.xml whose days run from 11:00 to 04:00", () => {
  let dir: string;
  let site: BuiltSite;
  let warnings: string[];
  before(async () => {
    const imported = importInto(HARBOUR_XML);
    dir = imported.dir;
    warnings = imported.summary.warnings.map((w) => w.message);
    site = await buildInto({ input: dir });
  });

  test("event.json: the conference, its zone from time_zone_name, its days changing at 04:00, rooms, tracks, and the events without persons as breaks", () => {
    const event = readJson(dir, "_data/event.json");
    assert.deepEqual(
      { ...event, venue: undefined },
      {
        name: "Harbour Hack 2025",
        acronym: "hh25",
        timezone: "Europe/Lisbon",
        start: "2025-06-13",
        end: "2025-06-14",
        dayChange: "04:00",
        venue: undefined,
        rooms: [{ id: "main-hall", name: "Main Hall" }, { id: "workshop-room", name: "Workshop Room" }],
        tracks: [{ id: "hardware", name: "Hardware", color: "#c0392b" }, { id: "music", name: "Music" }],
        breaks: [
          { title: "Opening", start: "2025-06-13 11:00", end: "2025-06-13 11:15", room: "main-hall" },
          { title: "Closing party", start: "2025-06-15 02:00", end: "2025-06-15 03:30", room: "main-hall" },
        ],
      },
    );
    // frab has no venue: a placeholder, and a warning saying where to set it.
    assert.deepEqual(event.venue, { name: "Venue to be announced" });
    assert.ok(warnings.some((w) => /names no venue/.test(w)), warnings.join("\n"));
  });

  test("speakers.json: one id per person, however many events they have", () => {
    assert.deepEqual(readJson(dir, "_data/speakers.json"), {
      "ana-sousa": { name: "Ana Sousa" },
      "bram-de-vries": { name: "Bram de Vries" },
      // A name of no Latin letters gets its id from the person's number.
      "speaker-3": { name: "陳怡君" },
      "dee-okafor": { name: "Dee Okafor" },
    });
  });

  test("site.json: the conference's URL, zone and language", () => {
    const settings = readJson(dir, "_data/site.json");
    assert.equal(settings.url, "https://harbourhack.example.org/2025/");
    assert.equal(settings.timezone, "Europe/Lisbon");
    assert.equal(settings.name, "Harbour Hack 2025");
  });

  test("types map to ours (keynote, workshop → tutorial, lecture → talk, Lightning Talk, Hackathon → sprint); Concert is kept as written", () => {
    const types = Object.fromEntries(
      ["tides", "soldering-for-beginners", "reverse-engineering-a-tram", "night-owl-lightning-talks", "late-night-hack-session", "chiptune-live-set"].map((name) => [name, page(dir, `talk/${name}.md`).data.type]),
    );
    assert.deepEqual(types, { tides: "keynote", "soldering-for-beginners": "tutorial", "reverse-engineering-a-tram": "talk", "night-owl-lightning-talks": "lightning", "late-night-hack-session": "sprint", "chiptune-live-set": "Concert" });
    assert.equal(site.document("talk/chiptune-live-set/index.html").querySelector(".kind")?.textContent, "Concert · Music");
  });

  test("a talk page: title, start, duration, room, track, language, persons, slides, and subtitle, abstract, description and other links as the body", () => {
    const tides = page(dir, "talk/tides.md");
    assert.deepEqual({ ...tides.data, date: undefined }, {
      layout: "talk",
      title: "Tides & <Circuits>",
      date: undefined,
      // The event's URL is under the conference's: the page keeps its address.
      permalink: "talk/tides.html",
      type: "keynote",
      start: "2025-06-13 11:30",
      duration: 45,
      room: "main-hall",
      track: "hardware",
      language: "en",
      speakers: ["ana-sousa", "bram-de-vries"],
      slides: "https://slides.example.org/tides.pdf",
    });
    const doc = site.document("talk/tides.html");
    assert.equal(doc.querySelector("h1")?.textContent, "Tides & <Circuits>");
    const prose = Array.from(doc.querySelectorAll(".prose p, .prose li"), (p) => p.textContent);
    assert.deepEqual(prose, ["Why the harbour hums", "Two makers on what the sea does to electronics.", "Salt, damp and tides: <b>what fails first</b>, and how to build for it.", "Bring questions.", "Wiki page"]);
    assert.equal(doc.querySelector(".prose b"), null, "the description's markup is text");
    assert.equal(doc.querySelector(".prose li a")?.getAttribute("href"), "https://wiki.example.org/tides");
    assert.equal(page(dir, "talk/reverse-engineering-a-tram.md").data.video, "https://video.example.org/tram");
  });

  test("the program keeps each night on its evening: the 01:30 lightning talks on Friday, the 00:00 hack session and 02:00 party on Saturday", () => {
    assert.deepEqual(programOf(site), [
      [
        "Friday, June 13, 2025",
        [
          "11:00 Opening (11:00–11:15 · Main Hall)",
          "11:30 Tides & <Circuits> (11:30–12:15 · Main Hall · Keynote · Ana Sousa and Bram de Vries)",
          "14:00 Soldering for beginners (14:00–16:00 · Workshop Room · Tutorial · Ana Sousa)",
          "23:30 Chiptune live set (23:30–00:30 · Main Hall · Concert · 陳怡君)",
          "01:30 Night owl lightning talks (01:30–02:15 · Main Hall · Lightning talk · Dee Okafor)",
        ],
      ],
      [
        "Saturday, June 14, 2025",
        [
          "12:00 Reverse engineering a tram (12:00–12:45 · Main Hall · Talk · Bram de Vries)",
          "00:00 Late-night hack session (00:00–03:00 · Workshop Room · Sprint · Dee Okafor and Ana Sousa)",
          "02:00 Closing party (02:00–03:30 · Main Hall)",
        ],
      ],
    ]);
  });

  test("the 01:30 talk's page gives Friday, after midnight, with its exact start", () => {
    const doc = site.document("talk/night-owl-lightning-talks/index.html");
    const when = doc.querySelector("article > header time");
    assert.equal(when?.textContent, "Friday, June 13, 2025 (after midnight), 01:30–02:15");
    assert.equal(when?.getAttribute("datetime"), "2025-06-14T01:30:00+01:00");
  });

  test("the built schedule.json and schedule.xml file the night sessions under their evening, and stay valid", { skip: XSD_SKIP || JSON_SCHEMA_SKIP }, () => {
    const json = JSON.parse(site.read("schedule.json")) as { schedule: { conference: { days: { date: string; day_start: string; rooms: Record<string, { title: string }[]> }[] } } };
    assert.deepEqual(
      json.schedule.conference.days.map((day) => [day.date, day.day_start, Object.values(day.rooms).flat().map((e) => e.title)]),
      [
        ["2025-06-13", "2025-06-13T04:00:00+01:00", ["Tides & <Circuits>", "Chiptune live set", "Night owl lightning talks", "Soldering for beginners"]],
        ["2025-06-14", "2025-06-14T04:00:00+01:00", ["Reverse engineering a tram", "Late-night hack session"]],
      ],
    );
    const validate = jsonValidator();
    assert.ok(validate(json), JSON.stringify(validate.errors));
    const verdict = xmllint(site.read("schedule.xml"));
    assert.ok(verdict.ok, verdict.output);
  });
});

describe("a pretalx-style schedule.json", () => {
  let dir: string;
  let site: BuiltSite;
  let warnings: string[];
  before(async () => {
    const imported = importInto(DATA_DAY_JSON);
    dir = imported.dir;
    warnings = imported.summary.warnings.map((w) => `${w.line ?? ""}: ${w.message}`);
    site = await buildInto({ input: dir });
  });

  test("speakers get their biography and link, from either event they speak at", () => {
    assert.deepEqual(readJson(dir, "_data/speakers.json"), {
      "rita-almeida": { name: "Rita Almeida", url: "https://rita.example.org/", bio: "Rita builds data tools.\n\nShe lives by the river." },
      "tomas-ferreira": { name: "Tomás Ferreira", url: "https://tomas.example.org/", bio: "Tomás maps bus lines." },
    });
    const speaker = site.document("speakers/tomas-ferreira.html");
    assert.match(speaker.querySelector("main")?.textContent ?? "", /Tomás maps bus lines\./);
    assert.deepEqual(Array.from(speaker.querySelectorAll(".talk-list a"), (a) => a.textContent), ["Open data in cities", "dbt from zero"]);
  });

  test("rooms keep their description and capacity, the track its colour; a Panel stays a Panel and a Workshop is a tutorial", () => {
    const event = readJson<{ rooms: unknown[]; tracks: unknown[] }>(dir, "_data/event.json");
    assert.deepEqual(event.rooms, [{ id: "sala-1", name: "Sala 1", description: "Ground floor", capacity: 120 }, { id: "sala-2", name: "Sala 2" }]);
    assert.deepEqual(event.tracks, [{ id: "cities", name: "Cities", color: "#2e86c1" }]);
    assert.equal(page(dir, "talk/open-data-in-cities.md").data.type, "Panel");
    assert.equal(page(dir, "talk/dbt-from-zero.md").data.type, "tutorial");
    assert.deepEqual(programOf(site)[0]![1][0], "10:00 Pandas at scale (10:00–10:30 · Sala 1 · Talk · Rita Almeida) | Open data in cities (10:00–11:00 · Sala 2 · Panel · Rita Almeida and Tomás Ferreira)");
  });

  test("links: slides get their field, a paper goes in the body, a javascript: link is left out with a warning naming the event", () => {
    const pandas = page(dir, "talk/pandas-at-scale.md");
    assert.equal(pandas.data.slides, "https://slides.example.org/pandas.pdf");
    // The description repeats the abstract: it is written once.
    assert.equal(pandas.body, "Dataframes with a billion rows, on a laptop.\n\n## Links\n\n- [The paper](<https://papers.example.org/pandas.pdf>)\n");
    assert.ok(warnings.some((w) => /^57: event 11 \(“Pandas at scale”\): field "links\[2\]": expected an http\(s\) address, found "javascript:alert\(1\)": left out$/.test(w)), warnings.join("\n"));
    assert.ok(!site.read("talk/pandas-at-scale/index.html").includes("javascript:"));
  });

  test("a subtitle opens the body", () => {
    assert.equal(page(dir, "talk/dbt-from-zero.md").body, "*Models, tests, docs*\n\nBring a laptop.\n");
  });
});
