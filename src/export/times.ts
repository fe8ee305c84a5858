// Instants formatted in one zone, each instant and format worked out once: a schedule repeats the same slot times
// thousands of times, and Luxon's zone conversions and formatting are what a large export would spend its time on.
import { DateTime } from "luxon";

export class ZoneTimes {
  private readonly cache = new Map<string, string>();

  constructor(readonly zone: string) {}

  format(dt: DateTime, format: string): string {
    const key = `${dt.toMillis()}|${format}`;
    let text = this.cache.get(key);
    if (text === undefined) {
      text = DateTime.fromMillis(dt.toMillis(), { zone: this.zone }).toFormat(format);
      this.cache.set(key, text);
    }
    return text;
  }
}
