// Importing a newer export over the folder an earlier import wrote: moved talks keep their earlier slot in `previous`,
// vanished ones are marked cancelled, and what the organizer wrote or edited by hand is kept.
import assert from "node:assert/strict";
import { appendFileSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { PUBLIC_DIR } from "../../src/eleventy/paths.ts";
import { ConferenceLoader } from "../../src/model/load.ts";
import { FRAB_MANIFEST } from "../../src/schema/manifest.ts";
import { buildInto, editJson, listFiles, temporaryDir, writeInto, type BuiltSite } from "../helpers/site.ts";
import { HARBOUR_XML, importInto, page, programOf } from "./helpers.ts";

const V1 = readFileSync(HARBOUR_XML, "utf8");

/** One event's element, by id. */
function eventBlock(xml: string, id: string): string {
  const match = new RegExp(`      <event id="${id}"[\\s\\S]*?</event>\\n`).exec(xml);
  assert.ok(match, `event ${id} in the fixture`);
  return match[0];
}

/**
 * The next version of the export: the chiptune set an hour earlier, the tram talk moved to 15:00 in the Workshop Room,
 * the soldering workshop an hour later, the night owl talks gone, a sunrise demo added.
 */
function version2(): string {
  let xml = V1.replace("<version>1.0 \"Anchor\"</version>", "<version>2.0</version>");
  xml = xml.replace(eventBlock(V1, "104"), eventBlock(V1, "104").replace(/2025-06-13T23:30/, "2025-06-13T22:30").replace("<start>23:30", "<start>22:30"));
  const tram = eventBlock(V1, "201");
  xml = xml.replace(tram, "");
  const movedTram = tram.replace("<room>Main Hall</room>", "<room>Workshop Room</room>").replace("2025-06-14T12:00", "2025-06-14T15:00").replace("<start>12:00", "<start>15:00");
  xml = xml.replace('<event id="203"', `${movedTram.trimStart()}      <event id="203"`);
  xml = xml.replace(eventBlock(V1, "102"), eventBlock(V1, "102").replace("2025-06-13T14:00", "2025-06-13T15:00").replace("<start>14:00", "<start>15:00"));
  const owls = eventBlock(V1, "105");
  const sunrise = owls
    .replace('id="105" guid="5d1c7b0e-0105-4c8e-8f00-000000000105"', 'id="106" guid="5d1c7b0e-0106-4c8e-8f00-000000000106"')
    .replace("Night owl lightning talks", "Sunrise demo")
    .replace("2025-06-14T01:30", "2025-06-14T03:00")
    .replace("<start>01:30", "<start>03:00")
    .replace("<duration>00:45", "<duration>00:30");
  return xml.replace(owls, sunrise);
}

function writeExport(text: string, name: string, mtime: string): string {
  const path = join(temporaryDir("export"), name);
  writeFileSync(path, text);
  const at = new Date(mtime);
  utimesSync(path, at, at);
  return path;
}

const snapshot = (dir: string) => new Map(listFiles(dir).map((file) => [file.slice(dir.length + 1), readFileSync(file, "utf8")]));

describe("re-importing a newer export over the same folder", () => {
  let dir: string;
  let first: Map<string, string>;
  let second: Map<string, string>;
  let warnings: string[];
  let site: BuiltSite;
  const v2 = writeExport(version2(), "schedule.xml", "2025-06-01T09:30:00Z");

  before(async () => {
    dir = importInto(writeExport(V1, "schedule.xml", "2025-05-01T08:00:00Z")).dir;
    // The organizer edits one talk, adds a page of their own and sets the venue.
    appendFileSync(join(dir, "talk/soldering-for-beginners.md"), "\nSoldering irons are provided by the hackerspace.\n");
    writeInto(dir, "about.md", "---\ntitle: About the camp\n---\n\nWritten by the organizers.\n");
    editJson(join(dir, "_data/event.json"), (event) => {
      event.venue = { name: "Old Fish Market", address: "Cais do Sodré, Lisbon" };
    });
    first = snapshot(dir);
    const again = importInto(v2, { output: dir });
    warnings = again.summary.warnings.map((w) => `${w.file.slice(dir.length + 1)}: ${w.message}`);
    second = snapshot(dir);
    site = await buildInto({ input: dir });
  });

  test("a talk moved to another time and room keeps its earlier slot in previous:", () => {
    const tram = page(dir, "talk/reverse-engineering-a-tram.md").data;
    assert.equal(tram.start, "2025-06-14 15:00");
    assert.equal(tram.room, "workshop-room");
    assert.deepEqual(tram.previous, [{ start: "2025-06-14 12:00", end: "2025-06-14 12:45", room: "main-hall" }]);
    // Dated by the newer export, in the site's zone.
    assert.equal(tram.date, "2025-06-01 10:30");
    const chiptune = page(dir, "talk/chiptune-live-set.md").data;
    assert.equal(chiptune.start, "2025-06-13 22:30");
    assert.deepEqual(chiptune.previous, [{ start: "2025-06-13 23:30", end: "2025-06-14 00:30", room: "main-hall" }]);
  });

  test("the build reads the earlier slots into the model, rooms resolved", () => {
    const talk = new ConferenceLoader(dir, PUBLIC_DIR, {}).load().talks.find((t) => t.id === "talk/reverse-engineering-a-tram")!;
    assert.deepEqual(talk.previous?.map((slot) => [slot.start.toISO(), slot.end.toISO(), slot.room.name]), [["2025-06-14T12:00:00.000+01:00", "2025-06-14T12:45:00.000+01:00", "Main Hall"]]);
  });

  test("a talk the export no longer has is marked cancelled, not deleted", () => {
    const owls = page(dir, "talk/night-owl-lightning-talks.md");
    assert.equal(owls.data.status, "cancelled");
    assert.equal(owls.data.start, "2025-06-14 01:30");
    assert.equal(owls.text.replace("status: cancelled\n", "").replace(/^date: .*$/m, ""), first.get("talk/night-owl-lightning-talks.md")!.replace(/^date: .*$/m, ""));
    assert.match(site.document("talk/night-owl-lightning-talks/index.html").querySelector(".notice-cancelled")?.textContent ?? "", /will not take place/);
  });

  test("a new event gets its page; unchanged talks are left byte for byte, their dates too", () => {
    assert.equal(page(dir, "talk/sunrise-demo.md").data.start, "2025-06-14 03:00");
    for (const path of ["talk/tides.md", "talk/late-night-hack-session.md", "index.md", "_data/speakers.json"]) assert.equal(second.get(path), first.get(path), path);
  });

  test("the organizer's edited talk, added page and venue are kept, and the warnings say so", () => {
    assert.equal(second.get("talk/soldering-for-beginners.md"), first.get("talk/soldering-for-beginners.md"));
    assert.match(second.get("talk/soldering-for-beginners.md")!, /start: 2025-06-13 14:00[\s\S]*provided by the hackerspace/);
    assert.equal(second.get("about.md"), first.get("about.md"));
    assert.deepEqual(JSON.parse(second.get("_data/event.json")!).venue, { name: "Old Fish Market", address: "Cais do Sodré, Lisbon" });
    assert.ok(warnings.some((w) => /^talk\/soldering-for-beginners\.md: kept as the organizer wrote it .*event 102 \(“Soldering for beginners”\).*delete the file to import the event again$/.test(w)), warnings.join("\n"));
    assert.ok(warnings.some((w) => /^_data\/event\.json: kept as the organizer wrote it, where the export says otherwise: venue$/.test(w)), warnings.join("\n"));
  });

  test("the updated folder builds: the program shows the move and the cancellation; the manifest is neither published nor warned about", () => {
    const [friday, saturday] = programOf(site);
    assert.ok(friday![1].includes("01:30 Night owl lightning talks (Abgesagt 01:30–02:15 · Main Hall · Lightning talk · Dee Okafor)".replace("Abgesagt", "Cancelled")), friday![1].join("\n"));
    assert.ok(saturday![1].some((row) => row.startsWith("15:00 Reverse engineering a tram (Moved 15:00–15:45 · Workshop Room")), saturday![1].join("\n"));
    assert.equal(site.files().some((file) => file.includes("frab-import")), false);
    assert.deepEqual(new ConferenceLoader(dir, PUBLIC_DIR, {}).load().unpublished, []);
  });

  test("importing the same export again changes nothing", () => {
    importInto(v2, { output: dir });
    assert.deepEqual(snapshot(dir), second);
  });

  test("a talk moved back to its first slot: that slot leaves previous; a talk back in the export is scheduled again", () => {
    const copy = join(temporaryDir("back"), "content");
    for (const [path, text] of second) writeInto(copy, path, text);
    importInto(writeExport(V1, "schedule.xml", "2025-06-02T09:00:00Z"), { output: copy });
    const tram = page(copy, "talk/reverse-engineering-a-tram.md").data;
    assert.deepEqual([tram.start, tram.room, tram.previous], ["2025-06-14 12:00", "main-hall", [{ start: "2025-06-14 15:00", end: "2025-06-14 15:45", room: "workshop-room" }]]);
    assert.equal(page(copy, "talk/night-owl-lightning-talks.md").data.status, undefined);
  });

  test("a page the organizer deleted comes back from the export", () => {
    const copy = join(temporaryDir("deleted"), "content");
    for (const [path, text] of second) if (path !== "talk/soldering-for-beginners.md") writeInto(copy, path, text);
    importInto(v2, { output: copy });
    assert.equal(page(copy, "talk/soldering-for-beginners.md").data.start, "2025-06-13 15:00");
  });
});

describe("a zone the organizer set by hand in event.json", () => {
  test("is kept, and the pages are rewritten in it: the same instants, no slot counted as moved", () => {
    const dir = importInto(HARBOUR_XML).dir;
    editJson(join(dir, "_data/event.json"), (event) => {
      event.timezone = "Europe/Paris";
    });
    const { summary } = importInto(HARBOUR_XML, { output: dir });
    const tides = page(dir, "talk/tides.md").data;
    assert.deepEqual([tides.start, tides.previous], ["2025-06-13 12:30", undefined]);
    assert.ok(summary.warnings.some((w) => /kept as the organizer wrote it, where the export says otherwise: timezone$/.test(w.message)));
    const talk = new ConferenceLoader(dir, PUBLIC_DIR, {}).load().talks.find((t) => t.id === "talk/tides")!;
    assert.equal(talk.start?.toISO(), "2025-06-13T12:30:00.000+02:00");
  });
});

describe("two imports of the same export", () => {
  test("write the same bytes, manifest included", () => {
    const a = snapshot(importInto(HARBOUR_XML).dir);
    const b = snapshot(importInto(HARBOUR_XML).dir);
    assert.deepEqual(b, a);
    assert.ok(a.has(FRAB_MANIFEST));
    assert.deepEqual(JSON.parse(a.get(FRAB_MANIFEST)!).talks["5d1c7b0e-0103-4c8e-8f00-000000000103"], "talk/tides.md");
  });
});
