// The schedule from the event file and the talks' front matter, with every clash reported: unknown speakers, rooms and
// tracks, times outside the event, two talks in one room at once.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { parseContentDate, skippedTimeReason } from "../schema/dates.ts";
import { eventFileSchema } from "../schema/event.ts";
import type { TalkFrontMatter } from "../schema/frontMatter.ts";
import { readJsonFile } from "../content/jsonFile.ts";
import { describeValue, displayPath, someOf, type ContentProblem } from "../schema/problem.ts";
import { speakersSchema } from "../schema/speakers.ts";
import { describeChoices } from "../schema/suggest.ts";
import { ConferenceDays, conferenceDays } from "./days.ts";
import type { Break, Event, Page, PreviousSlot, Room, Schedule, Speaker, Talk } from "./types.ts";
import { icsUrlFor, speakerPageUrl } from "./urls.ts";

export const EVENT_FILE = join("_data", "event.json");
export const SPEAKERS_FILE = join("_data", "speakers.json");
const MAX_EVENT_DAYS = 366;
const BREAK_TIME_EXPECTED = 'a time such as "2020-03-21 10:00" (in the event\'s time zone)';

export interface ReadEvent {
  event: Event;
  breaks: Break[];
  /** event.json, and the line each break starts on, for warnings about them. */
  file: string;
  breakLines: Map<Break, number | undefined>;
}

/** The event, or why there is none: no file (talks may not have times), or a broken one (already reported). */
export function readEvent(inputDir: string, problems: ContentProblem[]): ReadEvent | "missing" | "invalid" {
  const path = join(inputDir, EVENT_FILE);
  if (!existsSync(path)) return "missing";
  const read = readJsonFile(path, eventFileSchema, problems, inputDir);
  if (!read) return "invalid";
  const { file, lineOf, data } = read;
  const before = problems.length;
  const zone = data.timezone;
  const days = new ConferenceDays(zone, data.dayChange);
  const start = days.startOf(data.start);
  const end = days.endOf(data.end);
  if (end < start) problems.push({ file, line: lineOf(["end"]), field: "end", expected: `a day on or after the start (${data.start})`, found: describeValue(data.end) });
  // The program and the frab schedule list every day of the event: a conference is days long, not centuries.
  else if (end.toMillis() - start.toMillis() > MAX_EVENT_DAYS * 86_400_000) problems.push({ file, line: lineOf(["end"]), field: "end", expected: `a day at most ${MAX_EVENT_DAYS} days after the start (${data.start})`, found: describeValue(data.end) });
  // Ids are how talks name rooms and tracks; a room's name is how apps key the frab schedule's rooms.
  for (const [field, key] of [["rooms", "id"], ["rooms", "name"], ["tracks", "id"]] as const) {
    const seen = new Map<string, number>();
    (data[field] as { id: string; name: string }[]).forEach((item, index) => {
      const value = item[key];
      const first = seen.get(value);
      if (first !== undefined) problems.push({ file, line: lineOf([field, index, key]), field: `${field}[${index}].${key}`, expected: `a ${key} no other of the ${field} has (${field}[${first}] has it)`, found: describeValue(value) });
      else seen.set(value, index);
    });
  }
  const rooms = new Map(data.rooms.map((room) => [room.id, room]));
  const breaks: Break[] = [];
  const breakLines = new Map<Break, number | undefined>();
  data.breaks.forEach((item, index) => {
    const place = (key: string) => ({ file, line: lineOf(["breaks", index, key]), field: `breaks[${index}].${key}` });
    const breakStart = parseContentDate(item.start, zone);
    const breakEnd = item.end === undefined ? undefined : parseContentDate(item.end, zone);
    if (!breakStart) return problems.push({ ...place("start"), expected: skippedTimeReason(item.start, zone) ?? BREAK_TIME_EXPECTED, found: describeValue(item.start) });
    if (item.end !== undefined && !breakEnd) return problems.push({ ...place("end"), expected: skippedTimeReason(item.end, zone) ?? BREAK_TIME_EXPECTED, found: describeValue(item.end) });
    if (breakStart < start || breakStart > end) return problems.push({ ...place("start"), expected: `a time within the event (${withinEvent(data.start, data.end, data.dayChange, zone)})`, found: describeValue(item.start) });
    if (breakEnd && breakEnd <= breakStart) return problems.push({ ...place("end"), expected: "a time after the start", found: describeValue(item.end) });
    const room = item.room === undefined ? undefined : rooms.get(item.room);
    if (item.room !== undefined && !room) return problems.push({ ...place("room"), expected: `a room id (${[...rooms.keys()].join(", ")})`, found: describeValue(item.room) });
    const added: Break = { title: item.title, start: breakStart, ...(breakEnd ? { end: breakEnd } : {}), ...(room ? { room } : {}), day: days.dayOf(breakStart) };
    breaks.push(added);
    breakLines.set(added, lineOf(["breaks", index]));
  });
  if (problems.length > before) return "invalid";
  breaks.sort((a, b) => a.start.toMillis() - b.start.toMillis());
  const { breaks: _breaks, acronym, start: _start, end: _end, ...rest } = data;
  const event: Event = { ...rest, acronym: acronym ?? data.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""), start, end };
  return { event, breaks, file, breakLines };
}

/** "2020-03-21 to 2020-03-22, Asia/Taipei", with the hours when the days do not change at midnight. */
function withinEvent(first: string, last: string, dayChange: string | undefined, zone: string): string {
  return dayChange && dayChange !== "00:00" ? `${first} ${dayChange} to ${last} and the night after, until ${dayChange}, ${zone}` : `${first} to ${last}, ${zone}`;
}

export interface ReadSpeakers {
  speakers: Speaker[];
  byId: Map<string, Speaker>;
  lineOf: (path: readonly (string | number)[]) => number | undefined;
  /** "missing" or "invalid" (already reported): talks' speaker ids are then not checked one by one. */
  state: "read" | "missing" | "invalid";
}

export function readSpeakers(inputDir: string, problems: ContentProblem[]): ReadSpeakers {
  const path = join(inputDir, SPEAKERS_FILE);
  const none = { speakers: [], byId: new Map(), lineOf: () => undefined };
  if (!existsSync(path)) return { ...none, state: "missing" };
  const read = readJsonFile(path, speakersSchema, problems, inputDir);
  if (!read) return { ...none, state: "invalid" };
  const speakers = Object.entries(read.data).map(([id, fields]): Speaker => ({ id, ...fields, pageUrl: speakerPageUrl(id) }));
  return { speakers, byId: new Map(speakers.map((s) => [s.id, s])), lineOf: read.lineOf, state: "read" };
}

/** A talk page with what its front matter says, and where each field sits. */
export interface TalkSource {
  page: Page;
  fields: TalkFrontMatter;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** The schedule fields a talk sets, which mean something only with an event.json. */
const TIMED_FIELDS = ["start", "end", "duration", "room", "track", "previous"] as const;

/** A talk's id: its file's path under the content folder, without the extension ("talk/moving"). */
export function talkId(relativePath: string): string {
  return relativePath.replace(/\.md$/i, "");
}

/** Ends of talks given by a duration, by start and length: slots repeat, and Luxon's arithmetic in a zone is slow. */
const ends = new Map<string, DateTime>();

function plusMinutes(start: DateTime, minutes: number): DateTime {
  const key = `${start.toMillis()}|${start.zoneName}|${minutes}`;
  let end = ends.get(key);
  if (!end) {
    if (ends.size > 100_000) ends.clear();
    end = start.plus({ minutes });
    ends.set(key, end);
  }
  return end;
}

function readTalk(source: TalkSource, event: ReadEvent | undefined, speakers: ReadSpeakers, problems: ContentProblem[]): Talk {
  const { page, fields, lineOf } = source;
  const { file } = page;
  const place = (field: string) => ({ file, line: lineOf([field]), field });
  const { layout: _layout, date, permalink: _permalink, speakers: ids, start: _start, end: _end, duration, room: roomId, track: trackId, description: _description, tags: _tags, previous: _previous, ...talkFields } = fields;
  const url = page.url ?? "/";
  const talk: Talk = {
    ...talkFields,
    id: talkId(page.relativePath),
    file,
    speakers: [],
    url,
    icsUrl: icsUrlFor(url),
    description: page.description,
    updated: date,
    hasAbstract: page.html.trim() !== "",
    previous: [],
    moved: fields.status === "moved" || (fields.previous?.length ?? 0) > 0,
    cancelled: fields.status === "cancelled" || event?.event.status === "cancelled",
  };
  ids.forEach((id, index) => {
    const speaker = speakers.byId.get(id);
    if (speaker) talk.speakers.push(speaker);
    else if (speakers.state === "read") {
      const known = speakers.speakers.map((s) => s.id);
      problems.push({ file, line: lineOf(["speakers", index]), field: `speakers[${index}]`, expected: known.length ? `a speaker id from _data/speakers.json (${describeChoices(id, known)})` : "a speaker id defined in _data/speakers.json", found: describeValue(id) });
    }
  });
  // Without an event (none, or a broken one already reported) the schedule fields cannot be checked: one problem says so.
  if (!event) return talk;
  const { event: ev } = event;
  if (trackId !== undefined) {
    const track = ev.tracks.find((t) => t.id === trackId);
    if (track) talk.track = track;
    else problems.push({ ...place("track"), expected: ev.tracks.length ? `a track id from ${EVENT_FILE} (${ev.tracks.map((t) => t.id).join(", ")})` : `no track: ${EVENT_FILE} defines none`, found: describeValue(trackId) });
  }
  let room: Room | undefined;
  if (roomId !== undefined) {
    room = ev.rooms.find((r) => r.id === roomId);
    if (room) talk.room = room;
    else problems.push({ ...place("room"), expected: `a room id from ${EVENT_FILE} (${describeChoices(roomId, ev.rooms.map((r) => r.id))})`, found: describeValue(roomId) });
  }
  if (fields.previous) talk.previous = readPrevious(fields.previous, ev, file, lineOf, problems);
  const start = fields.start;
  if (start === undefined) {
    for (const key of ["end", "duration"] as const) if (fields[key] !== undefined) problems.push({ ...place(key), expected: `a start beside the ${key}`, found: describeValue(fields[key]) });
    return talk;
  }
  if (start < ev.start || start > ev.end) {
    const days = conferenceDays(ev);
    const first = days.dayOf(ev.start);
    const last = days.dayOf(ev.end);
    // A talk in the small hours after the last day is a night session: the day change is what would keep it.
    const night = !ev.dayChange && start > ev.end && start.diff(ev.end, "hours").hours < 12 ? `; for a program that runs past midnight, set "dayChange" in ${EVENT_FILE}, such as "04:00"` : "";
    problems.push({ ...place("start"), expected: `a time within the event (${withinEvent(first, last, ev.dayChange, ev.timezone)})${night}`, found: describeValue(start.toFormat("yyyy-MM-dd HH:mm")) });
    return talk;
  }
  let end: DateTime | undefined;
  if (fields.end !== undefined && duration !== undefined) problems.push({ ...place("duration"), expected: "either an end or a duration, not both", found: describeValue(duration) });
  else if (fields.end !== undefined) {
    if (fields.end <= start) problems.push({ ...place("end"), expected: `a time after the start (${start.toFormat("yyyy-MM-dd HH:mm")})`, found: describeValue(fields.end.toFormat("yyyy-MM-dd HH:mm")) });
    else end = fields.end;
  } else if (duration !== undefined) end = plusMinutes(start, duration);
  else problems.push({ ...place("start"), expected: "an end or a duration (minutes) beside the start", found: describeValue(start.toFormat("yyyy-MM-dd HH:mm")) });
  if (!end) return talk;
  if (!room) {
    if (roomId === undefined) problems.push({ ...place("start"), expected: `a room beside the start (one of ${ev.rooms.map((r) => r.id).join(", ")})`, found: "no room" });
    return talk;
  }
  talk.start = start;
  talk.end = end;
  talk.day = conferenceDays(ev).dayOf(start);
  return talk;
}

/** The talk's earlier slots: each room an id from event.json, each end after its start. */
function readPrevious(slots: NonNullable<TalkFrontMatter["previous"]>, ev: Event, file: string, lineOf: TalkSource["lineOf"], problems: ContentProblem[]): PreviousSlot[] {
  const previous: PreviousSlot[] = [];
  slots.forEach((slot, index) => {
    const place = (key: string) => ({ file, line: lineOf(["previous", index, key]), field: `previous[${index}].${key}` });
    const room = ev.rooms.find((r) => r.id === slot.room);
    if (!room) problems.push({ ...place("room"), expected: `a room id from ${EVENT_FILE} (${describeChoices(slot.room, ev.rooms.map((r) => r.id))})`, found: describeValue(slot.room) });
    else if (slot.end <= slot.start) problems.push({ ...place("end"), expected: `a time after the start (${slot.start.toFormat("yyyy-MM-dd HH:mm")})`, found: describeValue(slot.end.toFormat("yyyy-MM-dd HH:mm")) });
    else previous.push({ start: slot.start, end: slot.end, room });
  });
  return previous;
}

/** Two talks in one room at once: the later one is reported, naming the earlier. One pass over each room's talks. */
function findOverlaps(talks: Talk[], lines: Map<Talk, TalkSource>, problems: ContentProblem[]): void {
  const byRoom = new Map<string, Talk[]>();
  for (const talk of talks) {
    if (!talk.room || talk.status === "cancelled") continue;
    const list = byRoom.get(talk.room.id);
    if (list) list.push(talk);
    else byRoom.set(talk.room.id, [talk]);
  }
  for (const list of byRoom.values()) {
    let latest: Talk | undefined;
    for (const talk of list) {
      if (latest?.end && talk.start && talk.start < latest.end) {
        problems.push({
          file: talk.file,
          line: lines.get(talk)?.lineOf(["start"]),
          field: "start",
          expected: `a time when ${talk.room!.name} is free (${latest.file} is there ${latest.start!.toFormat("HH:mm")}–${latest.end.toFormat("HH:mm")})`,
          found: describeValue(talk.start.toFormat("yyyy-MM-dd HH:mm")),
        });
      }
      if (!latest?.end || (talk.end && talk.end > latest.end)) latest = talk;
    }
  }
}

/** Longest a talk may last (the schema's duration limit), which bounds how far back a talk can overlap a break. */
const LONGEST_TALK_MS = 24 * 60 * 60 * 1000;

/** The first index in `talks` (sorted by start) whose start is at or after `millis`. */
function firstStartingAt(talks: Talk[], millis: number): number {
  let low = 0;
  let high = talks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (talks[mid]!.start!.toMillis() < millis) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * What an organizer wants to hear of but may mean: a talk during a break across all rooms, and a speaker in two rooms
 * at once. Both files are named. Cancelled talks are free.
 */
function scheduleWarnings(talks: Talk[], event: ReadEvent, lines: Map<Talk, TalkSource>, warnings: ContentProblem[]): void {
  const live = talks.filter((talk) => talk.status !== "cancelled");
  const hhmm = (dt: DateTime) => dt.toFormat("HH:mm");
  for (const item of event.breaks) {
    if (item.room || !item.end) continue;
    const line = event.breakLines.get(item);
    for (let i = firstStartingAt(live, item.start.toMillis() - LONGEST_TALK_MS); i < live.length && live[i]!.start! < item.end; i++) {
      const talk = live[i]!;
      if (talk.end! <= item.start) continue;
      warnings.push({ file: talk.file, line: lines.get(talk)?.lineOf(["start"]), field: "start", expected: `no talk during "${item.title}" (${hhmm(item.start)}–${hhmm(item.end)}, all rooms, ${event.file}${line ? `:${line}` : ""})`, found: `${hhmm(talk.start!)}–${hhmm(talk.end!)}` });
    }
  }
  const bySpeaker = new Map<string, Talk[]>();
  for (const talk of live) for (const speaker of talk.speakers) (bySpeaker.get(speaker.id) ?? bySpeaker.set(speaker.id, []).get(speaker.id)!).push(talk);
  for (const [id, list] of bySpeaker) {
    let latest: Talk | undefined;
    for (const talk of list) {
      if (latest && talk.start! < latest.end! && talk.room?.id !== latest.room?.id) {
        const index = talk.speakers.findIndex((s) => s.id === id);
        warnings.push({ file: talk.file, line: lines.get(talk)?.lineOf(["speakers", index]), field: `speakers[${index}]`, expected: `a speaker who is free: ${id} is in ${latest.room?.name} then (${latest.file}, ${hhmm(latest.start!)}–${hhmm(latest.end!)})`, found: `${id} in ${talk.room?.name} at ${hhmm(talk.start!)}` });
      }
      if (!latest || talk.end! > latest.end!) latest = talk;
    }
  }
}

export interface BuiltSchedule {
  /** Undefined when the content has no event.json: talk pages then show no times. */
  schedule?: Schedule;
  /** Every talk, with or without a time: scheduled ones in schedule order, then the others by title. */
  talks: Talk[];
}

export function buildSchedule(inputDir: string, event: ReadEvent | "missing" | "invalid", speakers: ReadSpeakers, sources: TalkSource[], problems: ContentProblem[], warnings: ContentProblem[] = []): BuiltSchedule {
  const ready = typeof event === "string" ? undefined : event;
  const lines = new Map<Talk, TalkSource>();
  const talks = sources.map((source) => {
    const talk = readTalk(source, ready, speakers, problems);
    lines.set(talk, source);
    source.page.talk = talk;
    return talk;
  });
  if (event === "missing") {
    const timed = sources.filter((s) => TIMED_FIELDS.some((key) => s.fields[key] !== undefined));
    if (timed.length > 0) {
      problems.push({
        file: displayPath(join(inputDir, EVENT_FILE)),
        expected: "the event's days, rooms and time zone, because talks give times or rooms (a time without a zone means nothing)",
        found: `no file, and ${timed.length} talk${timed.length === 1 ? "" : "s"} with a start, room or track: ${someOf(timed.map((s) => s.page.file))}`,
      });
    }
  }
  if (speakers.state === "missing" && sources.length > 0) {
    problems.push({ file: displayPath(join(inputDir, SPEAKERS_FILE)), expected: 'the speakers, by id: { "ada": { "name": "Ada Lovelace" } }, because talks name their speakers by id', found: `no file, and ${sources.length} talk${sources.length === 1 ? "" : "s"}: ${someOf(sources.map((s) => s.page.file))}` });
  }
  const byTitle = (a: Talk, b: Talk) => a.title.localeCompare(b.title, "en");
  const unscheduled = talks.filter((t) => !t.start).sort(byTitle);
  if (!ready) return { talks: unscheduled };
  const roomOrder = new Map(ready.event.rooms.map((room, index) => [room.id, index]));
  const scheduled = talks
    .filter((t) => t.start)
    .sort((a, b) => a.start!.toMillis() - b.start!.toMillis() || (roomOrder.get(a.room?.id ?? "") ?? 0) - (roomOrder.get(b.room?.id ?? "") ?? 0) || byTitle(a, b));
  findOverlaps(scheduled, lines, problems);
  scheduleWarnings(scheduled, ready, lines, warnings);
  return { schedule: { event: ready.event, speakers: speakers.speakers, talks: scheduled, unscheduled, breaks: ready.breaks }, talks: [...scheduled, ...unscheduled] };
}
