// Conference days: a program that runs past midnight keeps its night talks on the day they belong to. A day begins at
// the event's dayChange ("04:00"; midnight when unset), for the schedule's checks, the program, talk pages and exports.
import { DateTime } from "luxon";
import type { Event } from "./types.ts";

type DayFields = Pick<Event, "timezone" | "dayChange">;

/** "04:00" → 240; undefined → 0. */
export function dayChangeMinutes(dayChange: string | undefined): number {
  if (!dayChange) return 0;
  const [hours, minutes] = dayChange.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

export class ConferenceDays {
  /** Minutes after midnight at which a conference day begins. */
  readonly change: number;
  private readonly days = new Map<number, string>();
  private readonly starts = new Map<string, DateTime>();

  constructor(readonly zone: string, dayChange?: string) {
    this.change = dayChangeMinutes(dayChange);
  }

  /** The conference day of an instant: "2020-03-21" for 01:30 on the 22nd when the day changes at 04:00. */
  dayOf(dt: DateTime): string {
    const millis = dt.toMillis();
    let day = this.days.get(millis);
    if (day === undefined) {
      const local = DateTime.fromMillis(millis, { zone: this.zone });
      day = (local.hour * 60 + local.minute < this.change ? local.minus({ days: 1 }) : local).toISODate() ?? "";
      if (this.days.size > 100_000) this.days.clear();
      this.days.set(millis, day);
    }
    return day;
  }

  /** When a conference day begins: its date at the day change, in the zone. */
  startOf(isoDay: string): DateTime {
    let start = this.starts.get(isoDay);
    if (!start) {
      start = DateTime.fromISO(isoDay, { zone: this.zone }).startOf("day").set({ hour: Math.floor(this.change / 60), minute: this.change % 60 });
      this.starts.set(isoDay, start);
    }
    return start;
  }

  /** The last moment of a conference day: just before the next one begins. */
  endOf(isoDay: string): DateTime {
    return this.startOf(DateTime.fromISO(isoDay, { zone: this.zone }).plus({ days: 1 }).toISODate() ?? "").minus({ milliseconds: 1 });
  }

  /** Every day from `first` to `last` ("2020-03-21"), both included. */
  between(first: string, last: string): string[] {
    const days: string[] = [];
    for (let day = DateTime.fromISO(first, { zone: "UTC" }); (day.toISODate() ?? "") <= last; day = day.plus({ days: 1 })) days.push(day.toISODate() ?? "");
    return days;
  }
}

const cache = new WeakMap<DayFields, ConferenceDays>();

/** The event's days, made once per event. */
export function conferenceDays(event: DayFields): ConferenceDays {
  let days = cache.get(event);
  if (!days) {
    days = new ConferenceDays(event.timezone, event.dayChange);
    cache.set(event, days);
  }
  return days;
}
