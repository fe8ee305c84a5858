// The schedule in the frab / c3voc format that conference apps read (Giggity, ConfClerk, EventFahrplan), as one
// intermediate model that schedule.xml (./xml.ts) and schedule.json (./json.ts) both write, so they always agree.
//
// Choices worth knowing:
// - Days: one per conference day, from event.start to event.end (widened if a talk falls outside); a day starts at
//   the event's dayChange (00:00 when unset) and ends a minute before the next one starts, local time with the
//   offset of that moment. A talk at 01:30 after a day that changes at 04:00 is filed under that day.
// - Rooms: event.rooms order; rooms that talks use but event.rooms lacks follow; talks without a room go in a
//   room named after the venue. Every room is listed on every day, empty or not.
// - Ids: `guid` is a version 5 UUID of the talk page's absolute URL; the numeric `id` the formats still require
//   is the first 31 bits of that UUID, so neither moves when talks are added or reordered.
// - Cancelled talks stay in the schedule, their title marked in the site's language ("Cancelled: …"): neither schema
//   has a field for a cancelled event (no state or status; do_not_record is about recording), and a talk left out
//   would vanish from an app user's favourites without a word, where a marked one tells them not to walk there.
// - abstract is talk.description; description is left out (XML) or null (JSON) because apps show abstract and
//   description one after the other, and the model has one text.
// - Breaks and unscheduled talks are not exported: the format has no place for either.
import { createHash } from "node:crypto";
import { DateTime } from "luxon";
import { conferenceDays } from "../../model/days.ts";
import type { Room, Schedule, Speaker, Talk } from "../../model/types.ts";
import { en } from "../../i18n/en.ts";
import type { Messages } from "../../i18n/messages.ts";
import { absoluteUrl, checkBaseUrl, uuidV5Url } from "../urls.ts";
import { ZoneTimes } from "../times.ts";

/** The generator name both formats carry. */
export const GENERATOR = "talk-pages";

export interface FrabPerson {
  id: number;
  guid: string;
  name: string;
  url: string;
  biography?: string;
}

export interface FrabLink {
  type: "slides" | "media";
  url: string;
  title: string;
}

export interface FrabEvent {
  id: number;
  guid: string;
  /** Start, ISO 8601 with the event's offset. */
  date: string;
  /** End, ISO 8601 with the event's offset; absent when the talk has no end. */
  end?: string;
  /** Local start "HH:MM". */
  start: string;
  /** Elapsed time "HH:MM" (real minutes, so a talk across a DST change has its true length). */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  track: string | null;
  type: string;
  language: string;
  abstract: string;
  persons: FrabPerson[];
  links: FrabLink[];
}

export interface FrabRoom {
  /** Room.id, or "" for the stand-in room of talks without one. */
  key: string;
  name: string;
  guid: string;
  slug?: string;
  description?: string;
  capacity?: number;
}

export interface FrabDay {
  index: number;
  date: string;
  dayStart: string;
  dayEnd: string;
  rooms: { room: FrabRoom; events: FrabEvent[] }[];
}

export interface FrabTrack {
  name: string;
  slug?: string;
  color?: string;
}

export interface FrabSchedule {
  version: string;
  baseUrl: string;
  title: string;
  acronym: string;
  description?: string;
  start: string;
  end: string;
  daysCount: number;
  timeslotDuration: string;
  timeZoneName?: string;
  tracks: FrabTrack[];
  rooms: FrabRoom[];
  days: FrabDay[];
}

/** The schedule in frab's terms, once, for both files; `baseUrl` is checked to be an absolute http(s) URL ending in "/". */
/** `language`: the site's, for talks that do not say theirs. */
export function buildFrab(schedule: Schedule, baseUrl: string, messages: Messages = en, language = "en"): FrabSchedule {
  checkBaseUrl(baseUrl);
  const { event } = schedule;
  const zone = event.timezone;
  const talks = schedule.talks.filter((talk): talk is Talk & { start: DateTime } => talk.start !== undefined);
  const acronym = frabAcronym(event.acronym, event.start.setZone(zone).year);
  const times = new ZoneTimes(zone);
  const conference = conferenceDays(event);
  const dayOf = (talk: Talk) => {
    if (talk.day === undefined) throw new Error(`frab export: talk "${talk.id}" has a start but no conference day`);
    return talk.day;
  };

  const rooms = collectRooms(schedule, talks, baseUrl);
  const speakerNumbers = new Map(schedule.speakers.map((speaker, index) => [speaker.id, index + 1]));
  const usedIds = new Set<number>();
  const usedSlugs: SlugsTaken = { used: new Set(), next: new Map() };

  const events = talks.map((talk) => {
    const url = absoluteUrl(baseUrl, talk.url);
    const guid = uuidV5Url(url);
    const start = talk.start;
    const end = talk.end;
    const minutes = end ? Math.max(0, Math.round((end.toMillis() - start.toMillis()) / 60_000)) : 0;
    const room = roomOf(talk, rooms);
    const frabEvent: FrabEvent = {
      id: uniqueId(guid, usedIds),
      guid,
      date: times.format(start, ISO_WITH_OFFSET),
      ...(end ? { end: times.format(end, ISO_WITH_OFFSET) } : {}),
      start: times.format(start, "HH:mm"),
      duration: hoursMinutes(minutes),
      room: room.name,
      slug: uniqueSlug(acronym, talk.id, guid, usedSlugs),
      url,
      title: talk.cancelled ? messages.cancelledTitle(talk.title) : talk.title,
      track: talk.track?.name ?? null,
      type: talk.type,
      language: talk.language || language,
      abstract: talk.description,
      persons: talk.speakers.map((speaker) => person(speaker, talk, speakerNumbers, baseUrl)),
      links: links(talk, baseUrl),
    };
    return {
      talk,
      start,
      day: dayOf(talk),
      minutes,
      hour: Number(times.format(start, "H")),
      minute: Number(times.format(start, "m")),
      room,
      frabEvent,
    };
  });

  // Each room's events on each day, in schedule order, found once rather than searched for per day and room.
  const byRoomAndDay = new Map<string, FrabEvent[]>();
  for (const item of events) {
    const key = `${item.room.key}\u0000${item.day}`;
    (byRoomAndDay.get(key) ?? byRoomAndDay.set(key, []).get(key)!).push(item.frabEvent);
  }

  // One day per conference day, from the event's first to last day, widened to every talk.
  const isoDays = [conference.dayOf(event.start), conference.dayOf(event.end), ...events.map((item) => item.day)];
  const firstDay = isoDays.reduce((a, b) => (b < a ? b : a));
  const lastDay = isoDays.reduce((a, b) => (b > a ? b : a));
  const days: FrabDay[] = [];
  for (const date of conference.between(firstDay, lastDay)) {
    const dayStart = conference.startOf(date);
    if (!dayStart.isValid) throw new Error(`frab export: cannot start the day ${JSON.stringify(date)} in ${zone}`);
    days.push({
      index: days.length + 1,
      date,
      dayStart: isoDateTime(dayStart),
      // A minute before the next day starts, as frab and pretalx write it.
      dayEnd: isoDateTime(conference.endOf(date).plus({ milliseconds: 1 }).minus({ minutes: 1 })),
      rooms: rooms.map((room) => ({ room, events: byRoomAndDay.get(`${room.key}\u0000${date}`) ?? [] })),
    });
  }

  // The grid step: the largest divisor of 15 minutes that every start time and duration is a multiple of.
  let slot = 15;
  for (const item of events) slot = gcd(gcd(slot, item.hour * 60 + item.minute), item.minutes);

  const model: Omit<FrabSchedule, "version"> = {
    baseUrl,
    title: event.name,
    acronym,
    ...(event.status !== "scheduled" && event.statusNote ? { description: event.statusNote } : {}),
    start: firstDay,
    end: lastDay,
    daysCount: days.length,
    timeslotDuration: hoursMinutes(slot),
    // The JSON schema's pattern for zone names; zones it refuses are left out (every date carries its offset).
    ...(/^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/.test(zone) ? { timeZoneName: zone } : {}),
    tracks: event.tracks.map((track) => ({
      name: track.name,
      ...(isTrackSlug(track.id) ? { slug: track.id } : {}),
      ...(track.color && /^#[0-9a-fA-F]{6}$/.test(track.color) ? { color: track.color } : {}),
    })),
    rooms,
    days,
  };
  // The schedule version changes exactly when something in the export changes.
  const version = createHash("sha1").update(JSON.stringify(model)).digest("hex").slice(0, 12);
  return { version, ...model };
}

/**
 * The acronym both schemas accept: XSD `[a-z0-9_-]{4,}`, JSON `^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$`.
 * Event ids may contain hyphens, which the JSON pattern refuses after the first character: they become "_".
 * An acronym shorter than four characters gets "_" and the year.
 */
function frabAcronym(acronym: string, year: number): string {
  let result = acronym.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  if (result.length < 4) result = `${result}_${year}`;
  return result;
}

function collectRooms(schedule: Schedule, talks: Talk[], baseUrl: string): FrabRoom[] {
  const frabRoom = (room: Room): FrabRoom => ({
    key: room.id,
    name: room.name,
    guid: uuidV5Url(`${baseUrl}#room-${room.id}`),
    ...(isRoomSlug(room.id) ? { slug: room.id } : {}),
    ...(room.description ? { description: room.description } : {}),
    ...(room.capacity !== undefined ? { capacity: room.capacity } : {}),
  });
  const rooms = schedule.event.rooms.map(frabRoom);
  for (const talk of talks) {
    if (talk.room && !rooms.some((room) => room.key === talk.room?.id)) rooms.push(frabRoom(talk.room)); // a few dozen rooms at most
  }
  if (talks.some((talk) => !talk.room)) {
    const { venue } = schedule.event;
    rooms.push({ key: "", name: venue.name, guid: uuidV5Url(`${baseUrl}#venue`) });
  }
  const names = new Set<string>();
  for (const room of rooms) {
    // schedule.json keys each day's rooms by name: two rooms with one name would merge.
    if (names.has(room.name))
      throw new Error(`frab export: two rooms are named ${JSON.stringify(room.name)}; room names must differ`);
    names.add(room.name);
  }
  return rooms;
}

function roomOf(talk: Talk, rooms: FrabRoom[]): FrabRoom {
  const key = talk.room?.id ?? "";
  const room = rooms.find((candidate) => candidate.key === key);
  if (!room) throw new Error(`frab export: no room for talk "${talk.id}"`); // collectRooms added every room
  return room;
}

function person(speaker: Speaker, talk: Talk, numbers: Map<string, number>, baseUrl: string): FrabPerson {
  const id = numbers.get(speaker.id);
  if (id === undefined) {
    throw new Error(
      `frab export: speaker "${speaker.id}" of talk "${talk.id}" (${talk.file}) is not in schedule.speakers`,
    );
  }
  const url = absoluteUrl(baseUrl, speaker.pageUrl);
  return { id, guid: uuidV5Url(url), name: speaker.name, url, ...(speaker.bio ? { biography: speaker.bio } : {}) };
}

function links(talk: Talk, baseUrl: string): FrabLink[] {
  const result: FrabLink[] = [];
  if (talk.slides) result.push({ type: "slides", url: absoluteUrl(baseUrl, talk.slides), title: "Slides" });
  if (talk.video) result.push({ type: "media", url: absoluteUrl(baseUrl, talk.video), title: "Video" });
  return result;
}

/** A positive 31-bit integer from the UUID, the next free one if two talks collide (in schedule order). */
function uniqueId(guid: string, used: Set<number>): number {
  let id = parseInt(guid.slice(0, 8), 16) & 0x7fffffff || 1;
  while (used.has(id)) id = id === 0x7fffffff ? 1 : id + 1;
  used.add(id);
  return id;
}

/**
 * "<acronym>-<talk id as lowercase ASCII words>", which both schemas accept (XSD
 * `[a-z0-9_]{4,}-[a-z0-9\-_]{4,}`, JSON `^[a-z0-9_-]+[a-z0-9]$`); ids with fewer than four usable characters get
 * the start of the guid, and a second talk with the same slug gets "-2", "-3", …
 */
/** Slugs taken so far, and for each base the next number to try: a thousand talks with one base cost a thousand
 * steps, not half a million. */
interface SlugsTaken {
  used: Set<string>;
  next: Map<string, number>;
}

function uniqueSlug(acronym: string, talkId: string, guid: string, taken: SlugsTaken): string {
  let words = talkId
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length < 4) words = words ? `${words}-${guid.slice(0, 8)}` : guid.slice(0, 8);
  const base = `${acronym}-${words}`;
  let slug = base;
  if (taken.used.has(slug)) {
    let n = taken.next.get(base) ?? 2;
    while (taken.used.has((slug = `${base}-${n}`))) n++;
    taken.next.set(base, n + 1);
  }
  taken.used.add(slug);
  return slug;
}

function isRoomSlug(id: string): boolean {
  return /^[a-z0-9_-]+[a-z0-9]$/.test(id);
}

function isTrackSlug(id: string): boolean {
  // JSON `^[a-z0-9_-]+[a-z0-9]$` and XSD `[a-z][a-z0-9-]+`.
  return /^[a-z0-9_-]+[a-z0-9]$/.test(id) && /^[a-z][a-z0-9-]+$/.test(id);
}

/** "2020-03-21T11:10:00+08:00": local time with the offset in force at that moment. */
const ISO_WITH_OFFSET = "yyyy-MM-dd'T'HH:mm:ssZZ";

function isoDateTime(dt: DateTime): string {
  return dt.toFormat(ISO_WITH_OFFSET);
}

function hoursMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
