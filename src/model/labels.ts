// Words and times as pages print them, in the site's language, each made once: a conference repeats the same slot
// times and days thousands of times, and Luxon's formatting is what a large build would otherwise spend its time on.
import { DateTime } from "luxon";
import { messagesFor, type Messages } from "../i18n/messages.ts";
import type { Talk } from "./types.ts";

function memo<K, V>(make: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = make(key);
    cache.set(key, value);
    return value;
  };
}

/** "UTC+08:00", "UTC-03:30": an offset in minutes as pages print it. */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Labels in one language for times in one zone, each computed once per distinct instant or day. */
export class Labels {
  readonly language: string;
  readonly zone: string;
  readonly messages: Messages;
  private readonly list: Intl.ListFormat;
  private readonly days = memo((date: string) => DateTime.fromISO(date, { zone: this.zone }).setLocale(this.language).toLocaleString({ weekday: "long", day: "numeric", month: "long", year: "numeric" }));
  private readonly shortDays = memo((date: string) => DateTime.fromISO(date, { zone: this.zone }).setLocale(this.language).toLocaleString({ weekday: "short", day: "numeric", month: "short" }));
  private readonly clocks = memo((millis: number) => DateTime.fromMillis(millis, { zone: this.zone }).toFormat("HH:mm"));
  private readonly isos = memo((millis: number) => DateTime.fromMillis(millis, { zone: this.zone }).toISO({ suppressMilliseconds: true }) ?? "");
  private readonly dates = memo((millis: number) => DateTime.fromMillis(millis, { zone: this.zone }).toISODate() ?? "");
  private readonly offsets = memo((millis: number) => DateTime.fromMillis(millis, { zone: this.zone }).offset);
  /** One label per offset: a zone's name stays, its offset changes with summer time. */
  private readonly zones = new Map<number, string>();
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
    this.messages = messagesFor(language).messages;
    this.list = new Intl.ListFormat(language, { style: "long", type: "conjunction" });
  }

  /** "2020-03-21": the calendar day of an instant in the zone. */
  isoDate(dt: DateTime): string {
    return this.dates(dt.toMillis());
  }

  /** "Saturday, March 21, 2020", "Samstag, 21. März 2020". */
  day(dt: DateTime): string {
    return this.days(this.isoDate(dt));
  }

  /** The same for a day given as "2020-03-21". */
  dayOf(isoDate: string): string {
    return this.days(isoDate);
  }

  /** "Sat, Mar 21": a day in a list of talks. */
  shortDay(dt: DateTime): string {
    return this.shortDays(this.isoDate(dt));
  }

  /**
   * The day a talk is listed under: its conference day, which for a talk after midnight (a day that changes at
   * "04:00") is the evening's day, said so: "Saturday, March 21, 2020 (after midnight)"; `short` as lists give it.
   */
  conferenceDay(isoDay: string, start: DateTime, short = false): string {
    const label = short ? this.shortDays(isoDay) : this.days(isoDay);
    return isoDay === this.isoDate(start) ? label : this.messages.afterMidnight(label);
  }

  /** "2020-03-21T11:10:00+08:00". */
  iso(dt: DateTime): string {
    return this.isos(dt.toMillis());
  }

  /** "11:10". */
  clock(dt: DateTime): string {
    return this.clocks(dt.toMillis());
  }

  /** "11:10–11:50", or "from 18:00". */
  time(start: DateTime, end?: DateTime): string {
    return end ? `${this.clocks(start.toMillis())}–${this.clocks(end.toMillis())}` : this.messages.from(this.clocks(start.toMillis()));
  }

  /** "UTC+02:00": the zone's offset at that instant. */
  offset(dt: DateTime): string {
    return utcOffset(this.offsets(dt.toMillis()));
  }

  /** "Taipei time, UTC+08:00", "Mitteleuropäische Zeit, UTC+01:00", with the offset at that instant. */
  zoneOn(dt: DateTime): string {
    const offset = this.offsets(dt.toMillis());
    let label = this.zones.get(offset);
    if (label === undefined) {
      label = this.messages.zone(this.zone, this.language, dt.toJSDate(), utcOffset(offset));
      this.zones.set(offset, label);
    }
    return label;
  }

  /** "January 6, 2020": a page's date. */
  longDate(dt: DateTime): string {
    return this.longDates(dt.toMillis());
  }

  /** "German" for "de", in the site's language. */
  languageName(tag: string): string {
    return this.languages(tag);
  }

  /** "Talk", "Vortrag"; a type the schema does not know (from an import) as written. */
  typeLabel(type: Talk["type"]): string {
    return (this.messages.types as Record<string, string>)[type] ?? type;
  }

  levelLabel(level: NonNullable<Talk["level"]>): string {
    return this.messages.levels[level];
  }

  /** "A", "A and B", "A, B, and C" (as the language lists them). */
  names(names: string[]): string {
    return this.list.format(names);
  }
}

const endonyms = new Map<string, string>();

/** "français" for "fr": a language named in itself, as a link to a translation is labelled. */
export function endonym(tag: string): string {
  let name = endonyms.get(tag);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([tag], { type: "language" }).of(tag) ?? tag;
    } catch {
      name = tag;
    }
    endonyms.set(tag, name);
  }
  return name;
}
