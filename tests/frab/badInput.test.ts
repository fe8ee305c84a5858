// Exports the importer cannot use, or can only in part: one clear error or warning each, naming the event, the field,
// what was expected and what was found. On an error nothing is written.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { temporaryDir } from "../helpers/site.ts";
import { DATA_DAY_JSON, HARBOUR_XML, importErrors, importInto, readJson } from "./helpers.ts";

const XML = readFileSync(HARBOUR_XML, "utf8");
const JSON_TEXT = readFileSync(DATA_DAY_JSON, "utf8");

function file(name: string, text: string): string {
  const path = join(temporaryDir("bad"), name);
  writeFileSync(path, text);
  return path;
}

/** The data-day export with `edit` applied to its parsed JSON. */
function jsonWith(edit: (doc: any) => void): string {
  const doc = JSON.parse(JSON_TEXT);
  edit(doc);
  return file("schedule.json", JSON.stringify(doc, null, 2));
}

const messages = (problems: { line?: number; message: string }[]) => problems.map((p) => `${p.line ?? "-"}: ${p.message}`);

describe("not a frab schedule", () => {
  test("an HTML page saved as .xml, a JSON file of something else, a broken file: one error each, with its line", () => {
    assert.deepEqual(messages(importErrors(file("schedule.xml", "<?xml version='1.0'?>\n<html><body>Not found</body></html>\n"))), [
      '2: expected a frab schedule: schedule.xml with <schedule>, <conference> and <day> elements, or schedule.json with a "schedule" object holding "conference" and its "days", found <html>',
    ]);
    assert.match(messages(importErrors(file("schedule.json", '{ "events": [], "speakers": [] }')))[0]!, /^1: expected a frab schedule: .*, found an object with "events", "speakers"$/);
    assert.deepEqual(messages(importErrors(file("schedule.json", '{\n  "schedule": {\n    "version": "1"\n    "conference": {}\n  }\n}\n'))), ["4: expected valid JSON, found CommaExpected"]);
    assert.deepEqual(messages(importErrors(file("schedule.xml", "<schedule>\n  <conference>\n</schedule>\n"))), ["3: expected well-formed XML, found unexpected close tag."]);
    assert.deepEqual(messages(importErrors(file("schedule.ics", "BEGIN:VCALENDAR\n"))), ["-: expected a schedule.xml or schedule.json file, found a .ics"]);
  });

  test("a DOCTYPE with its own entities is refused, not expanded", () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE schedule [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<schedule><version>&b;</version></schedule>\n`;
    assert.match(messages(importErrors(file("schedule.xml", bomb)))[0]!, /expected well-formed XML, found a DOCTYPE with its own declarations/);
  });

  test("nothing is written when the import fails", () => {
    const output = join(temporaryDir("bad-out"), "content");
    importErrors(file("schedule.xml", "<html/>"), { output });
    assert.equal(existsSync(output), false);
  });
});

describe("invalid against the frab schema", () => {
  test("an event without a duration and with a start that has no offset: one error per field, naming the event", () => {
    const xml = XML.replace("<date>2025-06-13T11:30:00+01:00</date>", "<date>2025-06-13T11:30:00</date>").replace(/(<title>Tides[\s\S]*?)<duration>00:45<\/duration>/, "$1");
    assert.deepEqual(messages(importErrors(file("schedule.xml", xml))), [
      '38: event 103 (“Tides & <Circuits>”): field "date": expected the start as a date and time with its offset, such as "2020-12-14T09:00:00+01:00", found "2025-06-13T11:30:00"',
      '33: event 103 (“Tides & <Circuits>”): field "duration": expected a duration such as "00:30" or "01:30:00" (hours:minutes), found nothing',
    ]);
  });

  test("a conference without a title, an event without an id or guid, two events with one guid", () => {
    const noTitle = jsonWith((doc) => delete doc.schedule.conference.title);
    assert.deepEqual(messages(importErrors(noTitle)), ['9: field "schedule.conference.title": expected the conference\'s title, found nothing']);
    const noId = jsonWith((doc) => {
      const event = doc.schedule.conference.days[0].rooms["Sala 2"][0];
      delete event.id;
      delete event.guid;
    });
    assert.match(messages(importErrors(noId))[0]!, /^\d+: event number 1 in its room \(“Open data in cities”\): field "guid": expected an id or a guid, which tells this event from the others, found nothing$/);
    const twice = jsonWith((doc) => {
      doc.schedule.conference.days[0].rooms["Sala 2"][0].guid = doc.schedule.conference.days[0].rooms["Sala 1"][0].guid;
    });
    assert.match(messages(importErrors(twice))[0]!, /event 12 \(“Open data in cities”\): expected a guid of its own, found the one event 11 \(“Pandas at scale”\) has$/);
  });

  test("a person without a name is left out with a warning naming the event; the event keeps its other speakers", () => {
    const nameless = jsonWith((doc) => {
      doc.schedule.conference.days[0].rooms["Sala 2"][0].persons.push({ code: "NONAME", biography: "Who?" });
    });
    const { dir, summary } = importInto(nameless);
    assert.deepEqual(messages(summary.warnings.filter((w) => w.message.includes("persons"))), [
      '148: event 12 (“Open data in cities”): field "persons[2]": expected a person with a name (frab\'s "public_name" or pretalx\'s "name"), found none: left out',
    ]);
    assert.deepEqual(Object.keys(readJson(dir, "_data/speakers.json")), ["rita-almeida", "tomas-ferreira"]);
  });

  test("two events in one room at once: one error naming both, and nothing is written", () => {
    const clash = XML.replace("<date>2025-06-13T23:30:00+01:00</date>", "<date>2025-06-14T01:00:00+01:00</date>");
    const output = join(temporaryDir("clash"), "content");
    const errors = importErrors(file("schedule.xml", clash), { output });
    assert.deepEqual(messages(errors), [
      "73: event 105 (“Night owl lightning talks”): expected a time when Main Hall is free, found 2025-06-14 01:30–02:15, while event 104 (“Chiptune live set”) is there 2025-06-14 01:00–02:00",
    ]);
    assert.equal(existsSync(output), false);
  });
});

describe("warnings, and the rest imported", () => {
  test("a language that is no language tag, a zero duration and an event listed under the wrong day", () => {
    const xml = XML.replace("<language>pt</language>", "<language>Portuguese!</language>")
      .replace(/(<title>Chiptune live set<\/title>[\s\S]*?)<duration>01:00<\/duration>/, "$1<duration>00:00</duration>")
      .replace("<date>2025-06-14T12:00:00+01:00</date>", "<date>2025-06-15T12:00:00+01:00</date>");
    const { dir, summary } = importInto(file("schedule.xml", xml));
    assert.deepEqual(messages(summary.warnings.filter((w) => /^event/.test(w.message))), [
      '64: event 104 (“Chiptune live set”): field "duration": expected a duration from 00:01 to 24:00, found "00:00": left out',
      '101: event 102 (“Soldering for beginners”): field "language": expected a language tag such as "en" or "pt-br", found "Portuguese!": left out',
      "107: event 201 (“Reverse engineering a tram”): listed under day 2 (2025-06-14) but starts 2025-06-15 12:00, which is on 2025-06-15: shown on 2025-06-15",
    ]);
    const event = readJson(dir, "_data/event.json");
    assert.equal(event.end, "2025-06-15", "the days widen to hold the event");
    assert.equal(existsSync(join(dir, "talk/chiptune-live-set.md")), false);
  });
});

describe("the time zone", () => {
  const withoutZone = XML.replace("    <time_zone_name>Europe/Lisbon</time_zone_name>\n", "");

  test("without time_zone_name: --timezone names it", () => {
    const { dir } = importInto(file("schedule.xml", withoutZone), { timezone: "Atlantic/Madeira" });
    assert.equal(readJson(dir, "_data/event.json").timezone, "Atlantic/Madeira");
  });

  test("without either: the fixed offset every time carries, with a warning", () => {
    const { dir, summary } = importInto(file("schedule.xml", withoutZone));
    assert.equal(readJson(dir, "_data/event.json").timezone, "Etc/GMT-1");
    assert.ok(summary.warnings.some((w) => /names no time zone \(time_zone_name\): every time carries \+01:00, so Etc\/GMT-1 \(UTC\+01:00, without summer time\) is used; pass --timezone ZONE/.test(w.message)));
  });

  test("times with two offsets and no zone: an error asking for --timezone", () => {
    const twoOffsets = withoutZone.replace("2025-06-14T12:00:00+01:00", "2025-06-14T13:00:00+02:00");
    assert.deepEqual(messages(importErrors(file("schedule.xml", twoOffsets))), ["-: the export names no time zone (time_zone_name) and its times carry +01:00, +02:00, as summer time would: expected --timezone ZONE, such as --timezone Europe/Berlin"]);
    assert.match(messages(importErrors(file("schedule.xml", twoOffsets), { timezone: "Mars/Olympus" }))[0]!, /--timezone: expected an IANA time zone such as "Europe\/Berlin", found "Mars\/Olympus"/);
  });

  test("a time_zone_name the offsets disagree with: one warning, the instants kept", () => {
    const utc = XML.replace("<time_zone_name>Europe/Lisbon</time_zone_name>", "<time_zone_name>UTC</time_zone_name>");
    const { dir, summary } = importInto(file("schedule.xml", utc));
    const zoneWarnings = summary.warnings.filter((w) => w.message.includes("time_zone_name"));
    assert.deepEqual(messages(zoneWarnings), ['16: time_zone_name "UTC" is +00:00 at 2025-06-13T11:00:00+01:00 (day 2025-06-13 day_start), whose offset is +01:00: times are kept as the same instants and shown in UTC']);
    assert.equal(readFileSync(join(dir, "talk/tides.md"), "utf8").match(/^start: .*$/m)?.[0], "start: 2025-06-13 10:30");
  });
});
