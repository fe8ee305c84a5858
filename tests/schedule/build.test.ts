// The schedule is checked across files: rooms exist, one talk per room at a time, times inside the event and in its zone.
import assert from "node:assert/strict";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { PUBLIC_DIR } from "../../src/eleventy/paths.ts";
import { ConferenceLoader } from "../../src/model/load.ts";
import { ContentError, type ContentProblem } from "../../src/schema/problem.ts";
import { CONTENT, temporaryDir } from "../helpers/site.ts";

/** A copy of the default content with lines of some files replaced. */
function contentWith(file: string, replacements: [string, string][], others: Record<string, [string, string][]> = {}): string {
  const dir = join(temporaryDir("schedule"), "content");
  cpSync(CONTENT, dir, { recursive: true });
  for (const [name, edits] of Object.entries({ [file]: replacements, ...others })) {
    const path = join(dir, name);
    let text = readFileSync(path, "utf8");
    for (const [from, to] of edits) {
      assert.ok(text.includes(from), `${name} contains ${from}`);
      text = text.replace(from, to);
    }
    writeFileSync(path, text);
  }
  return dir;
}

/** The conference in `dir`, read as `npm run build` reads it (without SITE_URL or PATH_PREFIX). */
function load(dir: string) {
  return new ConferenceLoader(dir, PUBLIC_DIR, {}).load();
}

function problemsOf(dir: string): ContentProblem[] {
  try {
    load(dir);
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.problems;
  }
  assert.fail("expected the content to be refused");
}

describe("schedule checks", () => {
  test("the default content loads: 10 scheduled talks, tutorials and sprints in two rooms before lunch and four after", () => {
    const index = load(CONTENT);
    const schedule = index.schedule!;
    assert.equal(schedule.talks.length, 10);
    assert.deepEqual([...new Set(schedule.talks.map((t) => t.room?.id))], ["r211", "r203", "r202", "r201"]);
    assert.equal(schedule.unscheduled.length, 0);
    assert.equal(schedule.event.status, "cancelled");
    const moving = schedule.talks.find((t) => t.id === "talk/moving")!;
    assert.equal(moving.start?.toISO(), "2020-03-21T11:10:00.000+08:00");
    assert.equal(moving.end?.toISO(), "2020-03-21T11:50:00.000+08:00");
    assert.equal(moving.room?.name, "Room 203");
    assert.equal(moving.status, "cancelled");
    assert.deepEqual(moving.speakers.map((s) => s.name), ["Shuhsi Lin", "Daren Hsu"]);
    assert.equal(moving.hasAbstract, true);
    assert.equal(schedule.talks.find((t) => t.id === "talk/diving")?.hasAbstract, false);
    assert.equal(schedule.breaks.length, 7);
    assert.equal(schedule.breaks.at(-1)?.end, undefined, "the after party has no end");
  });

  test("two talks in one room at once: the later is refused, naming the room and the other file", () => {
    const problems = problemsOf(
      contentWith(
        "talk/moving.md",
        [["start: 2020-03-21 11:10", "start: 2020-03-21 10:40"], ["end: 2020-03-21 11:50", "end: 2020-03-21 11:20"], ["status: cancelled", "status: scheduled"]],
        { "talk/golang.md": [["status: cancelled", "status: scheduled"]] },
      ),
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.field, "start");
    assert.equal(problems[0]!.line, 7);
    assert.match(problems[0]!.expected, /Room 203 is free .*golang\.md is there 10:20–11:00/);
  });

  test("a cancelled talk frees its room: another may take the slot", () => {
    const dir = contentWith("talk/moving.md", [["start: 2020-03-21 11:10", "start: 2020-03-21 10:40"], ["end: 2020-03-21 11:50", "end: 2020-03-21 11:20"]]);
    assert.equal(load(dir).schedule?.talks.length, 10);
  });

  test("a talk outside the event's dates is refused", () => {
    const problems = problemsOf(contentWith("talk/moving.md", [["start: 2020-03-21 11:10", "start: 2020-03-22 11:10"], ["end: 2020-03-21 11:50", "end: 2020-03-22 11:50"]]));
    assert.equal(problems[0]!.field, "start");
    assert.match(problems[0]!.expected, /within the event \(2020-03-21 to 2020-03-21, Asia\/Taipei\)/);
  });

  test("an unknown room lists the rooms there are", () => {
    const problems = problemsOf(contentWith("talk/moving.md", [["room: r203", "room: r204"]]));
    assert.deepEqual(problems.map((p) => [p.field, p.line]), [["room", 9]]);
    assert.match(problems[0]!.expected, /r211, r203, r202, r201/);
  });

  test("an end before the start, and an end beside a duration, are refused", () => {
    assert.match(problemsOf(contentWith("talk/moving.md", [["end: 2020-03-21 11:50", "end: 2020-03-21 11:00"]]))[0]!.expected, /after the start/);
    assert.match(problemsOf(contentWith("talk/moving.md", [["end: 2020-03-21 11:50", "end: 2020-03-21 11:50\nduration: 40"]]))[0]!.expected, /either an end or a duration/);
  });

  test("a duration in minutes stands for the end", () => {
    const dir = contentWith("talk/moving.md", [["end: 2020-03-21 11:50", "duration: 40"]]);
    const moving = load(dir).schedule!.talks.find((t) => t.id === "talk/moving")!;
    assert.equal(moving.end?.toISO(), "2020-03-21T11:50:00.000+08:00");
  });

  test("a time written with another offset is the same instant, shown in the event's zone", () => {
    const dir = contentWith("talk/moving.md", [["start: 2020-03-21 11:10", "start: 2020-03-21T03:10:00Z"]]);
    const moving = load(dir).schedule!.talks.find((t) => t.id === "talk/moving")!;
    assert.equal(moving.start?.toISO(), "2020-03-21T11:10:00.000+08:00");
  });

  test("issue 7.10: times without an event.json (so without a zone) are one problem naming event.json and the talks, not one per field", () => {
    const dir = contentWith("talk/moving.md", []);
    rmSync(join(dir, "_data", "event.json"));
    const problems = problemsOf(dir);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.file, /_data[/\\]event\.json$/);
    assert.match(problems[0]!.expected, /time zone/);
    assert.match(problems[0]!.found ?? "", /^no file, and 10 talks with a start, room or track: .*libst\.md, .*uni10\.md, .*diving\.md and 7 more$/);
  });

  test("issue 7.10: a broken event.json is reported once, with line and column, and its talks add nothing", () => {
    const dir = contentWith("talk/moving.md", []);
    const path = join(dir, "_data", "event.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"timezone": "Asia/Taipei",', '"timezone": "Asia/Taipei"'));
    const problems = problemsOf(dir);
    assert.equal(problems.length, 1, problems.map((p) => p.expected).join("; "));
    assert.match(problems[0]!.file, /event\.json$/);
    assert.deepEqual([problems[0]!.line, problems[0]!.column, problems[0]!.expected, problems[0]!.found], [5, 3, "valid JSON", "two entries without a comma between them"]);
  });

  test("issue 7.10: an event.json that misses a field is reported, and the talks' rooms are not reported as unknown", () => {
    const dir = contentWith("talk/moving.md", []);
    const path = join(dir, "_data", "event.json");
    const event = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    delete event.rooms;
    writeFileSync(path, JSON.stringify(event, null, 2));
    const problems = problemsOf(dir);
    assert.deepEqual(problems.map((p) => [p.field, p.expected]), [["rooms", 'the rooms, such as [{ "id": "r101", "name": "Room 101" }]']]);
  });

  test("an event without a time zone is refused", () => {
    const dir = contentWith("talk/moving.md", []);
    const path = join(dir, "_data", "event.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"timezone": "Asia/Taipei",\n', ""));
    const problems = problemsOf(dir);
    assert.equal(problems[0]!.field, "timezone");
    assert.match(problems[0]!.expected, /IANA time zone/);
  });
});
