// Two talk fields an import writes: a type of the program's own ("Panel"), shown as written, and `previous`, the slots
// a talk had before it moved, checked like its own slot (times in the event's zone, rooms from event.json).
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { PUBLIC_DIR } from "../../src/eleventy/paths.ts";
import { ConferenceLoader } from "../../src/model/load.ts";
import { ContentError, type ContentProblem } from "../../src/schema/problem.ts";
import { buildInto, copyContent } from "../helpers/site.ts";

/** The default content with talk/moving.md's `status: cancelled` line replaced by `lines`. */
function movingWith(lines: string): string {
  return copyContent("fields", (dir) => {
    const path = join(dir, "talk", "moving.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("status: cancelled\n", lines));
  }).input;
}

function problemsOf(dir: string): ContentProblem[] {
  try {
    new ConferenceLoader(dir, PUBLIC_DIR, {}).load();
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.problems;
  }
  assert.fail("expected the content to be refused");
}

describe("a type of the program's own", () => {
  test('is kept and shown as written: "Panel" on the talk page, in the program and in schedule.json', async () => {
    const input = copyContent("type", (dir) => {
      const path = join(dir, "talk", "moving.md");
      writeFileSync(path, readFileSync(path, "utf8").replace("type: talk\n", "type: Panel discussion\n"));
    }).input;
    const panel = await buildInto({ input });
    const page = panel.document("talk/moving.html");
    assert.equal(page.querySelector(".kind")?.textContent, "Panel discussion");
    assert.match(page.querySelector(".share")?.textContent ?? "", /^Share this panel discussion:/);
    const row = Array.from(panel.document("program.html").querySelectorAll(".slot-items .item")).find((item) => item.textContent?.includes("Moving Your"));
    assert.match(row?.querySelector(".meta")?.textContent ?? "", /Room 203 · Panel discussion/);
    assert.match(panel.read("schedule.xml"), /<type>Panel discussion<\/type>/);
  });

  test("an empty type, or one with a line break, is refused with the field", () => {
    for (const type of ['""', '"a\\nb"']) {
      const dir = copyContent("type", (d) => {
        const path = join(d, "talk", "moving.md");
        writeFileSync(path, readFileSync(path, "utf8").replace("type: talk\n", `type: ${type}\n`));
      }).input;
      assert.deepEqual(problemsOf(dir).map((p) => [p.field, p.line, p.expected]), [["type", 6, "a type (talk, tutorial, sprint, keynote, lightning, or another word of at most 60 characters)"]]);
    }
  });
});

describe("previous slots", () => {
  test("are read into the model: times in the event's zone, the room from event.json", () => {
    const dir = movingWith("previous:\n  - { start: 2020-03-21 09:10, end: 2020-03-21 09:50, room: r201 }\n  - start: 2020-03-21T02:20:00Z\n    end: 2020-03-21 11:00\n    room: r202\n");
    const moving = new ConferenceLoader(dir, PUBLIC_DIR, {}).load().talks.find((t) => t.id === "talk/moving")!;
    assert.deepEqual(
      moving.previous?.map((slot) => [slot.start.toISO(), slot.end.toISO(), slot.room.name]),
      [
        ["2020-03-21T09:10:00.000+08:00", "2020-03-21T09:50:00.000+08:00", "Room 201"],
        ["2020-03-21T10:20:00.000+08:00", "2020-03-21T11:00:00.000+08:00", "Room 202"],
      ],
    );
  });

  test("a time that is not one and a missing end are refused with file, line and field", () => {
    const dir = movingWith(
      ["previous:", "  - { start: 2020-03-21 09:10, end: 2020-03-21 09:50, room: r201 }", "  - { start: yesterday, end: 2020-03-21 09:50, room: r201 }", "  - { start: 2020-03-21 09:10, room: r201 }", ""].join("\n"),
    );
    const expected = 'a time such as "2020-03-21 11:10" (in the event\'s time zone) or "2020-03-21T11:10:00+08:00"';
    assert.deepEqual(problemsOf(dir).map((p) => [p.file.replace(/^.*content[/\\]/, ""), p.line, p.field, p.expected, p.found]), [
      ["talk/moving.md", 12, "previous[1].start", expected, '"yesterday"'],
      ["talk/moving.md", 13, "previous[2].end", expected, "nothing"],
    ]);
  });

  test("a room that event.json lacks and an end before the start are refused with file, line and field", () => {
    const dir = movingWith(["previous:", "  - { start: 2020-03-21 09:10, end: 2020-03-21 09:50, room: r999 }", "  - { start: 2020-03-21 09:10, end: 2020-03-21 09:00, room: r201 }", ""].join("\n"));
    assert.deepEqual(problemsOf(dir).map((p) => [p.file.replace(/^.*content[/\\]/, ""), p.line, p.field, p.expected, p.found]), [
      ["talk/moving.md", 11, "previous[0].room", "a room id from _data/event.json (r211, r203, r202, r201)", '"r999"'],
      ["talk/moving.md", 12, "previous[1].end", "a time after the start (2020-03-21 09:10)", '"2020-03-21 09:00"'],
    ]);
  });

  test("a previous slot that is not a list of slots is refused", () => {
    const problems = problemsOf(movingWith("previous: 2020-03-21 09:10\n"));
    assert.deepEqual(problems.map((p) => [p.field, p.expected]), [["previous", "a list"]]);
  });
});
