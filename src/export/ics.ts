// iCalendar (RFC 5545) exports of the schedule: one file per talk and one for the whole conference.
//
// Built with ical-generator; the VTIMEZONE block comes from @touch4it/ical-timezones. Every value is taken
// from the schedule (DTSTAMP is the talk's `updated`, never the build time), so the same schedule gives the
// same bytes on every build.
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { escape, ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from "ical-generator";
import { DateTime } from "luxon";
import type { Schedule, Talk } from "../model/types.ts";
import { absoluteUrl, baseHost, checkBaseUrl } from "./urls.ts";
import { vtimezoneOffsetAt } from "./vtimezone.ts";

/** PRODID: who wrote the file (RFC 5545 section 3.7.3). ical-generator adds the leading "-". */
const PRODID = "//talk-pages//Schedule export//EN";

/** One VCALENDAR with one VEVENT for a scheduled talk. Throws for a talk without a start time. */
export function talkCalendar(talk: Talk, schedule: Schedule, baseUrl: string): string {
  checkBaseUrl(baseUrl);
  if (!talk.start) {
    throw new Error(
      `talkCalendar: talk "${talk.id}" (${talk.file}) has no start time; an unscheduled talk has no calendar entry`,
    );
  }
  const calendar = newCalendar(schedule, `${schedule.event.name}: ${talk.title}`);
  addTalk(calendar, talk, schedule, baseUrl);
  return serialize(calendar);
}

/** Every scheduled talk's own calendar file. */
export function talkCalendars(schedule: Schedule, baseUrl: string): [Talk, string][] {
  return schedule.talks.filter((talk) => talk.start).map((talk) => [talk, talkCalendar(talk, schedule, baseUrl)]);
}

/** One VCALENDAR with a VEVENT for every scheduled talk, in schedule order; unscheduled talks are left out. */
export function eventCalendar(schedule: Schedule, baseUrl: string): string {
  checkBaseUrl(baseUrl);
  const calendar = newCalendar(schedule, schedule.event.name);
  for (const talk of schedule.talks) {
    if (talk.start) addTalk(calendar, talk, schedule, baseUrl);
  }
  return serialize(calendar);
}

/** The calendar's text; ical-generator leaves the CRLF off its last line, which RFC 5545 requires. */
function serialize(calendar: ICalCalendar): string {
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}

/** The zone's VTIMEZONE, or null when the zone database of @touch4it/ical-timezones does not know it. */
function vtimezone(zone: string): string | null {
  return getVtimezoneComponent(zone) || null;
}

function newCalendar(schedule: Schedule, name: string): ICalCalendar {
  const zone = schedule.event.timezone;
  const hasVtimezone = vtimezone(zone) !== null;
  const calendar = ical({
    prodId: PRODID,
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME and X-WR-CALNAME without escaping: escape here (TEXT value, one line).
    name: escape(oneLine(name), false),
  });
  // The zone goes on each event, not on the calendar: with a calendar zone ical-generator writes DTSTAMP and
  // LAST-MODIFIED as local times, which RFC 5545 forbids (they must be UTC). A calendar zone with a null name
  // only lends its generator, which writes one VTIMEZONE per zone the events use.
  calendar.timezone({ name: null, generator: (tz: string) => vtimezone(tz) });
  if (hasVtimezone) calendar.x("X-WR-TIMEZONE", zone);
  return calendar;
}

function addTalk(calendar: ICalCalendar, talk: Talk, schedule: Schedule, baseUrl: string): void {
  const { event } = schedule;
  const zone = event.timezone;
  const start = talk.start;
  if (!start) return;
  const cancelled = talk.status === "cancelled" || event.status === "cancelled";
  const categories = [talk.type, talk.track?.name].filter((name): name is string => Boolean(name));
  const end = talk.end?.setZone(zone);
  // Local times with TZID when a client reading them through the VTIMEZONE gets the talk's instants back;
  // otherwise UTC, which keeps the instants right. That is not the case when the zone is unknown to the
  // VTIMEZONE database, when the database's rules give another offset than the IANA data Luxon uses (its
  // blocks project one tz release's rules back to 1970), or for a time in the second pass of an hour the
  // clock repeats (autumn DST change), since RFC 5545 reads a repeated local time as its first occurrence.
  const vtz = vtimezone(zone);
  const readsBack = (dt: DateTime) => vtz !== null && isFirstOccurrence(dt) && vtimezoneOffsetAt(vtz, dt.toMillis()) === dt.offset;
  const local = readsBack(start.setZone(zone)) && (!end || readsBack(end));
  calendar.createEvent({
    id: `${talk.id.replace(/\//g, "-")}@${baseHost(baseUrl)}`,
    timezone: local ? zone : null,
    start: start.setZone(zone),
    end: end ?? null,
    stamp: talk.updated.toUTC(),
    lastModified: talk.updated.toUTC(),
    summary: oneLine(talk.title),
    description: description(talk) || null,
    location: location(talk, schedule) || null,
    url: absoluteUrl(baseUrl, talk.url),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    categories: categories.map((name) => ({ name: oneLine(name) })),
  });
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
function description(talk: Talk): string {
  const parts: string[] = [];
  if (talk.description.trim()) parts.push(talk.description.trim());
  const names = talk.speakers.map((speaker) => speaker.name);
  if (names.length > 0) parts.push(`${names.length === 1 ? "Speaker" : "Speakers"}: ${names.join(", ")}`);
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

/** Line breaks in one-line values (names, titles) become spaces. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
