// The frab / c3voc schedule exports: valid against the published schemas, and showing what an app shows.
import assert from "node:assert/strict";
import { mock, test } from "node:test";
import { DOMParser } from "linkedom";
import { frabScheduleJson } from "../../src/export/frab/json.ts";
import { buildFrab } from "../../src/export/frab/model.ts";
import { de } from "../../src/i18n/de.ts";
import { frabScheduleXml } from "../../src/export/frab/xml.ts";
import type { Schedule, Talk } from "../../src/model/types.ts";
import { JSON_SCHEMA_SKIP, jsonValidator, XSD_SKIP, xmllint } from "../helpers/frabSchemas.ts";
import { BASE_URL, cancelledTalk, dataframes, instant, nightSprint, opening, schedule, speakers, xmlTalk } from "./fixture.ts";


// ---------------------------------------------------------------------------------------------------------------
// Reading the exports back

interface JsonPerson {
  id: number;
  guid: string;
  name: string;
}
interface JsonEvent {
  id: number;
  guid: string;
  date: string;
  start: string;
  end?: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  persons: JsonPerson[];
  links: { type: string; url: string; title: string }[];
}
interface JsonDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, JsonEvent[]>;
}
interface JsonDocument {
  schedule: {
    version: string;
    conference: { acronym: string; daysCount: number; timeslot_duration: string; time_zone_name?: string; days: JsonDay[] };
  };
}

function readJson(s: Schedule = schedule): JsonDocument {
  return JSON.parse(frabScheduleJson(buildFrab(s, BASE_URL))) as JsonDocument;
}

/** Every event with the date of the day and the room it is filed under. */
function jsonEvents(doc: JsonDocument): { day: string; roomKey: string; event: JsonEvent }[] {
  return doc.schedule.conference.days.flatMap((day) =>
    Object.entries(day.rooms).flatMap(([roomKey, events]) => events.map((event) => ({ day: day.date, roomKey, event }))),
  );
}

function jsonEvent(doc: JsonDocument, talk: Talk) {
  const url = BASE_URL + talk.url.slice(1);
  const found = jsonEvents(doc).find((item) => item.event.url === url);
  assert.ok(found, `an event for ${url}`);
  return found;
}

interface XmlEvent {
  day: string;
  roomName: string;
  guid: string;
  id: string;
  fields: Record<string, string>;
  persons: { id: string; name: string }[];
  links: { href: string; type: string }[];
}

function childElements(element: Element, name?: string): Element[] {
  return [...element.children].filter((child) => name === undefined || child.tagName.toLowerCase() === name);
}

function readXml(xml: string): { document: Document; events: XmlEvent[] } {
  const document = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  const events: XmlEvent[] = [];
  for (const day of childElements(document.documentElement, "day")) {
    for (const room of childElements(day, "room")) {
      for (const event of childElements(room, "event")) {
        const fields: Record<string, string> = {};
        for (const child of childElements(event)) fields[child.tagName.toLowerCase()] = child.textContent ?? "";
        events.push({
          day: day.getAttribute("date") ?? "",
          roomName: room.getAttribute("name") ?? "",
          guid: event.getAttribute("guid") ?? "",
          id: event.getAttribute("id") ?? "",
          fields,
          persons: [...event.querySelectorAll("person")].map((p) => ({ id: p.getAttribute("id") ?? "", name: p.textContent ?? "" })),
          links: [...event.querySelectorAll("link")].map((l) => ({ href: l.getAttribute("href") ?? "", type: l.getAttribute("type") ?? "" })),
        });
      }
    }
  }
  return { document, events };
}

// ---------------------------------------------------------------------------------------------------------------
// Schema validation

test("schedule.xml is valid against the c3voc XSD (xmllint)", { skip: XSD_SKIP }, () => {
  const verdict = xmllint(frabScheduleXml(buildFrab(schedule, BASE_URL)));
  assert.ok(verdict.ok, verdict.output);
  // The validator does reject: a duplicate guid breaks the XSD's uniqueness constraint.
  const broken = frabScheduleXml(buildFrab(schedule, BASE_URL)).replace(/guid="[^"]+">\n {8}<room>Saal A/, (match) =>
    match.replace(/guid="[^"]+"/, `guid="${uuidOf(dataframes)}"`),
  );
  assert.notEqual(broken, frabScheduleXml(buildFrab(schedule, BASE_URL)));
  assert.equal(xmllint(broken).ok, false);
});

test("schedule.json is valid against the c3voc JSON schema (ajv, draft-06)", { skip: JSON_SCHEMA_SKIP }, () => {
  const validate = jsonValidator();
  const valid = validate(JSON.parse(frabScheduleJson(buildFrab(schedule, BASE_URL))));
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
  // The validator does reject: an event without its guid.
  const doc = readJson();
  delete (doc.schedule.conference.days[0]!.rooms["Saal A"]![0] as Partial<JsonEvent>).guid;
  assert.equal(validate(doc), false);
});

/** A cancelled event without tracks, with a talk in a room that event.rooms lacks. */
const annex = { id: "annex", name: "Annex & Garden" };
const variant: Schedule = {
  ...schedule,
  event: { ...schedule.event, status: "cancelled", statusNote: "Cancelled <for now>.", acronym: "spree-25", tracks: [] },
  talks: [...schedule.talks, { ...opening, id: "talk/annex", url: "/talk/annex.html", room: annex, track: undefined }],
};

test("the JSON export of an event that is cancelled, without tracks and with an unknown room stays valid", { skip: JSON_SCHEMA_SKIP }, () => {
  const validate = jsonValidator();
  assert.ok(validate(JSON.parse(frabScheduleJson(buildFrab(variant, BASE_URL)))), JSON.stringify(validate.errors, null, 2));
  // The acronym's hyphen, which the JSON schema refuses after the first character, became "_".
  assert.equal(readJson(variant).schedule.conference.acronym, "spree_25");
  // The room that event.rooms lacks follows the listed rooms.
  assert.deepEqual(Object.keys(readJson(variant).schedule.conference.days[0]!.rooms), ["Saal A", "Raum B", "Annex & Garden"]);
});

test("the XML export of the same event stays valid", { skip: XSD_SKIP }, () => {
  const verdict = xmllint(frabScheduleXml(buildFrab(variant, BASE_URL)));
  assert.ok(verdict.ok, verdict.output);
});

function uuidOf(talk: Talk): string {
  return jsonEvent(readJson(), talk).event.guid;
}

// ---------------------------------------------------------------------------------------------------------------
// What an app shows

test("days: one per calendar day, with day_start and day_end in the offset of each moment", () => {
  const { conference } = readJson().schedule;
  assert.equal(conference.daysCount, 2);
  assert.deepEqual(
    conference.days.map((day) => [day.index, day.date, day.day_start, day.day_end]),
    [
      [1, "2025-10-25", "2025-10-25T00:00:00+02:00", "2025-10-25T23:59:00+02:00"],
      // Midnight is still summer time; by 23:59 the clock has gone back an hour.
      [2, "2025-10-26", "2025-10-26T00:00:00+02:00", "2025-10-26T23:59:00+01:00"],
    ],
  );
  for (const day of conference.days) assert.deepEqual(Object.keys(day.rooms), ["Saal A", "Raum B"]);
  assert.equal(conference.time_zone_name, "Europe/Berlin");
  assert.equal(conference.acronym, "spreeconf2025");
  assert.equal(conference.timeslot_duration, "00:15");

  const { document } = readXml(frabScheduleXml(buildFrab(schedule, BASE_URL)));
  const days = childElements(document.documentElement, "day");
  assert.deepEqual(
    days.map((day) => [day.getAttribute("index"), day.getAttribute("date"), day.getAttribute("start"), day.getAttribute("end")]),
    [
      ["1", "2025-10-25", "2025-10-25T00:00:00+02:00", "2025-10-25T23:59:00+02:00"],
      ["2", "2025-10-26", "2025-10-26T00:00:00+02:00", "2025-10-26T23:59:00+01:00"],
    ],
  );
  for (const day of days) assert.deepEqual(childElements(day, "room").map((room) => room.getAttribute("name")), ["Saal A", "Raum B"]);
});

test("events per room per day, in time order; the unscheduled talk is left out", () => {
  const placed = jsonEvents(readJson()).map((item) => [item.day, item.roomKey, item.event.start, item.event.title]);
  assert.deepEqual(placed, [
    ["2025-10-25", "Saal A", "09:30", "Opening keynote"],
    ["2025-10-25", "Saal A", "10:30", "Dataframes für alle"],
    ["2025-10-25", "Raum B", "10:30", 'Parsing <XML> & "quotes" safely'],
    ["2025-10-25", "Raum B", "22:00", "Night sprint"],
    ["2025-10-26", "Saal A", "10:00", "Cancelled: A talk that will not happen"],
    ["2025-10-26", "Raum B", "13:00", "Rust für Einsteiger:innen"],
  ]);
  const xmlPlaced = readXml(frabScheduleXml(buildFrab(schedule, BASE_URL))).events.map((e) => [e.day, e.roomName, e.fields.start, e.fields.title]);
  assert.deepEqual(xmlPlaced, placed);
});

test("the opening keynote: day, start, duration, room, person, url, links, offset", () => {
  const { day, event } = jsonEvent(readJson(), opening);
  assert.equal(day, "2025-10-25");
  assert.equal(event.date, "2025-10-25T09:30:00+02:00");
  assert.equal(event.end, "2025-10-25T10:15:00+02:00");
  assert.equal(event.start, "09:30");
  assert.equal(event.duration, "00:45");
  assert.equal(event.room, "Saal A");
  assert.equal(event.type, "keynote");
  assert.equal(event.language, "en");
  assert.equal(event.track, null);
  assert.equal(event.abstract, "Why we meet by the river.");
  assert.equal(event.url, "https://conf.example.org/2025/talk/opening.html");
  assert.deepEqual(event.persons.map((p) => [p.id, p.name]), [[1, "Ada Byron"]]);
  assert.deepEqual(event.links, [{ type: "slides", url: "https://slides.example.org/opening.pdf", title: "Slides" }]);
  // uuid5(NAMESPACE_URL, url), computed independently with Python's uuid module.
  assert.equal(event.guid, "f1932062-ba0d-5600-aa14-e4733c102a43");

  const xml = readXml(frabScheduleXml(buildFrab(schedule, BASE_URL))).events.find((e) => e.guid === event.guid);
  assert.ok(xml);
  assert.equal(xml.id, String(event.id));
  assert.equal(xml.fields.date, "2025-10-25T09:30:00+02:00");
  assert.equal(xml.fields.start, "09:30");
  assert.equal(xml.fields.duration, "00:45");
  assert.equal(xml.fields.room, "Saal A");
  assert.equal(xml.fields.track, "");
  assert.equal(xml.fields.url, "https://conf.example.org/2025/talk/opening.html");
  assert.deepEqual(xml.persons, [{ id: "1", name: "Ada Byron" }]);
  assert.deepEqual(xml.links, [{ href: "https://slides.example.org/opening.pdf", type: "slides" }]);
});

test("two speakers with non-ASCII names, a track, a language and a video link", () => {
  const { event } = jsonEvent(readJson(), dataframes);
  assert.deepEqual(event.persons.map((p) => [p.id, p.name]), [
    [2, "Zoë Müller"],
    [3, "陳怡君"],
  ]);
  assert.equal(event.track, "Data & Science");
  assert.equal(event.language, "de");
  assert.equal(event.guid, "49c11ae3-73b8-5922-a948-de8b6fb5f3b7"); // Python's uuid5(NAMESPACE_URL, url)
  assert.deepEqual(event.links, [{ type: "media", url: "https://video.example.org/dataframes", title: "Video" }]);

  const xml = readXml(frabScheduleXml(buildFrab(schedule, BASE_URL))).events.find((e) => e.guid === event.guid);
  assert.ok(xml);
  assert.deepEqual(xml.persons, [
    { id: "2", name: "Zoë Müller" },
    { id: "3", name: "陳怡君" },
  ]);
  assert.equal(xml.fields.track, "Data & Science");
  assert.equal(xml.fields.language, "de");
  // The same person keeps one id across talks: Zoë Müller also runs the night sprint.
  assert.deepEqual(jsonEvent(readJson(), nightSprint).event.persons.map((p) => [p.id, p.name]), [[2, "Zoë Müller"]]);
});

test("XML-special characters are escaped in the XML and read back intact", () => {
  const raw = frabScheduleXml(buildFrab(schedule, BASE_URL));
  assert.ok(raw.includes("<title>Parsing &lt;XML&gt; &amp; \"quotes\" safely</title>"));
  assert.ok(raw.includes('<track name="Data &amp; Science" color="#1f77b4" slug="data">Data &amp; Science</track>'));
  const xml = readXml(raw).events.find((e) => e.fields.url === "https://conf.example.org/2025/talk/xml.html");
  assert.ok(xml);
  assert.equal(xml.fields.title, xmlTalk.title);
  assert.equal(xml.fields.abstract, "Entities, CDATA & other <surprises>.");
  assert.deepEqual(xml.persons, [{ id: "4", name: "Grace O'Neil" }]);
  assert.equal(jsonEvent(readJson(), xmlTalk).event.title, 'Parsing <XML> & "quotes" safely');
});

test("after the clock goes back: the offset is +01:00, and a talk across the change has its real length", () => {
  const doc = readJson();
  const cancelled = jsonEvent(doc, cancelledTalk);
  assert.equal(cancelled.day, "2025-10-26");
  assert.equal(cancelled.event.date, "2025-10-26T10:00:00+01:00");
  assert.equal(cancelled.event.start, "10:00");
  assert.equal(cancelled.event.duration, "00:30");

  // 22:00 CEST to the second 02:30 (CET): 5 h 30 min, filed under the day it starts.
  const sprint = jsonEvent(doc, nightSprint);
  assert.equal(sprint.day, "2025-10-25");
  assert.equal(sprint.event.date, "2025-10-25T22:00:00+02:00");
  assert.equal(sprint.event.end, "2025-10-26T02:30:00+01:00");
  assert.equal(sprint.event.duration, "05:30");

  const xml = readXml(frabScheduleXml(buildFrab(schedule, BASE_URL))).events;
  assert.equal(xml.find((e) => e.guid === cancelled.event.guid)?.fields.date, "2025-10-26T10:00:00+01:00");
  assert.equal(xml.find((e) => e.guid === sprint.event.guid)?.fields.duration, "05:30");
});

test("every date carries the offset Berlin had at that moment", () => {
  for (const { event } of jsonEvents(readJson())) {
    const talk = schedule.talks.find((candidate) => BASE_URL + candidate.url.slice(1) === event.url);
    assert.ok(talk?.start);
    const offset = talk.start.toFormat("ZZ");
    assert.ok(event.date.endsWith(offset), `${event.date} ends with ${offset}`);
    assert.equal(new Date(event.date).getTime(), talk.start.toMillis());
    if (talk.end) assert.equal(new Date(event.end ?? "").getTime(), talk.end.toMillis());
  }
});

test("issue 9.4: a cancelled talk stays in the schedule, marked in its title so an app user never walks to it", () => {
  const { event } = jsonEvent(readJson(), cancelledTalk);
  assert.equal(event.title, "Cancelled: A talk that will not happen");
  assert.ok(frabScheduleXml(buildFrab(schedule, BASE_URL)).includes("<title>Cancelled: A talk that will not happen</title>"));
  assert.ok(frabScheduleXml(buildFrab(schedule, BASE_URL, de)).includes("<title>Abgesagt: A talk that will not happen</title>"), "in the site's language");
  assert.equal(jsonEvent(readJson(), opening).event.title, opening.title, "the others keep theirs");
});

test("ids, guids and slugs are unique and stable; persons are numbered by schedule.speakers", () => {
  const events = jsonEvents(readJson()).map((item) => item.event);
  for (const key of ["id", "guid", "slug"] as const) {
    assert.equal(new Set(events.map((event) => event[key])).size, events.length, `unique ${key}`);
  }
  for (const event of events) {
    assert.ok(Number.isInteger(event.id) && event.id >= 1 && event.id <= 0x7fffffff);
    assert.match(event.guid, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
  assert.equal(jsonEvent(readJson(), opening).event.slug, "spreeconf2025-talk-opening");
  // Reordering talks (a new talk first) moves no id or guid.
  const before = new Map(events.map((event) => [event.url, [event.id, event.guid]]));
  const early: Talk = { ...opening, id: "talk/early", url: "/talk/early.html", start: instant("2025-10-25T08:00+02:00") };
  const after = jsonEvents(readJson({ ...schedule, talks: [early, ...schedule.talks] })).map((item) => item.event);
  for (const event of after) {
    if (event.url.endsWith("/talk/early.html")) continue;
    assert.deepEqual([event.id, event.guid], before.get(event.url));
  }
  // Person ids are positions in schedule.speakers, counted from 1.
  for (const event of events) {
    for (const person of event.persons) assert.equal(speakers[person.id - 1]?.name, person.name);
  }
});

test("byte-identical output: two calls, another clock, another machine zone", () => {
  const xml = frabScheduleXml(buildFrab(schedule, BASE_URL));
  const json = frabScheduleJson(buildFrab(schedule, BASE_URL));
  assert.equal(frabScheduleXml(buildFrab(schedule, BASE_URL)), xml);
  assert.equal(frabScheduleJson(buildFrab(schedule, BASE_URL)), json);
  mock.timers.enable({ apis: ["Date"], now: new Date("2031-01-02T03:04:05Z") });
  try {
    assert.equal(frabScheduleXml(buildFrab(schedule, BASE_URL)), xml);
    assert.equal(frabScheduleJson(buildFrab(schedule, BASE_URL)), json);
  } finally {
    mock.timers.reset();
  }
  const machineZone = process.env.TZ;
  process.env.TZ = "Asia/Kolkata";
  try {
    assert.equal(new Date("2025-10-25T12:00:00Z").getTimezoneOffset(), -330, "the machine zone did change");
    assert.equal(frabScheduleXml(buildFrab(schedule, BASE_URL)), xml);
    assert.equal(frabScheduleJson(buildFrab(schedule, BASE_URL)), json);
  } finally {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  }
  // XML and JSON carry the same version.
  assert.ok(xml.includes(`<version>${readJson().schedule.version}</version>`));
});

test("a speaker missing from schedule.speakers is an error that names the talk", () => {
  const stranger = { id: "stranger", name: "Stranger", pageUrl: "/speakers/stranger.html" };
  const broken: Schedule = { ...schedule, talks: [{ ...opening, speakers: [stranger] }] };
  assert.throws(() => frabScheduleJson(buildFrab(broken, BASE_URL)), /stranger.*talk\/opening/);
});
