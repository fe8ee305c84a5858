// A large export (4,000 events in 20 rooms over 10 days, 1,500 people) imports, and imports again over itself, in
// seconds: every step is one pass or a sort, so a step that compared each event with each other would fail this.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { temporaryDir } from "../helpers/site.ts";
import { importInto } from "./helpers.ts";

const pad = (n: number) => String(n).padStart(2, "0");

function largeExport(days: number, rooms: number, perRoom: number): string {
  let id = 0;
  const dayList = Array.from({ length: days }, (_, d) => {
    const date = `2030-03-${pad(d + 1)}`;
    const byRoom: Record<string, unknown[]> = {};
    for (let r = 1; r <= rooms; r++) {
      byRoom[`Room ${r}`] = Array.from({ length: perRoom }, (_, e) => {
        id++;
        const minutes = 9 * 60 + e * 30;
        return {
          id,
          guid: `00000000-0000-4000-8000-${id.toString(16).padStart(12, "0")}`,
          date: `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+01:00`,
          duration: "00:25",
          title: `Talk ${id}: on things`,
          type: id % 5 === 0 ? "Workshop" : "Talk",
          track: `Track ${id % 7}`,
          language: "en",
          abstract: `Abstract of talk ${id}.\nWith a second line & <markup>.`,
          persons: [{ id: (id % 1500) + 1, public_name: `Person ${(id % 1500) + 1}` }],
          links: [],
        };
      });
    }
    return { index: d + 1, date, day_start: `${date}T09:00:00+01:00`, day_end: `${date}T23:59:00+01:00`, rooms: byRoom };
  });
  return JSON.stringify({ schedule: { version: "1", conference: { acronym: "scale", title: "Scale Con", start: "2030-03-01", end: `2030-03-${pad(days)}`, daysCount: days, timeslot_duration: "00:05", time_zone_name: "Europe/Berlin", days: dayList } } });
}

test("4,000 events import in seconds, and import again over themselves without a change", () => {
  const input = join(temporaryDir("scale"), "schedule.json");
  writeFileSync(input, largeExport(10, 20, 20));
  let started = performance.now();
  const { dir, summary } = importInto(input);
  const first = (performance.now() - started) / 1000;
  assert.deepEqual([summary.talks, summary.speakers, summary.rooms, summary.days, summary.written], [4000, 1500, 20, 10, 4000]);
  started = performance.now();
  const again = importInto(input, { output: dir }).summary;
  const second = (performance.now() - started) / 1000;
  assert.deepEqual([again.written, again.unchanged], [0, 4000]);
  console.log(`4,000 events: imported in ${first.toFixed(2)} s, imported again in ${second.toFixed(2)} s`);
  assert.ok(first < 30 && second < 30, `${first} s and ${second} s`);
});
