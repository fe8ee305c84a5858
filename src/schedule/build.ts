// Builds the Schedule from checked content and _data/event.json, reporting every clash: unknown rooms, overlaps, times outside the event.
import { join } from "node:path";
import { DateTime } from "luxon";
import { existsSync } from "node:fs";
import { shortenDescription } from "../markdown/description.ts";
import { eventFileSchema } from "../schema/event.ts";
import type { Speakers, TalkFrontMatter } from "../schema/frontMatter.ts";
import { describeValue, displayPath, someOf, type ContentProblem } from "../schema/problem.ts";
import { readJsonFile } from "../schema/jsonFile.ts";
import type { CheckedContent, ContentFile } from "../schema/validate.ts";
import { DATE_EXPECTED, parseContentDate } from "../site/dates.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { Break, Event, Room, Schedule, Speaker, Talk } from "./model.ts";
import { talkUrl, icsUrlFor, speakerPageUrl } from "./urls.ts";

export const EVENT_FILE = join("_data", "event.json");

interface ReadEvent {
  event: Event;
  breaks: Break[];
}

/** The event, or why there is none: no file (talks may not have times), or a broken one (already reported). */
function readEvent(inputDir: string, problems: ContentProblem[]): ReadEvent | "missing" | "invalid" {
  const path = join(inputDir, EVENT_FILE);
  if (!existsSync(path)) return "missing";
  const read = readJsonFile(path, eventFileSchema, problems);
  if (!read) return "invalid";
  const { file, lineOf } = read;
  const data = read.data;
  const zone = data.timezone;
  const start = DateTime.fromISO(data.start, { zone }).startOf("day");
  const end = DateTime.fromISO(data.end, { zone }).endOf("day");
  if (end < start) problems.push({ file, line: lineOf(["end"]), field: "end", expected: `a day on or after the start (${data.start})`, found: describeValue(data.end) });
  const rooms: Room[] = data.rooms;
  for (const [field, list] of [["rooms", data.rooms], ["tracks", data.tracks]] as const) {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.id)) problems.push({ file, line: lineOf([field, index, "id"]), field: `${field}[${index}].id`, expected: "an id used once", found: describeValue(item.id) });
      seen.add(item.id);
    });
  }
  const event: Event = {
    name: data.name,
    acronym: data.acronym ?? data.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""),
    timezone: zone,
    start,
    end,
    status: data.status,
    statusNote: data.statusNote,
    venue: data.venue,
    rooms,
    tracks: data.tracks,
  };
  const breaks: Break[] = [];
  data.breaks.forEach((item, index) => {
    const place = (key: string) => ({ file, line: lineOf(["breaks", index, key]), field: `breaks[${index}].${key}` });
    const breakStart = parseContentDate(item.start, zone);
    const breakEnd = item.end === undefined ? undefined : parseContentDate(item.end, zone);
    if (!breakStart) return problems.push({ ...place("start"), expected: DATE_EXPECTED, found: describeValue(item.start) });
    if (item.end !== undefined && !breakEnd) return problems.push({ ...place("end"), expected: DATE_EXPECTED, found: describeValue(item.end) });
    if (breakStart < start || breakStart > end) return problems.push({ ...place("start"), expected: `a time within the event (${data.start} to ${data.end})`, found: describeValue(item.start) });
    if (breakEnd && breakEnd <= breakStart) return problems.push({ ...place("end"), expected: "a time after the start", found: describeValue(item.end) });
    const room = item.room === undefined ? undefined : rooms.find((r) => r.id === item.room);
    if (item.room !== undefined && !room) return problems.push({ ...place("room"), expected: `a room id (${rooms.map((r) => r.id).join(", ")})`, found: describeValue(item.room) });
    breaks.push({ title: item.title, start: breakStart, ...(breakEnd ? { end: breakEnd } : {}), ...(room ? { room } : {}) });
  });
  breaks.sort((a, b) => a.start.toMillis() - b.start.toMillis());
  return { event, breaks };
}

function speakerList(speakers: Speakers): Speaker[] {
  return Object.entries(speakers).map(([id, s]) => ({ id, ...s, pageUrl: speakerPageUrl(id) }));
}

/** The schedule fields a talk sets, which mean something only with an event.json. */
const TIMED_FIELDS = ["start", "end", "duration", "room", "track"] as const;

function readTalk(content: ContentFile, event: ReadEvent | undefined, speakers: Map<string, Speaker>, site: SiteSettings, problems: ContentProblem[]): Talk | undefined {
  const data = content.data as TalkFrontMatter;
  const { file } = content;
  const place = (field: string) => ({ file, line: content.lineOf([field]), field });
  const url = talkUrl(content.relativePath, data.permalink);
  const description = data.description ?? shortenDescription(content.opening);
  const talk: Talk = {
    id: talkId(content.relativePath),
    file,
    title: data.title,
    type: data.type,
    status: data.status,
    speakers: data.speakers.map((id) => speakers.get(id)).filter((s): s is Speaker => s !== undefined),
    level: data.level,
    language: data.language,
    slides: data.slides,
    video: data.video,
    url,
    icsUrl: icsUrlFor(url),
    description,
    updated: parseContentDate(data.date, site.timezone) ?? DateTime.fromMillis(0, { zone: "utc" }),
    hasAbstract: content.body.trim() !== "",
  };
  // Without an event (none, or a broken one already reported) the schedule fields cannot be checked: one problem says so.
  if (!event) return talk;
  const { event: ev } = event;
  if (data.track !== undefined) {
    const track = ev.tracks.find((t) => t.id === data.track);
    if (track) talk.track = track;
    else problems.push({ ...place("track"), expected: ev.tracks.length ? `a track id from ${EVENT_FILE} (${ev.tracks.map((t) => t.id).join(", ")})` : `no track: ${EVENT_FILE} defines none`, found: describeValue(data.track) });
  }
  if (data.room !== undefined) {
    const room = ev.rooms.find((r) => r.id === data.room);
    if (room) talk.room = room;
    else problems.push({ ...place("room"), expected: `a room id from ${EVENT_FILE} (${ev.rooms.map((r) => r.id).join(", ")})`, found: describeValue(data.room) });
  }
  if (data.start === undefined) {
    for (const key of ["end", "duration"] as const) if (data[key] !== undefined) problems.push({ ...place(key), expected: `a start beside the ${key}`, found: describeValue(data[key]) });
    return talk;
  }
  const start = parseContentDate(data.start, ev.timezone);
  if (!start) {
    problems.push({ ...place("start"), expected: DATE_EXPECTED.replace("site's", "event's"), found: describeValue(data.start) });
    return talk;
  }
  if (start < ev.start || start > ev.end) {
    problems.push({ ...place("start"), expected: `a time within the event (${ev.start.toISODate()} to ${ev.end.toISODate()}, ${ev.timezone})`, found: describeValue(data.start) });
    return talk;
  }
  let end: DateTime | undefined;
  if (data.end !== undefined && data.duration !== undefined) problems.push({ ...place("duration"), expected: "either an end or a duration, not both", found: describeValue(data.duration) });
  else if (data.end !== undefined) {
    end = parseContentDate(data.end, ev.timezone);
    if (!end) problems.push({ ...place("end"), expected: DATE_EXPECTED.replace("site's", "event's"), found: describeValue(data.end) });
    else if (end <= start) {
      problems.push({ ...place("end"), expected: `a time after the start (${data.start})`, found: describeValue(data.end) });
      end = undefined;
    }
  } else if (data.duration !== undefined) end = start.plus({ minutes: data.duration });
  else problems.push({ ...place("start"), expected: "an end or a duration (minutes) beside the start", found: describeValue(data.start) });
  if (!end) return talk;
  if (!talk.room) {
    if (data.room === undefined) problems.push({ ...place("start"), expected: `a room beside the start (one of ${ev.rooms.map((r) => r.id).join(", ")})`, found: "no room" });
    return talk;
  }
  talk.start = start;
  talk.end = end;
  return talk;
}

/** Two talks in one room at once: the later one is reported, naming the earlier. */
function findOverlaps(talks: Talk[], contents: Map<string, ContentFile>, problems: ContentProblem[]): void {
  const byRoom = new Map<string, Talk[]>();
  for (const talk of talks) if (talk.room && talk.status !== "cancelled") byRoom.set(talk.room.id, [...(byRoom.get(talk.room.id) ?? []), talk]);
  for (const list of byRoom.values()) {
    let latest: Talk | undefined;
    for (const talk of list) {
      if (latest?.end && talk.start && talk.start < latest.end) {
        const content = contents.get(talk.id);
        problems.push({
          file: talk.file,
          line: content?.lineOf(["start"]),
          field: "start",
          expected: `a time when ${talk.room!.name} is free (${latest.file} is there ${latest.start!.toFormat("HH:mm")}–${latest.end.toFormat("HH:mm")})`,
          found: describeValue(talk.start.toFormat("yyyy-MM-dd HH:mm")),
        });
      }
      if (!latest?.end || (talk.end && talk.end > latest.end)) latest = talk;
    }
  }
}

function byTime(a: Talk, b: Talk, rooms: Room[]): number {
  return (
    (a.start?.toMillis() ?? 0) - (b.start?.toMillis() ?? 0) ||
    rooms.findIndex((r) => r.id === a.room?.id) - rooms.findIndex((r) => r.id === b.room?.id) ||
    a.title.localeCompare(b.title, "en")
  );
}

export interface BuiltSchedule {
  /** Undefined when the content has no event.json: talk pages then show no times. */
  schedule?: Schedule;
  /** Every talk, with or without a time. */
  talks: Talk[];
  problems: ContentProblem[];
}

/** A talk's id: its file's path under the content folder, without the extension ("talk/moving"). */
export function talkId(relativePath: string): string {
  return relativePath.replace(/\.md$/i, "");
}

export function buildSchedule(inputDir: string, site: SiteSettings, checked: CheckedContent): BuiltSchedule {
  const problems: ContentProblem[] = [];
  const read = readEvent(inputDir, problems);
  const event = typeof read === "string" ? undefined : read;
  const speakers = speakerList(checked.speakers);
  const speakersById = new Map(speakers.map((s) => [s.id, s]));
  const talkFiles = checked.files.filter((f) => f.layout === "talk");
  const contents = new Map(talkFiles.map((f) => [talkId(f.relativePath), f]));
  const talks = talkFiles.map((f) => readTalk(f, event, speakersById, site, problems)).filter((t): t is Talk => t !== undefined);
  if (read === "missing") {
    const timed = talkFiles.filter((f) => TIMED_FIELDS.some((key) => f.data[key] !== undefined));
    if (timed.length > 0) {
      problems.push({
        file: displayPath(join(inputDir, EVENT_FILE)),
        expected: "the event's days, rooms and time zone, because talks give times or rooms (a time without a zone means nothing)",
        found: `no file, and ${timed.length} talk${timed.length === 1 ? "" : "s"} with a start, room or track: ${someOf(timed.map((f) => f.file))}`,
      });
    }
  }
  if (!event) return { talks, problems };
  const scheduled = talks.filter((t) => t.start).sort((a, b) => byTime(a, b, event.event.rooms));
  findOverlaps(scheduled, contents, problems);
  const unscheduled = talks.filter((t) => !t.start).sort((a, b) => a.title.localeCompare(b.title, "en"));
  return { schedule: { event: event.event, speakers, talks: scheduled, unscheduled, breaks: event.breaks }, talks, problems };
}
