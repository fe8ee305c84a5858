// The export, read and checked, turned into what the content folder will say: the conference, its rooms and tracks,
// its people, one talk per event with persons and a break per event without. Keyed by the export's own names (a
// person's guid, a room's name); src/frab/update.ts gives them ids and file names.
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { fr } from "../i18n/fr.ts";
import { zhTW } from "../i18n/zh-TW.ts";
import { DateTime } from "luxon";
import { TALK_TYPES } from "../schema/frontMatter.ts";
import { chooseZone } from "./zone.ts";
import type { FrabEvent, FrabLink, FrabSchedule } from "./schema.ts";
import type { FrabSource, ImportProblem, Path } from "./source.ts";
import { cleanText, linkDestination, markdownText, oneLine, slugify } from "./text.ts";

export interface PlannedRoom {
  name: string;
  /** The export's slug, when it is an id the content may use. */
  slug?: string;
  description?: string;
  capacity?: number;
}

export interface PlannedTrack {
  name: string;
  slug?: string;
  color?: string;
}

export interface PlannedPerson {
  /** Who the person is across events: guid, else pretalx code, else frab id, else name. */
  key: string;
  name: string;
  /** frab's or pretalx's number for the person, for an id when the name gives none ("陳怡君"). */
  number?: number;
  bio?: string;
  url?: string;
}

interface Slot {
  start: DateTime;
  minutes: number;
  room: string;
}

export interface PlannedTalk extends Slot {
  /** The event across exports: its guid, else "id:25". */
  key: string;
  /** "event 25 (“Focused hardware”)", for messages. */
  label: string;
  /** Where the event is in the export, for the line of a message (looked up only when there is one). */
  path: Path;
  /** Where the event's URL puts it under the conference's URL ("talk/moving.html"), when it is a path we can keep. */
  permalink?: string;
  title: string;
  /** The export marks the talk cancelled in its title, as ours does (src/export/frab/model.ts). */
  cancelled?: boolean;
  type: string;
  track?: string;
  language?: string;
  persons: string[];
  slides?: string;
  video?: string;
  body: string;
}

export interface PlannedBreak extends Slot {
  title: string;
}

export interface Plan {
  zone: string;
  title: string;
  acronym?: string;
  version?: string;
  /** The conference's URL, when the export gives one. */
  url?: string;
  language: string;
  firstDay: string;
  lastDay: string;
  /** "04:00" when the days run past midnight. */
  dayChange?: string;
  rooms: PlannedRoom[];
  tracks: PlannedTrack[];
  persons: PlannedPerson[];
  talks: PlannedTalk[];
  breaks: PlannedBreak[];
}

/** frab's and pretalx's types as ours; any other is kept as written. */
const TYPES: Record<string, (typeof TALK_TYPES)[number]> = {
  talk: "talk", lecture: "talk", presentation: "talk", vortrag: "talk", session: "talk", "long talk": "talk", "short talk": "talk",
  workshop: "tutorial", tutorial: "tutorial", "hands-on": "tutorial", "hands on": "tutorial", training: "tutorial",
  keynote: "keynote", "keynote talk": "keynote",
  lightning: "lightning", "lightning talk": "lightning", "lightning talks": "lightning", lightningtalk: "lightning",
  sprint: "sprint", "coding sprint": "sprint", hackathon: "sprint",
};

export function mapType(type: string | null | undefined): string {
  const written = oneLine(type ?? "");
  if (!written) return "talk";
  return TYPES[written.toLowerCase().replace(/[\s_]+/g, " ")] ?? written.slice(0, 60).trim();
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const ID = /^[a-z0-9][a-z0-9-]*$/;
/** Paths the build writes itself: an event URL there cannot become the talk's page. */
const BUILD_OWNED = /^(?:speakers|css|_data)\//;

function isWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.host !== "" && url === url.trim();
  } catch {
    return false;
  }
}

/** A link as an absolute http(s) URL (relative ones are read against base_url), or undefined. */
function absolute(url: string | null | undefined, base: string | undefined): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (isWebUrl(trimmed)) return trimmed;
  if (!base || !isWebUrl(base) || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  try {
    const resolved = new URL(trimmed, base).href;
    return isWebUrl(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

/** "01:30" or "01:30:00" → minutes, seconds rounded. */
function durationMinutes(duration: string): number {
  const [hours, minutes, seconds] = duration.trim().split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0) + Math.round((seconds ?? 0) / 60);
}

function quoted(text: string): string {
  const short = oneLine(text);
  return `“${short.length > 50 ? `${short.slice(0, 49)}…` : short}”`;
}

/** The talk's page path under the conference's URL, from the event's URL: "talk/moving.html" or "talk/moving/". */
function permalinkOf(eventUrl: string | undefined, siteUrl: string | undefined): string | undefined {
  if (!eventUrl || !siteUrl) return undefined;
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  if (!eventUrl.startsWith(base)) return undefined;
  const rest = eventUrl.slice(base.length);
  if (!/^(?:[a-z0-9][a-z0-9_-]*\/)+[a-z0-9][a-z0-9_-]*(?:\.html|\/)$/.test(rest) || BUILD_OWNED.test(rest)) return undefined;
  return rest;
}

/** The body: subtitle, abstract, description, then the links that have no field of their own. */
function bodyOf(event: FrabEvent, links: { title: string; url: string }[]): string {
  const parts: string[] = [];
  const subtitle = oneLine(event.subtitle ?? "");
  if (subtitle) parts.push(`*${markdownText(subtitle)}*`);
  const abstract = markdownText(event.abstract ?? "");
  if (abstract) parts.push(abstract);
  const description = markdownText(event.description ?? "");
  // pretalx and frab often repeat the abstract as the description's first paragraph.
  if (description && description !== abstract) parts.push(description);
  if (links.length > 0) parts.push(`## Links\n\n${links.map((link) => `- [${markdownText(link.title) || "Link"}](${linkDestination(link.url)})`).join("\n")}`);
  return parts.length ? `${parts.join("\n\n")}\n` : "";
}

/** When the days change: from the days' own bounds and the events listed under them. */
function dayChangeOf(days: { date: string; end?: DateTime; events: { start: DateTime }[] }[]): number {
  const minutesOf = (dt: DateTime) => dt.hour * 60 + dt.minute;
  // A day that ends after midnight ends when the next begins: 03:59 (frab and pretalx) or 04:00 says 04:00.
  let change = 0;
  for (const day of days) {
    if (!day.end || (day.end.toISODate() ?? "") <= day.date) continue;
    let minutes = minutesOf(day.end) + (day.end.second > 0 ? 1 : 0);
    if (minutes % 60 === 59) minutes += 1;
    change = Math.max(change, Math.min(minutes, 12 * 60));
  }
  // Events after midnight under a day must fall before the change; those on the day's own date, after it.
  let after = 0;
  let before = 24 * 60;
  for (const day of days) {
    for (const { start } of day.events) {
      const date = start.toISODate() ?? "";
      if (date > day.date) after = Math.max(after, minutesOf(start) + 1);
      else if (date === day.date) before = Math.min(before, minutesOf(start));
    }
  }
  if (change >= after && change <= before) return change;
  if (after <= before && after <= 12 * 60) return Math.min(before, Math.ceil(after / 60) * 60);
  return change;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The plan, with every warning; errors (the import cannot go on) go to `errors`. */
export function planImport(schedule: FrabSchedule, source: FrabSource, options: { timezone?: string }, warnings: ImportProblem[], errors: ImportProblem[]): Plan | undefined {
  const { file } = source;
  const { conference } = schedule.schedule;
  const warn = (message: string, line?: number) => warnings.push({ file, ...(line ? { line } : {}), message });
  const fail = (message: string, line?: number) => errors.push({ file, ...(line ? { line } : {}), message });

  const zone = chooseZone(schedule, options.timezone);
  for (const message of zone.warnings) warn(message, source.lineOf(["schedule", "conference", "time_zone_name"]));
  if (zone.error) {
    fail(zone.error);
    return undefined;
  }
  // Slots repeat across rooms and days, and Luxon's zone arithmetic is what a large import spends its time on.
  const parsed = new Map<string, DateTime>();
  const inZone = (text: string) => {
    let dt = parsed.get(text);
    if (!dt) parsed.set(text, (dt = DateTime.fromISO(text.trim(), { setZone: true }).setZone(zone.zone)));
    return dt;
  };
  const base = schedule.schedule.base_url?.trim() || conference.base_url?.trim() || undefined;
  const siteUrl = conference.url && isWebUrl(conference.url.trim()) ? conference.url.trim() : undefined;
  if (conference.url && !siteUrl) warn(`conference url "${oneLine(conference.url)}": expected an http(s) address; left out`, source.lineOf(["schedule", "conference", "url"]));

  // Rooms: the conference's list first (schedule.json has one), then as the days name them.
  const rooms = new Map<string, PlannedRoom>();
  for (const room of conference.rooms) {
    const name = oneLine(room.name ?? "");
    if (!name || rooms.has(name)) continue;
    const capacity = typeof room.capacity === "number" && Number.isInteger(room.capacity) && room.capacity > 0 ? room.capacity : undefined;
    const description = typeof room.description === "string" && oneLine(room.description) ? oneLine(room.description) : undefined;
    rooms.set(name, { name, ...(room.slug && ID.test(room.slug) ? { slug: room.slug } : {}), ...(description ? { description } : {}), ...(capacity ? { capacity } : {}) });
  }
  const tracks = new Map<string, PlannedTrack>();
  for (const track of conference.tracks) {
    const name = oneLine(track.name ?? "");
    if (!name || tracks.has(name)) continue;
    tracks.set(name, { name, ...(track.slug && ID.test(track.slug) ? { slug: track.slug } : {}), ...(track.color && /^#[0-9a-fA-F]{6}$/.test(track.color) ? { color: track.color } : {}) });
  }

  const persons = new Map<string, PlannedPerson>();
  const talks: PlannedTalk[] = [];
  const breaks: PlannedBreak[] = [];
  const keys = new Map<string, string>();
  const languages = new Map<string, number>();
  const dayBounds: { date: string; end?: DateTime; events: { start: DateTime; label: string; path: Path }[] }[] = [];

  conference.days.forEach((day, d) => {
    const dayPath = ["schedule", "conference", "days", d];
    const start = day.day_start ? inZone(day.day_start) : undefined;
    const date = day.date?.trim() || start?.toISODate() || "";
    const bounds = { date, ...(day.day_end ? { end: inZone(day.day_end) } : {}), events: [] as { start: DateTime; label: string; path: Path }[] };
    dayBounds.push(bounds);
    day.rooms.forEach((room, r) => {
      const roomName = oneLine(room.name);
      if (!rooms.has(roomName)) rooms.set(roomName, { name: roomName });
      room.events.forEach((event, e) => {
        const path = [...dayPath, "rooms", r, "events", e];
        const label = `event ${event.id ?? event.guid} (${quoted(event.title)})`;
        const guid = event.guid?.trim().toLowerCase();
        const key = guid ?? `id:${event.id}`;
        const other = keys.get(key);
        if (other) return fail(`${label}: expected a ${guid ? "guid" : "id"} of its own, found the one ${other} has`, source.lineOf(path));
        keys.set(key, label);
        const start = inZone(event.date);
        const minutes = durationMinutes(event.duration);
        if (minutes <= 0 || minutes > 24 * 60) return warn(`${label}: field "duration": expected a duration from 00:01 to 24:00, found "${event.duration}": left out`, source.lineOf([...path, "duration"]));
        bounds.events.push({ start, label, path });
        const slot: Slot = { start, minutes, room: roomName };
        const eventPersons: string[] = [];
        event.persons.forEach((person, p) => {
          const name = oneLine(person.name || person.public_name || "");
          if (!name) return warn(`${label}: field "persons[${p}]": expected a person with a name (frab's "public_name" or pretalx's "name"), found none: left out`, source.lineOf([...path, "persons", p]));
          const personKey = person.guid?.trim() ? `guid:${person.guid.trim().toLowerCase()}` : person.code?.trim() ? `code:${person.code.trim()}` : person.id !== undefined ? `id:${person.id}` : `name:${name}`;
          if (!eventPersons.includes(personKey)) eventPersons.push(personKey);
          const known = persons.get(personKey);
          const bio = cleanText(person.biography ?? "").trim();
          const url = [person.url, ...(person.links ?? []).map((l) => l.url)].map((u) => absolute(u, base)).find((u) => u !== undefined && !(base && u.startsWith(base)) && !(siteUrl && u.startsWith(siteUrl)));
          if (!known) persons.set(personKey, { key: personKey, name, ...(person.id !== undefined ? { number: person.id } : {}), ...(bio ? { bio } : {}), ...(url ? { url } : {}) });
          else {
            if (!known.bio && bio) known.bio = bio;
            if (!known.url && url) known.url = url;
          }
        });
        if (eventPersons.length === 0) {
          breaks.push({ ...slot, title: oneLine(event.title) });
          return;
        }
        const links = readLinks(event, base, (message, l) => warn(`${label}: ${message}`, source.lineOf([...path, ...l])));
        const language = event.language ? oneLine(event.language).replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase()) : undefined;
        if (language && !LANGUAGE.test(language)) warn(`${label}: field "language": expected a language tag such as "en" or "pt-br", found "${oneLine(event.language!)}": left out`, source.lineOf([...path, "language"]));
        const goodLanguage = language && LANGUAGE.test(language) ? language : undefined;
        if (goodLanguage) languages.set(goodLanguage, (languages.get(goodLanguage) ?? 0) + 1);
        const track = event.track ? oneLine(event.track) : "";
        if (track && !tracks.has(track)) tracks.set(track, { name: track });
        const type = mapType(event.type);
        if (event.type && oneLine(event.type).length > 60) warn(`${label}: field "type": expected a type of at most 60 characters: cut`, source.lineOf([...path, "type"]));
        const permalink = permalinkOf(event.url?.trim(), siteUrl);
        talks.push({
          ...slot,
          key,
          label,
          path,
          ...(permalink ? { permalink } : {}),
          ...cancelledMark(oneLine(event.title)),
          type,
          ...(track ? { track } : {}),
          ...(goodLanguage ? { language: goodLanguage } : {}),
          persons: eventPersons,
          ...(links.slides ? { slides: links.slides } : {}),
          ...(links.video ? { video: links.video } : {}),
          body: bodyOf(event, links.others),
        });
      });
    });
  });

  findOverlaps(talks, (message, talk) => fail(message, source.lineOf(talk.path)));
  const change = dayChangeOf(dayBounds);
  const days = dayBounds.map((day) => day.date).filter(Boolean);
  // Where a day's events fall outside it, the event's own time decides; the days widen to hold every event.
  const dayOf = (start: DateTime) => (start.hour * 60 + start.minute < change ? start.minus({ days: 1 }) : start).toISODate() ?? "";
  for (const [index, day] of dayBounds.entries()) {
    for (const { start, label, path } of day.events) {
      const at = dayOf(start);
      days.push(at);
      if (day.date && at !== day.date) warn(`${label}: listed under day ${index + 1} (${day.date}) but starts ${start.toFormat("yyyy-MM-dd HH:mm")}, which is on ${at}: shown on ${at}`, source.lineOf(path));
    }
  }
  if (days.length === 0) {
    fail("expected at least one day with a date in the conference, found none", source.lineOf(["schedule", "conference"]));
    return undefined;
  }
  const sortedDays = [...new Set(days)].sort();
  const order = new Map([...rooms.keys()].map((name, index) => [name, index]));
  const bySlot = (a: Slot, b: Slot) => a.start.toMillis() - b.start.toMillis() || order.get(a.room)! - order.get(b.room)!;
  const language = [...languages.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? "en";
  return {
    zone: zone.zone,
    title: oneLine(conference.title),
    ...(conference.acronym ? { acronym: conference.acronym } : {}),
    ...(schedule.schedule.version ? { version: oneLine(schedule.schedule.version) } : {}),
    ...(siteUrl ? { url: siteUrl } : {}),
    language,
    firstDay: sortedDays[0]!,
    lastDay: sortedDays.at(-1)!,
    ...(change > 0 ? { dayChange: hhmm(change) } : {}),
    rooms: [...rooms.values()],
    tracks: [...tracks.values()],
    persons: [...persons.values()],
    talks: talks.sort(bySlot),
    breaks: breaks.sort(bySlot),
  };
}

/** Slides and video get their fields; other links go to the body. Only http(s) addresses are kept. */
function readLinks(event: FrabEvent, base: string | undefined, warn: (message: string, path: (string | number)[]) => void) {
  let slides: string | undefined;
  let video: string | undefined;
  const others: { title: string; url: string }[] = [];
  const seen = new Set<string>();
  const read = (list: FrabLink[], field: "links" | "attachments") =>
    list.forEach((link, index) => {
      const url = absolute(link.url, base);
      if (!url) return warn(`field "${field}[${index}]": expected an http(s) address, found ${link.url ? `"${oneLine(link.url).slice(0, 60)}"` : "none"}: left out`, [field, index]);
      if (seen.has(url)) return;
      seen.add(url);
      const type = (link.type ?? "").toLowerCase();
      const title = oneLine(link.title ?? "");
      if (type === "slides" && !slides) slides = url;
      else if ((type === "media" || type === "video" || type === "recording") && !video) video = url;
      else others.push({ title: title || url, url });
    });
  read(event.links, "links");
  read(event.attachments, "attachments");
  return { slides, video, others };
}

/** Two events in one room at once, found in one pass over each room's events in start order. */
/** Our own frab exports mark a cancelled talk's title ("Cancelled: …", in the site's language): read back, it is a status. */
const CANCELLED_MARKS = [en, de, fr, zhTW].map((messages) => messages.cancelledTitle(""));

function cancelledMark(title: string): { title: string; cancelled?: true } {
  const mark = CANCELLED_MARKS.find((prefix) => title.startsWith(prefix) && title.length > prefix.length);
  return mark ? { title: title.slice(mark.length), cancelled: true } : { title };
}

function findOverlaps(talks: PlannedTalk[], fail: (message: string, talk: PlannedTalk) => void): void {
  const byRoom = new Map<string, PlannedTalk[]>();
  // A cancelled talk frees its room, as the build has it.
  for (const talk of talks.filter((t) => !t.cancelled)) (byRoom.get(talk.room) ?? byRoom.set(talk.room, []).get(talk.room)!).push(talk);
  for (const list of byRoom.values()) {
    list.sort((a, b) => a.start.toMillis() - b.start.toMillis());
    let latest: { talk: PlannedTalk; end: number } | undefined;
    for (const talk of list) {
      const end = talk.start.toMillis() + talk.minutes * 60_000;
      if (latest && talk.start.toMillis() < latest.end) {
        const range = (t: PlannedTalk) => `${t.start.toFormat("yyyy-MM-dd HH:mm")}–${t.start.plus({ minutes: t.minutes }).toFormat("HH:mm")}`;
        fail(`${talk.label}: expected a time when ${talk.room} is free, found ${range(talk)}, while ${latest.talk.label} is there ${range(latest.talk)}`, talk);
      }
      if (!latest || end > latest.end) latest = { talk, end };
    }
  }
}
