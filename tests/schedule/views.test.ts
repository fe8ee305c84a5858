// What pages say about times: zone named with its offset on the day, neighbours in the room, talks at the same time, the program grid.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { Labels } from "../../src/model/labels.ts";
import { programSlotId } from "../../src/model/urls.ts";
import { ScheduleViews } from "../../src/model/views.ts";
import { berlin, cancelledTalk, dataframes, nightSprint, opening, schedule, xmlTalk } from "../export/fixture.ts";

describe("time labels", () => {
  test("the zone is named with the offset of that day, across a DST change", () => {
    const berlinTime = new Labels("en", "Europe/Berlin");
    assert.equal(berlinTime.zoneOn(berlin("2025-10-25T10:00")), "Berlin time, UTC+02:00");
    assert.equal(berlinTime.zoneOn(berlin("2025-10-26T10:00")), "Berlin time, UTC+01:00");
    assert.equal(new Labels("en", "America/Argentina/Buenos_Aires").zoneOn(berlin("2025-10-26T10:00")), "Buenos Aires time, UTC-03:00");
  });

  test("in German the zone and the day are German", () => {
    const german = new Labels("de", "Europe/Berlin");
    assert.equal(german.zoneOn(berlin("2025-10-26T10:00")), "Mitteleuropäische Zeit, UTC+01:00");
    assert.equal(german.day(berlin("2025-10-26T10:00")), "Sonntag, 26. Oktober 2025");
    assert.equal(german.names(["Ada", "Zoë", "陳怡君"]), "Ada, Zoë und 陳怡君");
  });

  test("a range without an end says where it starts", () => {
    const labels = new Labels("en", "Europe/Berlin");
    assert.equal(labels.time(berlin("2025-10-25T18:00")), "from 18:00");
    assert.equal(labels.time(berlin("2025-10-25T09:30"), berlin("2025-10-25T10:15")), "09:30–10:15");
    assert.equal(new Labels("de", "Europe/Berlin").time(berlin("2025-10-25T18:00")), "ab 18:00");
  });
});

const views = new ScheduleViews(schedule, { language: "en", zone: schedule.event.timezone, href: (url) => url });
const talkFacts = (talk: typeof dataframes) => views.facts(talk);

describe("talkFacts", () => {
  test("gives day, time and zone in the event's zone whatever the machine's zone", () => {
    const facts = talkFacts(dataframes);
    assert.equal(facts.when?.day, "Saturday, October 25, 2025");
    assert.equal(facts.when?.time, "10:30–11:00");
    assert.equal(facts.when?.zone, "Berlin time, UTC+02:00");
    assert.equal(facts.when?.startIso, "2025-10-25T10:30:00+02:00");
    assert.equal(facts.room, "Saal A");
    assert.equal(facts.track, "Data & Science");
    assert.equal(facts.language, "German");
  });

  test("names the talks at the same time in other rooms and the neighbours in its own room", () => {
    const facts = talkFacts(dataframes);
    assert.deepEqual(facts.sameSlot.map((t) => [t.title, t.room]), [[xmlTalk.title, "Raum B"]]);
    assert.equal(facts.previous?.title, opening.title);
    assert.equal(facts.next, undefined, "the next talk in Saal A is on another day");
  });

  test("a cancelled talk says so in every link to it", () => {
    assert.equal(views.link(cancelledTalk).cancelled, true);
  });
});

describe("programView", () => {
  const view = views.program(schedule);

  test("has one column per room for the whole event, in the event's order", () => {
    assert.deepEqual(view.rooms, [{ name: "Saal A", column: 2 }, { name: "Raum B", column: 3 }]);
    const columns = view.days.flatMap((day) => day.slots.flatMap((slot) => slot.items.filter((i) => !i.isBreak).map((i) => [i.room, i.column])));
    for (const [room, column] of columns) assert.equal(column, room === "Saal A" ? 2 : 3, `${room} keeps its column every day`);
  });

  test("each day states its own zone and UTC offset", () => {
    assert.deepEqual(view.days.map((d) => [d.iso, d.offset]), [["2025-10-25", "Berlin time, UTC+02:00"], ["2025-10-26", "Berlin time, UTC+01:00"]]);
  });

  test("rows are proportional to time: a talk spans one row per five minutes, breaks go across", () => {
    const [saturday] = view.days;
    assert.deepEqual(saturday!.slots.map((s) => s.time), ["09:30", "10:30", "12:00", "22:00"]);
    const items = saturday!.slots.flatMap((slot) => slot.items);
    const span = (title: string) => items.find((i) => i.title === title)!;
    assert.equal(span(opening.title).span, 9, "45 minutes");
    assert.equal(span(dataframes.title).span, 6, "30 minutes");
    assert.equal(span(xmlTalk.title).span, 9, "45 minutes");
    assert.equal(span(nightSprint.title).span, 66, "5 h 30 min of real time, though 4 h 30 min on the clock");
    assert.equal(span(opening.title).row, 2, "the first start opens the grid, under the room names");
    assert.equal(span(dataframes.title).row, 2 + 12, "an hour later");
    const lunch = span("Lunch");
    assert.deepEqual([lunch.isBreak, lunch.column, lunch.span], [true, 0, 12]);
    assert.equal(span(opening.title).keynote, true);
    assert.equal(saturday!.rows, 18 * 12, "from 09:30 to the sprint's end at 02:30 winter time: 18 hours of real time");
  });

  test("lists the talks without a time apart", () => {
    assert.deepEqual(view.unscheduled.map((t) => t.title), ["To be announced"]);
  });
});

describe("talks at the same time at FOSDEM size", () => {
  // Twelve rooms at 10:00, every third talk in the "data" track: more parallel talks than a page lists.
  const rooms = Array.from({ length: 12 }, (_, r) => ({ id: `r${r}`, name: `Room ${r}` }));
  const tracks = [{ id: "data", name: "Data" }, { id: "web", name: "Web" }];
  const base = schedule.talks[0]!;
  const parallel = rooms.map((room, r) => ({
    ...base,
    id: `talk/p${r}`,
    title: `Parallel ${r}`,
    url: `/talk/p${r}.html`,
    room,
    track: r % 3 === 0 ? tracks[0]! : tracks[1]!,
    start: berlin("2025-10-25T10:00"),
    end: berlin("2025-10-25T10:40"),
  }));
  const big = { ...schedule, event: { ...schedule.event, rooms, tracks }, talks: parallel, breaks: [] };
  const bigViews = new ScheduleViews(big, { language: "en", zone: big.event.timezone, href: (url) => `/2025${url}` });

  test("a talk lists the others in its own track and links to the program's row for all of them", () => {
    const facts = bigViews.facts(parallel[0]!);
    assert.deepEqual(facts.sameSlot.map((t) => t.title), ["Parallel 3", "Parallel 6", "Parallel 9"]);
    assert.equal(facts.sameSlotAll?.count, 11);
    assert.equal(facts.sameSlotAll?.label, "All 11 other talks at this time, in the program");
    assert.equal(facts.sameSlotAll?.url, "/2025/program.html#at-2025-10-25-1000p0200");
    const row = bigViews.program(big).days[0]!.slots.find((slot) => slot.startIso === "2025-10-25T10:00:00+02:00");
    assert.equal(row?.id, "at-2025-10-25-1000p0200", "the program has the row the link points at");
  });

  test("a few talks at the same time are all listed, with no link", () => {
    const facts = views.facts(dataframes);
    assert.equal(facts.sameSlot.length, 1);
    assert.equal(facts.sameSlotAll, undefined);
  });

  test("the two 02:30 rows of the night the clocks go back get different ids", () => {
    assert.equal(programSlotId("2025-10-26T02:30:00+02:00"), "at-2025-10-26-0230p0200");
    assert.equal(programSlotId("2025-10-26T02:30:00+01:00"), "at-2025-10-26-0230p0100");
    assert.equal(programSlotId("2025-03-08T09:00:00-05:00"), "at-2025-03-08-0900m0500");
  });
});
