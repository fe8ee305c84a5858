// Talks after midnight: a conference day that runs into the night keeps its night talks, in the program, on talk pages
// and in the frab exports, once event.json says when the day changes. Without it, a talk at 01:30 is the next day's.
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { PUBLIC_DIR } from "../../src/eleventy/paths.ts";
import { ConferenceLoader } from "../../src/model/load.ts";
import { ContentError } from "../../src/schema/problem.ts";
import { buildInto, temporaryDir, writeInto, type BuiltSite } from "../helpers/site.ts";

/** Two nights of a small demo party in Berlin: a concert at 23:00 and a set at 01:30 each night. */
function nightContent(event: Record<string, unknown>): string {
  const dir = join(temporaryDir("night"), "content");
  writeInto(dir, "_data/site.json", JSON.stringify({ name: "Night Owls", url: "https://owls.example.org/", timezone: "Europe/Berlin" }));
  writeInto(dir, "_data/speakers.json", JSON.stringify({ kim: { name: "Kim" }, lou: { name: "Lou" } }));
  writeInto(
    dir,
    "_data/event.json",
    JSON.stringify({ name: "Night Owls", timezone: "Europe/Berlin", start: "2025-05-16", end: "2025-05-17", venue: { name: "Bunker" }, rooms: [{ id: "main", name: "Main floor" }], ...event }),
  );
  const talk = (file: string, title: string, start: string, speaker: string) =>
    writeInto(dir, file, `---\nlayout: talk\ntitle: ${title}\ndate: 2025-05-01 12:00\nstart: ${start}\nduration: 60\nroom: main\nspeakers: [${speaker}]\n---\n\n${title}.\n`);
  talk("talk/concert-1.md", "Friday concert", "2025-05-16 23:00", "kim");
  talk("talk/set-1.md", "Friday night set", "2025-05-17 01:30", "lou");
  talk("talk/concert-2.md", "Saturday concert", "2025-05-17 23:00", "kim");
  talk("talk/set-2.md", "Saturday night set", "2025-05-18 01:30", "lou");
  return dir;
}

describe("talks after midnight", () => {
  test("without a day change, the 01:30 set after the last day is outside the event, and the message says what keeps it", () => {
    try {
      new ConferenceLoader(nightContent({}), PUBLIC_DIR, {}).load();
      assert.fail("expected the content to be refused");
    } catch (error) {
      assert.ok(error instanceof ContentError, String(error));
      assert.deepEqual(error.problems.map((p) => [p.file.replace(/^.*content[/\\]/, ""), p.field]), [["talk/set-2.md", "start"]]);
      assert.match(error.problems[0]!.expected, /within the event \(2025-05-16 to 2025-05-17, Europe\/Berlin\); for a program that runs past midnight, set "dayChange" in _data[/\\]event\.json, such as "04:00"/);
    }
  });

  test("without a day change, the 01:30 set after the first night is filed under the next calendar day", () => {
    const { talks } = new ConferenceLoader(nightContent({ end: "2025-05-18" }), PUBLIC_DIR, {}).load();
    assert.equal(talks.find((t) => t.id === "talk/set-1")?.day, "2025-05-17");
  });

  describe('with "dayChange": "04:00"', () => {
    let site: BuiltSite;
    before(async () => {
      site = await buildInto({ input: nightContent({ dayChange: "04:00" }) });
    });

    test("the program lists each night set under the evening it belongs to, after that evening's concert", () => {
      const program = site.document("program.html");
      const days = Array.from(program.querySelectorAll(".day"), (day) => [
        day.querySelector("h2")?.firstChild?.textContent?.trim(),
        Array.from(day.querySelectorAll(".slot"), (slot) => `${slot.querySelector("time")?.textContent} ${slot.querySelector(".slot-items a")?.textContent}`),
      ]);
      assert.deepEqual(days, [
        ["Friday, May 16, 2025", ["23:00 Friday concert", "01:30 Friday night set"]],
        ["Saturday, May 17, 2025", ["23:00 Saturday concert", "01:30 Saturday night set"]],
      ]);
      // The night stays in the evening's grid: the set starts 30 rows (2 h 30 min) below the concert.
      const row = (title: string) => Number(/gr-(\d+)/.exec(Array.from(program.querySelectorAll(".item")).find((i) => i.textContent?.includes(title))!.className)![1]);
      assert.equal(row("Friday night set") - row("Friday concert"), 30);
    });

    test("the talk page gives the evening's day, says after midnight, and keeps the exact time in its datetime", () => {
      const page = site.document("talk/set-1/index.html");
      const when = page.querySelector("article > header time");
      assert.equal(when?.textContent, "Friday, May 16, 2025 (after midnight), 01:30–02:30");
      assert.equal(when?.getAttribute("datetime"), "2025-05-17T01:30:00+02:00");
      // The concert before it in the room is the same night's, not the next evening's.
      assert.match(page.querySelector(".room-nav .previous")?.textContent ?? "", /Friday concert/);
      assert.equal(page.querySelector(".room-nav .next"), null);
    });

    test("schedule.json and schedule.xml file the sets under their evening, with days from 04:00 to 03:59", () => {
      const json = JSON.parse(site.read("schedule.json")) as { schedule: { conference: { days: { date: string; day_start: string; day_end: string; rooms: Record<string, { title: string; date: string }[]> }[] } } };
      assert.deepEqual(
        json.schedule.conference.days.map((day) => [day.date, day.day_start, day.day_end, day.rooms["Main floor"]!.map((e) => `${e.date} ${e.title}`)]),
        [
          ["2025-05-16", "2025-05-16T04:00:00+02:00", "2025-05-17T03:59:00+02:00", ["2025-05-16T23:00:00+02:00 Friday concert", "2025-05-17T01:30:00+02:00 Friday night set"]],
          ["2025-05-17", "2025-05-17T04:00:00+02:00", "2025-05-18T03:59:00+02:00", ["2025-05-17T23:00:00+02:00 Saturday concert", "2025-05-18T01:30:00+02:00 Saturday night set"]],
        ],
      );
      const xml = site.read("schedule.xml");
      assert.match(xml, /<day index="1" date="2025-05-16" start="2025-05-16T04:00:00\+02:00" end="2025-05-17T03:59:00\+02:00">[\s\S]*Friday night set[\s\S]*<day index="2"/);
    });
  });

  test("a day change that is not a time of day is refused with its field", () => {
    try {
      new ConferenceLoader(nightContent({ dayChange: "4am" }), PUBLIC_DIR, {}).load();
      assert.fail("expected the content to be refused");
    } catch (error) {
      assert.ok(error instanceof ContentError, String(error));
      assert.deepEqual(error.problems.map((p) => [p.field, p.expected, p.found]), [["dayChange", 'a time of day such as "04:00", when one conference day ends and the next begins', '"4am"']]);
    }
  });
});
