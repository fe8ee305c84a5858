// What UTC offset a VTIMEZONE block gives for an instant, so the calendar export can check it against the IANA
// zone data Luxon uses before it writes local times that clients will read through that block.
//
// The blocks from @touch4it/ical-timezones describe each zone by its rules of one tz release, projected back to
// 1970: STANDARD/DAYLIGHT observances whose onsets are a DTSTART and at most one
// RRULE:FREQ=YEARLY;BYMONTH=m;BYDAY=nDD. When a zone's rules changed since (Mexico City dropped summer time in
// 2022), the block is wrong for recent dates. This reads exactly that subset; anything else counts as unknown.

interface Observance {
  offsetFrom: number;
  offsetTo: number;
  /** Local wall-clock start, in the offset `offsetFrom`. */
  start: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  rule?: { month: number; nth: number; weekday: number };
}

const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

/**
 * The offset in minutes east of UTC that `vtimezone` (one VTIMEZONE block) gives at `epochMs`, or null when the
 * block uses something this reader does not know.
 */
export function vtimezoneOffsetAt(vtimezone: string, epochMs: number): number | null {
  const observances = parseObservances(vtimezone);
  if (observances === null || observances.length === 0) return null;
  const year = new Date(epochMs).getUTCFullYear();
  let latest: { at: number; offset: number } | null = null;
  let earliest: { at: number; offsetBefore: number } | null = null;
  for (const observance of observances) {
    for (const at of onsets(observance, year)) {
      if (earliest === null || at < earliest.at) earliest = { at, offsetBefore: observance.offsetFrom };
      if (at <= epochMs && (latest === null || at > latest.at)) latest = { at, offset: observance.offsetTo };
    }
  }
  if (latest !== null) return latest.offset;
  return earliest !== null ? earliest.offsetBefore : null;
}

/** The onsets of an observance, as UTC instants, in the years around `year` (and never before its DTSTART). */
function onsets(observance: Observance, year: number): number[] {
  const { start, rule, offsetFrom } = observance;
  const instant = (y: number, m: number, d: number) =>
    Date.UTC(y, m - 1, d, start.hour, start.minute, start.second) - offsetFrom * 60_000;
  const first = instant(start.year, start.month, start.day);
  if (!rule) return [first];
  const result: number[] = [];
  for (let y = year - 1; y <= year + 1; y++) {
    const at = instant(y, rule.month, nthWeekday(y, rule.month, rule.nth, rule.weekday));
    if (at >= first) result.push(at);
  }
  return result;
}

/** Day of the month of the nth (1, 2, … or -1 for last, -2, …) given weekday (0 = Sunday). */
function nthWeekday(year: number, month: number, nth: number, weekday: number): number {
  if (nth > 0) {
    const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - firstWeekday + 7) % 7) + (nth - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lastWeekday = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((lastWeekday - weekday + 7) % 7) + (nth + 1) * 7;
}

function parseObservances(vtimezone: string): Observance[] | null {
  const lines = vtimezone.replace(/\r?\n[ \t]/g, "").split(/\r?\n/);
  const observances: Observance[] = [];
  let current: Partial<Observance> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:STANDARD" || line === "BEGIN:DAYLIGHT") {
      current = {};
    } else if (line === "END:STANDARD" || line === "END:DAYLIGHT") {
      if (!current || current.offsetFrom === undefined || current.offsetTo === undefined || !current.start) return null;
      observances.push(current as Observance);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      const name = line.slice(0, colon);
      const value = line.slice(colon + 1);
      if (name === "TZOFFSETFROM" || name === "TZOFFSETTO") {
        const offset = parseOffset(value);
        if (offset === null) return null;
        if (name === "TZOFFSETFROM") current.offsetFrom = offset;
        else current.offsetTo = offset;
      } else if (name === "DTSTART") {
        const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(value);
        if (!match) return null;
        const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [number, number, number, number, number, number];
        current.start = { year, month, day, hour, minute, second };
      } else if (name === "RRULE") {
        const match = /^FREQ=YEARLY;BYMONTH=(\d{1,2});BYDAY=(-?[1-5])(SU|MO|TU|WE|TH|FR|SA)$/.exec(value);
        if (!match) return null;
        current.rule = { month: Number(match[1]), nth: Number(match[2]), weekday: WEEKDAYS.indexOf(match[3] ?? "") };
      } else if (name === "RDATE" || name.startsWith("RRULE") || name.startsWith("DTSTART")) {
        return null; // onsets this reader does not follow
      }
    }
  }
  return observances;
}

/** "+0530", "-0800" or "+053000" as minutes east of UTC. */
function parseOffset(value: string): number | null {
  const match = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]) + Number(match[4] ?? 0) / 60;
  return match[1] === "-" ? -minutes : minutes;
}
