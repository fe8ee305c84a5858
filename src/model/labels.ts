// Words and times as pages print them, each made once: a conference repeats the same slot times and days thousands of
// times, and Luxon's formatting is what a large build would otherwise spend its time on.
import { DateTime } from "luxon";
import type { TALK_TYPES } from "../schema/frontMatter.ts";
import type { Talk } from "./types.ts";

const TYPE_LABELS: Record<(typeof TALK_TYPES)[number], string> = { talk: "Talk", tutorial: "Tutorial", sprint: "Sprint", keynote: "Keynote", lightning: "Lightning talk" };
const LEVEL_LABELS: Record<NonNullable<Talk["level"]>, string> = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced", all: "All levels" };

/** "Lightning talk" for our own types; any other type ("Panel", "hands-on") as the organizer wrote it. */
export function typeLabel(type: Talk["type"]): string {
  return Object.hasOwn(TYPE_LABELS, type) ? TYPE_LABELS[type as keyof typeof TYPE_LABELS] : type;
}

export function levelLabel(level: NonNullable<Talk["level"]>): string {
  return LEVEL_LABELS[level];
}

/** "A", "A and B", "A, B and C": one way of listing speakers, on every page. */
export function namesList(names: string[]): string {
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "Taipei time, UTC+08:00": the zone said in words a reader knows, with its offset on that day. */
export function zoneLabel(zone: string, at: DateTime): string {
  const city = zone.split("/").at(-1)?.replace(/_/g, " ") ?? zone;
  return `${city} time, UTC${at.setZone(zone).toFormat("ZZ")}`;
}

/** "09:30–10:15", or "from 18:00" without an end. */
export function timeRange(start: DateTime, end?: DateTime): string {
  return end ? `${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")}` : `from ${start.toFormat("HH:mm")}`;
}

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = make(key);
    cache.set(key, value);
    return value;
  };
}

/** Labels in one language for times in one zone, each computed once per distinct instant or day. */
export class Labels {
  readonly language: string;
  readonly zone: string;
  private readonly days = memo((date: string) => DateTime.fromISO(date, { zone: this.zone }).setLocale(this.language).toLocaleString({ weekday: "long", day: "numeric", month: "long", year: "numeric" }));
  private readonly clocks = memo((millis: number) => DateTime.fromMillis(millis, { zone: this.zone }).toFormat("HH:mm"));
  private readonly isos = memo((millis: number) => DateTime.fromMillis(millis, { zone: this.zone }).toISO({ suppressMilliseconds: true }) ?? "");
  private readonly dates = memo((millis: number) => DateTime.fromMillis(millis, { zone: this.zone }).toISODate() ?? "");
  private readonly zones = memo((offset: number) => {
    const city = this.zone.split("/").at(-1)?.replace(/_/g, " ") ?? this.zone;
    const sign = offset < 0 ? "-" : "+";
    const minutes = Math.abs(offset);
    return `${city} time, UTC${sign}${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  });
  private readonly longDates = memo((millis: number) => DateTime.fromMillis(millis, { zone: this.zone }).setLocale(this.language).toLocaleString(DateTime.DATE_FULL));
  private readonly languages = memo((tag: string) => {
    try {
      return new Intl.DisplayNames([this.language], { type: "language" }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  });

  constructor(language: string, zone: string) {
    this.language = language;
    this.zone = zone;
  }

  /** "2020-03-21": the calendar day of an instant in the zone. */
  isoDate(dt: DateTime): string {
    return this.dates(dt.toMillis());
  }

  /** "Saturday, March 21, 2020". */
  day(dt: DateTime): string {
    return this.days(this.isoDate(dt));
  }

  /** "Saturday, March 21, 2020" for "2020-03-21". */
  dayOf(isoDay: string): string {
    return this.days(isoDay);
  }

  /**
   * The day a talk is listed under: its conference day, which for a talk after midnight (a day that changes at
   * "04:00") is the evening's day, said so: "Saturday, March 21, 2020 (after midnight)".
   */
  conferenceDay(isoDay: string, start: DateTime): string {
    return isoDay === this.isoDate(start) ? this.days(isoDay) : `${this.days(isoDay)} (after midnight)`;
  }

  /** "2020-03-21T11:10:00+08:00". */
  iso(dt: DateTime): string {
    return this.isos(dt.toMillis());
  }

  /** "11:10–11:50", or "from 18:00". */
  time(start: DateTime, end?: DateTime): string {
    return end ? `${this.clocks(start.toMillis())}–${this.clocks(end.toMillis())}` : `from ${this.clocks(start.toMillis())}`;
  }

  /** "Taipei time, UTC+08:00", with the offset at that instant. */
  zoneOn(dt: DateTime): string {
    return this.zones((dt.zoneName === this.zone ? dt : dt.setZone(this.zone)).offset);
  }

  /** "January 6, 2020": a page's date. */
  longDate(dt: DateTime): string {
    return this.longDates(dt.toMillis());
  }

  /** "German" for "de", in the site's language. */
  languageName(tag: string): string {
    return this.languages(tag);
  }
}
