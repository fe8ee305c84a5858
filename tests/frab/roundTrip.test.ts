// Round trip: the default content built, its own schedule.xml and schedule.json imported, and built again, gives the
// same program: the same talks on the same days, at the same times, in the same rooms, with the same speakers and at
// the same addresses. (Breaks and the conference's own cancellation are not in the frab format: the export marks each
// talk of the cancelled seed conference cancelled in its title, so they come back as cancelled talks.)
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { buildInto, temporaryDir, writeInto, type BuiltSite } from "../helpers/site.ts";
import { importInto, programOf, readJson } from "./helpers.ts";

describe("round trip through our own frab exports", () => {
  let original: BuiltSite;
  before(async () => {
    original = await buildInto();
  });

  for (const format of ["xml", "json"] as const) {
    test(`importing the built schedule.${format} and building again gives the same program`, async () => {
      const exported = join(temporaryDir("round-trip"), `schedule.${format}`);
      writeInto(exported.slice(0, exported.lastIndexOf("/")), `schedule.${format}`, original.read(`schedule.${format}`));
      const { dir, summary } = importInto(exported);
      assert.deepEqual([summary.talks, summary.breaks, summary.speakers, summary.rooms, summary.days], [10, 0, 13, 4, 1]);
      const rebuilt = await buildInto({ input: dir });
      const before = programOf(original, { talksOnly: true });
      assert.equal(before[0]![1].length, 4, "the default program's rows with talks");
      const after = programOf(rebuilt, { talksOnly: true });
      for (const row of after[0]![1]) assert.equal(row.split(" | ").filter((item) => item.includes("(Cancelled ")).length, row.split(" | ").length, `every talk read back cancelled: ${row}`);
      assert.deepEqual(after.map(([day, rows]) => [day, rows.map((row) => row.replace(/\(Cancelled /g, "("))]), before);
      // The talk pages keep their addresses: each event's URL lies under the conference's.
      const talkPages = (site: BuiltSite) => site.files().filter((file) => /^(talk|tutorial|sprint)\/.*\.html$/.test(file)).sort();
      assert.deepEqual(talkPages(rebuilt), talkPages(original));
      assert.equal(readJson(dir, "_data/event.json").timezone, "Asia/Taipei");
      // And the exports built from the import say the same: the same talks at the same times.
      const events = (site: BuiltSite) =>
        (JSON.parse(site.read("schedule.json")) as { schedule: { conference: { days: { rooms: Record<string, { title: string; date: string; duration: string; type: string }[]> }[] } } }).schedule.conference.days.flatMap((day) =>
          Object.entries(day.rooms).flatMap(([room, list]) => list.map((e) => [room, e.date, e.duration, e.type, e.title].join(" "))),
        );
      assert.deepEqual(events(rebuilt), events(original), "the titles come back marked, as the import reads the mark as a status");
    });
  }
});
