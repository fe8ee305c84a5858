// iCalendar (RFC 5545) exports of the schedule: one file per talk and one for the whole conference.
//
// The lines are written here, in the form ical-generator writes them (our files were made with it before): its
// serializer folds lines with a new TextEncoder per character, which cost about 1 ms per calendar, 10 s for a
// 10,000-talk archive's calendars. We write one shape of event, so the writing is small; tests read the files back with
// ical.js. The VTIMEZONE block comes from @touch4it/ical-timezones. Every value is taken from the schedule (DTSTAMP is
// the talk's `updated`, never the build time), so the same schedule gives the same bytes on every build.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { DateTime } from "luxon";
import { en } from "../i18n/en.ts";
import type { Messages } from "../i18n/messages.ts";
import type { Schedule, Talk } from "../model/types.ts";
import { ZoneTimes } from "./times.ts";
import { absoluteUrl, baseHost, checkBaseUrl } from "./urls.ts";
import { vtimezoneOffsetAt } from "./vtimezone.ts";

/** PRODID: who wrote the file (RFC 5545 section 3.7.3). */
const PRODID = "-//talk-pages//Schedule export//EN";

/** A TEXT value (RFC 5545 section 3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Lines folded as RFC 5545 section 3.1 asks: at most 75 octets, continued on lines that start with a space, never
 * inside a character. The first line holds 74 octets and each continuation 74 after its space, as ical-generator did.
 */
export function foldLine(line: string): string {
  // Most lines are short: 18 characters are at most 72 octets.
  if (line.length <= 18 || (line.length <= 74 && Buffer.byteLength(line) <= 74)) return line;
  let result = "";
  let count = 0;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    count += size;
    if (count > 74) {
      result += "\r\n ";
      count = size;
    }
    result += char;
  }
  return result;
}

const UTC = new ZoneTimes("utc");
const STAMP = "yyyyLLdd'T'HHmmss";

/** Lines breaks in one-line values (names, titles) become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}

/** One calendar: its properties, the zones its local times need, its events, in the order clients expect. */
function calendar(name: string, zone: string, vtimezone: string | null, events: { text: string; local: boolean }[]): string {
  // The calendar's own properties, X-WR-* among them, come before any component: clients read them as they go.
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "METHOD:PUBLISH", `NAME:${escapeText(oneLine(name))}`, `X-WR-CALNAME:${escapeText(oneLine(name))}`, ...(vtimezone ? [`X-WR-TIMEZONE:${escapeText(zone)}`] : [])];
  let text = lines.map(foldLine).join("\r\n") + "\r\n";
  if (vtimezone && events.some((event) => event.local)) text += `${vtimezone.replace(/\r\n/g, "\n").replace(/\n/g, "\r\n").trim()}\r\n`;
  for (const event of events) text += event.text;
  return `${text}END:VCALENDAR\r\n`;
}

/** The per-schedule facts every event needs, worked out once: the zone's block, and which instants read back through it. */
class CalendarContext {
  readonly zone: string;
  readonly times: ZoneTimes;
  readonly vtimezone: string | null;
  readonly host: string;
  private readonly tzidMatches: boolean;
  private readonly readBack = new Map<number, boolean>();

  constructor(
    readonly schedule: Schedule,
    readonly baseUrl: string,
    readonly messages: Messages,
  ) {
    this.zone = schedule.event.timezone;
    this.times = new ZoneTimes(this.zone);
    this.vtimezone = getVtimezoneComponent(this.zone) || null;
    // The database answers "UTC" with a block for "Etc/UTC": a TZID=UTC would name a block the file does not have.
    this.tzidMatches = this.vtimezone !== null && /^TZID:(.*)$/m.exec(this.vtimezone)?.[1]?.trim() === this.zone;
    this.host = baseHost(baseUrl);
  }

  /**
   * Whether a client reading the local time with TZID through our VTIMEZONE gets the same instant back. Not when the
   * zone is unknown to the VTIMEZONE database, when the database's rules give another offset than the IANA data Luxon
   * uses (its blocks project one tz release's rules back to 1970), or for a time in the second pass of an hour the
   * clock repeats (autumn DST change), since RFC 5545 reads a repeated local time as its first occurrence.
   */
  readsBack(dt: DateTime): boolean {
    const millis = dt.toMillis();
    let result = this.readBack.get(millis);
    if (result === undefined) {
      const local = dt.setZone(this.zone);
      result = this.tzidMatches && isFirstOccurrence(local) && vtimezoneOffsetAt(this.vtimezone!, millis) === local.offset;
      this.readBack.set(millis, result);
    }
    return result;
  }
}

/**
 * Whether `dt` is the first instant its zone shows this wall-clock time, which is how RFC 5545 (section 3.3.5)
 * reads a local time with TZID. False only in the second pass through an hour repeated when clocks go back.
 */
function isFirstOccurrence(dt: DateTime): boolean {
  const wall = dt.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS");
  for (const probe of [dt.minus({ hours: 6 }), dt.plus({ hours: 6 })]) {
    if (probe.offset === dt.offset) continue;
    // The instant that shows the same wall-clock time under the other offset, if the zone ever uses it then.
    const other = DateTime.fromMillis(dt.toMillis() + (dt.offset - probe.offset) * 60_000, { zone: dt.zone });
    if (other.toMillis() < dt.toMillis() && other.toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS") === wall) return false;
  }
  return true;
}

/** The talk's description, then a line naming its speakers. */
function description(talk: Talk, messages: Messages): string {
  const parts: string[] = [];
  if (talk.description.trim()) parts.push(talk.description.trim());
  const names = talk.speakers.map((speaker) => speaker.name);
  if (names.length > 0) parts.push(`${messages.speakerHeading(names.length)}: ${names.join(", ")}`);
  return parts.join("\n\n");
}

/** Room, venue and address, the ones that are known, separated by commas. */
function location(talk: Talk, schedule: Schedule): string {
  const { venue } = schedule.event;
  return [talk.room?.name, venue.name, venue.address]
    .map((part) => (part ? oneLine(part) : ""))
    .filter((part) => part !== "")
    .join(", ");
}

/** A talk's VEVENT, with whether it is written in local time (and so needs the VTIMEZONE). */
function talkEvent(talk: Talk & { start: DateTime }, context: CalendarContext): { text: string; local: boolean } {
  const { schedule, zone } = context;
  const categories = [talk.type, talk.track?.name].filter((name): name is string => Boolean(name));
  const local = context.readsBack(talk.start) && (!talk.end || context.readsBack(talk.end));
  const time = (name: string, dt: DateTime) => (local ? `${name};TZID=${zone}:${context.times.format(dt, STAMP)}` : `${name}:${UTC.format(dt, STAMP)}Z`);
  const text = description(talk, context.messages);
  const where = location(talk, schedule);
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(oneLine(`${talk.id.replace(/\//g, "-")}@${context.host}`))}`,
    // Each move is a new version of the event: clients that imported it before replace their copy.
    `SEQUENCE:${talk.previous.length}`,
    `DTSTAMP:${UTC.format(talk.updated, STAMP)}Z`,
    time("DTSTART", talk.start),
    ...(talk.end ? [time("DTEND", talk.end)] : []),
    `SUMMARY:${escapeText(oneLine(talk.title))}`,
    ...(where ? [`LOCATION:${escapeText(where)}`] : []),
    ...(text ? [`DESCRIPTION:${escapeText(text)}`] : []),
    ...(categories.length ? [`CATEGORIES:${categories.map((name) => escapeText(oneLine(name))).join(",")}`] : []),
    `URL;VALUE=URI:${escapeText(absoluteUrl(context.baseUrl, talk.url))}`,
    `STATUS:${talk.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    `LAST-MODIFIED:${UTC.format(talk.updated, STAMP)}Z`,
    "END:VEVENT",
  ];
  return { text: `${lines.map(foldLine).join("\r\n")}\r\n`, local };
}

function scheduled(talk: Talk): talk is Talk & { start: DateTime } {
  return talk.start !== undefined;
}

/** One VCALENDAR with one VEVENT for a scheduled talk. Throws for a talk without a start time. */
export function talkCalendar(talk: Talk, schedule: Schedule, baseUrl: string, messages: Messages = en): string {
  checkBaseUrl(baseUrl);
  if (!scheduled(talk)) {
    throw new Error(`talkCalendar: talk "${talk.id}" (${talk.file}) has no start time; an unscheduled talk has no calendar entry`);
  }
  const context = new CalendarContext(schedule, baseUrl, messages);
  return calendar(`${schedule.event.name}: ${talk.title}`, context.zone, context.vtimezone, [talkEvent(talk, context)]);
}

/** One VCALENDAR with a VEVENT for every scheduled talk, in schedule order; unscheduled talks are left out. */
export function eventCalendar(schedule: Schedule, baseUrl: string, messages: Messages = en): string {
  return calendars(schedule, baseUrl, messages).event;
}

/**
 * The conference's calendar and every scheduled talk's own, each talk's VEVENT written once for both and the zone's
 * facts worked out once for all of them.
 */
export function calendars(schedule: Schedule, baseUrl: string, messages: Messages = en): { event: string; talks: [Talk, string][] } {
  checkBaseUrl(baseUrl);
  const context = new CalendarContext(schedule, baseUrl, messages);
  const events = schedule.talks.filter(scheduled).map((talk) => [talk, talkEvent(talk, context)] as const);
  return {
    event: calendar(schedule.event.name, context.zone, context.vtimezone, events.map(([, event]) => event)),
    talks: events.map(([talk, event]) => [talk, calendar(`${schedule.event.name}: ${talk.title}`, context.zone, context.vtimezone, [event])]),
  };
}
