// The iCalendar exports, read back with ical.js the way a calendar app reads them.
import assert from "node:assert/strict";
import { mock, test } from "node:test";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { eventCalendar, talkCalendar } from "../../src/export/ics.ts";
import type { Schedule } from "../../src/model/types.ts";
import {
  BASE_URL,
  berlin,
  cancelledTalk,
  dataframes,
  nightSprint,
  opening,
  schedule,
  unscheduledTalk,
  xmlTalk,
  ZONE,
} from "./fixture.ts";

interface Parsed {
  calendar: ICAL.Component;
  events: ICAL.Component[];
}

/** Parse, register the file's own VTIMEZONEs (as a client does), and return the VEVENTs. */
function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(vtimezone);
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

function byUid(parsed: Parsed, uid: string): ICAL.Component {
  const found = parsed.events.find((vevent) => vevent.getFirstPropertyValue("uid") === uid);
  assert.ok(found, `a VEVENT with UID ${uid}`);
  return found;
}

function text(vevent: ICAL.Component, name: string): unknown {
  return vevent.getFirstPropertyValue(name);
}

/** The unfolded content lines of the raw text. */
function unfolded(raw: string): string[] {
  return raw.replace(/\r\n[ \t]/g, "").split("\r\n");
}

test("eventCalendar: one VEVENT per scheduled talk, with stable UIDs, none for the unscheduled talk", () => {
  const parsed = parse(eventCalendar(schedule, BASE_URL));
  assert.deepEqual(
    parsed.events.map((vevent) => text(vevent, "uid")),
    [
      "talk-opening@conf.example.org",
      "talk-dataframes@conf.example.org",
      "talk-xml@conf.example.org",
      "sprint-night@conf.example.org",
      "talk-cancelled@conf.example.org",
      "tutorial-rust@conf.example.org",
    ],
  );
  assert.ok(!parsed.events.some((vevent) => String(text(vevent, "summary")).includes(unscheduledTalk.title)));
  const prodid = String(parsed.calendar.getFirstPropertyValue("prodid"));
  assert.match(prodid, /talk-pages/);
  assert.equal(parsed.calendar.getFirstPropertyValue("x-wr-calname"), "Spree Conf 2025");
  assert.equal(parsed.calendar.getFirstPropertyValue("version"), "2.0");
});

test("eventCalendar: start and end are the fixture's instants, written with TZID and one VTIMEZONE", () => {
  const parsed = parse(eventCalendar(schedule, BASE_URL));
  const vtimezones = parsed.calendar.getAllSubcomponents("vtimezone");
  assert.equal(vtimezones.length, 1);
  assert.equal(vtimezones[0]?.getFirstPropertyValue("tzid"), ZONE);
  for (const talk of schedule.talks) {
    const vevent = byUid(parsed, `${talk.id.replace("/", "-")}@conf.example.org`);
    const event = new ICAL.Event(vevent);
    assert.equal(event.startDate.toJSDate().getTime(), talk.start?.toMillis(), `${talk.id} start`);
    assert.equal(event.endDate.toJSDate().getTime(), talk.end?.toMillis(), `${talk.id} end`);
    if (talk === nightSprint) continue;
    assert.equal(vevent.getFirstProperty("dtstart")?.getParameter("tzid"), ZONE, `${talk.id} DTSTART TZID`);
    assert.equal(vevent.getFirstProperty("dtend")?.getParameter("tzid"), ZONE, `${talk.id} DTEND TZID`);
  }
  // Wall-clock values in the file, on both sides of the change from summer to winter time.
  const lines = unfolded(eventCalendar(schedule, BASE_URL));
  assert.ok(lines.includes("DTSTART;TZID=Europe/Berlin:20251025T093000"), "opening at 09:30 CEST");
  assert.ok(lines.includes("DTSTART;TZID=Europe/Berlin:20251026T100000"), "cancelled talk at 10:00 CET");
});

test("eventCalendar: a time in the hour the clock repeats is written in UTC, so it cannot be misread", () => {
  const vevent = byUid(parse(eventCalendar(schedule, BASE_URL)), "sprint-night@conf.example.org");
  // 22:00 CEST is 20:00 UTC; the second 02:30 of the night (CET) is 01:30 UTC.
  assert.equal(vevent.getFirstProperty("dtstart")?.getParameter("tzid"), undefined);
  assert.equal(String(text(vevent, "dtstart")), "2025-10-25T20:00:00Z");
  assert.equal(String(text(vevent, "dtend")), "2025-10-26T01:30:00Z");
});

test("eventCalendar: summary, description, location, URL, categories, status and DTSTAMP", () => {
  const parsed = parse(eventCalendar(schedule, BASE_URL));
  const opener = byUid(parsed, "talk-opening@conf.example.org");
  assert.equal(text(opener, "summary"), "Opening keynote");
  assert.equal(text(opener, "description"), "Why we meet by the river.\n\nSpeaker: Ada Byron");
  assert.equal(text(opener, "location"), "Saal A, Kulturhaus Mitte, Musterstraße 1, 10115 Berlin");
  assert.equal(text(opener, "url"), "https://conf.example.org/2025/talk/opening.html");
  assert.equal(text(opener, "status"), "CONFIRMED");
  assert.deepEqual(opener.getFirstProperty("categories")?.getValues(), ["keynote"]);

  const frames = byUid(parsed, "talk-dataframes@conf.example.org");
  assert.equal(
    text(frames, "description"),
    `${dataframes.description}\n\nSpeakers: Zoë Müller, 陳怡君`,
  );
  assert.deepEqual(frames.getFirstProperty("categories")?.getValues(), ["talk", "Data & Science"]);
  assert.equal(text(frames, "location"), "Saal A, Kulturhaus Mitte, Musterstraße 1, 10115 Berlin");

  const xml = byUid(parsed, "talk-xml@conf.example.org");
  assert.equal(text(xml, "summary"), 'Parsing <XML> & "quotes" safely');
  assert.equal(text(xml, "location"), "Raum B, Kulturhaus Mitte, Musterstraße 1, 10115 Berlin");

  assert.equal(text(byUid(parsed, "talk-cancelled@conf.example.org"), "status"), "CANCELLED");
  assert.equal(text(byUid(parsed, "tutorial-rust@conf.example.org"), "status"), "CONFIRMED");

  // DTSTAMP is the page's `updated` in UTC: 2025-09-01 12:00 CEST and, for the dataframes talk, 2025-10-01 08:15 CEST.
  const lines = unfolded(eventCalendar(schedule, BASE_URL));
  const stamps = lines.filter((line) => line.startsWith("DTSTAMP"));
  assert.equal(stamps.length, 6);
  assert.deepEqual([...new Set(stamps)].sort(), ["DTSTAMP:20250901T100000Z", "DTSTAMP:20251001T061500Z"]);
});

test("eventCalendar: every talk is cancelled when the event is", () => {
  // As the model loads it: every talk of a cancelled event will not take place (src/model/schedule.ts).
  const cancelledEvent: Schedule = { ...schedule, event: { ...schedule.event, status: "cancelled" }, talks: schedule.talks.map((t) => ({ ...t, cancelled: true })) };
  const parsed = parse(eventCalendar(cancelledEvent, BASE_URL));
  assert.equal(parsed.events.length, 6);
  for (const vevent of parsed.events) assert.equal(text(vevent, "status"), "CANCELLED");
});

test("talkCalendar: one VEVENT, the same UID as in the event calendar", () => {
  const parsed = parse(talkCalendar(xmlTalk, schedule, BASE_URL));
  assert.equal(parsed.events.length, 1);
  const vevent = parsed.events[0]!;
  assert.equal(text(vevent, "uid"), "talk-xml@conf.example.org");
  assert.equal(text(vevent, "summary"), 'Parsing <XML> & "quotes" safely');
  assert.equal(text(vevent, "url"), "https://conf.example.org/2025/talk/xml.html");
  assert.equal(new ICAL.Event(vevent).startDate.toJSDate().getTime(), xmlTalk.start?.toMillis());
  assert.equal(parsed.calendar.getAllSubcomponents("vtimezone").length, 1);

  const cancelled = parse(talkCalendar(cancelledTalk, schedule, BASE_URL)).events[0]!;
  assert.equal(text(cancelled, "uid"), "talk-cancelled@conf.example.org");
  assert.equal(text(cancelled, "status"), "CANCELLED");
});

test("talkCalendar: an unscheduled talk is an error that names it", () => {
  assert.throws(() => talkCalendar(unscheduledTalk, schedule, BASE_URL), (error: unknown) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /talk\/tba/);
    assert.match(error.message, /no start time/);
    return true;
  });
});

test("byte-identical output: two calls, another clock, another machine zone", () => {
  const first = eventCalendar(schedule, BASE_URL);
  const firstTalk = talkCalendar(opening, schedule, BASE_URL);
  assert.equal(eventCalendar(schedule, BASE_URL), first);
  assert.equal(talkCalendar(opening, schedule, BASE_URL), firstTalk);

  mock.timers.enable({ apis: ["Date"], now: new Date("2031-01-02T03:04:05Z") });
  try {
    assert.equal(eventCalendar(schedule, BASE_URL), first);
    assert.equal(talkCalendar(opening, schedule, BASE_URL), firstTalk);
  } finally {
    mock.timers.reset();
  }

  const machineZone = process.env.TZ;
  process.env.TZ = "Pacific/Auckland";
  try {
    assert.equal(new Date("2025-10-25T12:00:00Z").getTimezoneOffset(), -780, "the machine zone did change");
    assert.equal(eventCalendar(schedule, BASE_URL), first);
  } finally {
    if (machineZone === undefined) delete process.env.TZ;
    else process.env.TZ = machineZone;
  }
});

test("lines: CRLF only, folded to at most 75 octets without splitting a character", () => {
  for (const raw of [eventCalendar(schedule, BASE_URL), talkCalendar(dataframes, schedule, BASE_URL)]) {
    assert.ok(raw.endsWith("END:VCALENDAR\r\n"));
    assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(raw), "no bare CR or LF");
    const lines = raw.split("\r\n").slice(0, -1);
    for (const line of lines) assert.ok(Buffer.byteLength(line, "utf8") <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
    assert.ok(lines.some((line) => line.startsWith(" ")), "the long description is folded");
    assert.ok(!raw.includes("\uFFFD"));
  }
});

test("a zone without a VTIMEZONE in the database: times in UTC, still the right instants", () => {
  const utc: Schedule = { ...schedule, event: { ...schedule.event, timezone: "UTC" } };
  const raw = eventCalendar(utc, BASE_URL);
  const parsed = parse(raw);
  assert.equal(parsed.calendar.getAllSubcomponents("vtimezone").length, 0);
  const vevent = byUid(parsed, "talk-opening@conf.example.org");
  assert.equal(String(text(vevent, "dtstart")), "2025-10-25T07:30:00Z");
  assert.equal(new ICAL.Event(vevent).startDate.toJSDate().getTime(), opening.start?.toMillis());
});

test("rules the VTIMEZONE database has wrong (Mexico City's old summer time): those talks are written in UTC", () => {
  const zone = "America/Mexico_City";
  const mexico: Schedule = {
    ...schedule,
    event: { ...schedule.event, timezone: zone, start: DateTime.fromISO("2025-01-18", { zone }), end: DateTime.fromISO("2025-06-14", { zone }) },
    talks: [
      { ...opening, start: DateTime.fromISO("2025-01-18T10:00", { zone }), end: DateTime.fromISO("2025-01-18T10:45", { zone }) },
      { ...xmlTalk, start: DateTime.fromISO("2025-06-14T10:00", { zone }), end: DateTime.fromISO("2025-06-14T10:45", { zone }) },
    ],
  };
  const raw = eventCalendar(mexico, BASE_URL);
  const lines = unfolded(raw);
  // January: the block and the IANA data agree on -06:00, so local time with TZID.
  assert.ok(lines.includes("DTSTART;TZID=America/Mexico_City:20250118T100000"));
  // June: no summer time since 2022 (-06:00), but the block says -05:00: written as 16:00 UTC.
  assert.ok(lines.includes("DTSTART:20250614T160000Z"));
  const parsed = parse(raw);
  for (const talk of mexico.talks) {
    const vevent = byUid(parsed, `${talk.id.replace("/", "-")}@conf.example.org`);
    assert.equal(new ICAL.Event(vevent).startDate.toJSDate().getTime(), talk.start?.toMillis(), talk.id);
    assert.equal(new ICAL.Event(vevent).endDate.toJSDate().getTime(), talk.end?.toMillis(), talk.id);
  }
});

test("a base URL without its trailing slash is refused", () => {
  assert.throws(() => eventCalendar(schedule, "https://conf.example.org/2025"), /must end with "\/"/);
});

test("issue 9.4: a moved talk's SEQUENCE counts its earlier slots, so calendar clients replace their copy", () => {
  const room = xmlTalk.room!;
  const moved = { ...xmlTalk, moved: true, previous: [{ start: berlin("2025-10-25T09:00"), end: berlin("2025-10-25T09:30"), room }, { start: berlin("2025-10-25T09:30"), end: berlin("2025-10-25T10:00"), room }] };
  const vevent = parse(talkCalendar(moved, schedule, BASE_URL)).events[0]!;
  assert.equal(text(vevent, "sequence"), 2);
  assert.equal(text(parse(talkCalendar(xmlTalk, schedule, BASE_URL)).events[0]!, "sequence"), 0, "a talk that never moved");
});

test("issue 9.4: the calendar's X-WR properties come before its zones and events", () => {
  const lines = unfolded(eventCalendar(schedule, BASE_URL));
  const first = (prefix: string) => lines.findIndex((line) => line.startsWith(prefix));
  const components = Math.min(first("BEGIN:VTIMEZONE"), first("BEGIN:VEVENT"));
  for (const property of ["X-WR-CALNAME:", "X-WR-TIMEZONE:Europe/Berlin"]) {
    assert.ok(first(property) > 0 && first(property) < components, `${property} before the first component`);
  }
  assert.equal(lines.filter((line) => line.startsWith("X-WR-")).length, 2, "each once");
});
