// Dates as organizers write them ("2020-01-06 21:09"), read in a zone with Luxon; the raw input stays in errors.
import { DateTime } from "luxon";

/** "2020-01-06", "2020-01-06 21:09", "2020-01-06 21:09:30" (a "T" works too): a wall-clock time in the zone given. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const OFFSET = /(?:Z|[+-]\d\d:?\d\d)$/;

/** Parsed dates by zone and text: a conference writes the same slot times again and again, and Luxon's parsing is slow. */
const parsed = new Map<string, DateTime | undefined>();

function parse(text: string, zone: string): DateTime | undefined {
  const local = LOCAL.exec(text);
  if (local) {
    const [, year, month, day, hour, minute, second] = local;
    const date = DateTime.fromObject(
      { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour ?? 0), minute: Number(minute ?? 0), second: Number(second ?? 0) },
      { zone },
    );
    // fromObject rolls 2020-02-30 over into March; a date that does not read back as written does not exist.
    return date.isValid && date.month === Number(month) && date.day === Number(day) && date.hour === Number(hour ?? 0) ? date : undefined;
  }
  const iso = DateTime.fromISO(text, { zone, setZone: OFFSET.test(text) });
  return iso.isValid ? iso.setZone(zone) : undefined;
}

/** A date in `zone` unless the text carries its own offset; undefined when it is not a date at all. */
export function parseContentDate(value: unknown, zone: string): DateTime | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : DateTime.fromJSDate(value, { zone });
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const key = `${zone}\u0000${text}`;
  if (parsed.has(key)) return parsed.get(key);
  if (parsed.size > 100_000) parsed.clear();
  const date = parse(text, zone);
  parsed.set(key, date);
  return date;
}

/**
 * Why a wall-clock time that reads as a date is not one in `zone`: it falls in the hour the clocks skip on the night
 * summer time starts. Undefined for anything else.
 */
export function skippedTimeReason(value: unknown, zone: string): string | undefined {
  if (typeof value !== "string") return undefined;
  const local = LOCAL.exec(value.trim());
  if (!local || local[4] === undefined) return undefined;
  const [, year, month, day, hour, minute] = local.map(Number) as number[];
  const midnight = DateTime.fromObject({ year, month, day }, { zone });
  if (!midnight.isValid || midnight.day !== day) return undefined;
  const wanted = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (wanted.hour === hour && wanted.minute === minute) return undefined;
  // The instant the offset changed, found by halving the day: at it the clocks show the end of the skipped span.
  let low = midnight.toMillis();
  let high = wanted.toMillis();
  const after = wanted.offset;
  while (high - low > 60_000) {
    const mid = Math.floor((low + high) / 2);
    if (DateTime.fromMillis(mid, { zone }).offset === after) high = mid;
    else low = mid;
  }
  const end = DateTime.fromMillis(high, { zone }).startOf("minute");
  const startMinutes = end.hour * 60 + end.minute - (after - DateTime.fromMillis(low, { zone }).offset);
  const start = `${String(Math.floor(startMinutes / 60)).padStart(2, "0")}:${String(startMinutes % 60).padStart(2, "0")}`;
  return `a time that exists in ${zone} on ${midnight.toISODate()}: the clocks jump from ${start} to ${end.toFormat("HH:mm")} that night`;
}

export const DATE_EXPECTED = 'a date such as "2020-01-06 21:09" (in the site\'s time zone) or "2020-01-06T21:09:00+08:00"';
export const EVENT_TIME_EXPECTED = 'a time such as "2020-03-21 11:10" (in the event\'s time zone) or "2020-03-21T11:10:00+08:00"';
