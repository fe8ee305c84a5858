// Dates as organizers write them ("2020-01-06 21:09"), read in the site's zone with Luxon; the raw input stays in errors.
import { DateTime } from "luxon";

const LOCAL_FORMATS = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

/** A date in `zone` unless the text carries its own offset; undefined when it is not a date at all. */
export function parseContentDate(value: unknown, zone: string): DateTime | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : DateTime.fromJSDate(value, { zone });
  }
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  for (const format of LOCAL_FORMATS) {
    const parsed = DateTime.fromFormat(text, format, { zone });
    if (parsed.isValid) return parsed;
  }
  const iso = DateTime.fromISO(text, { zone, setZone: /(?:Z|[+-]\d\d:?\d\d)$/.test(text) });
  return iso.isValid ? iso.setZone(zone) : undefined;
}

export const DATE_EXPECTED = 'a date such as "2020-01-06 21:09" (in the site\'s time zone) or "2020-01-06T21:09:00+08:00"';
