// Talk slots as the importer writes and reads them in front matter ("2020-03-21 11:10" in the event's zone), and the
// earlier slots a moved talk keeps in `previous`.
import { DateTime } from "luxon";
import type { Json } from "./record.ts";

const localTimes = new Map<string, string>();

/** "2020-03-21 11:10" in `zone`, or the instant with its offset where the wall clock is ambiguous (a DST change). */
export function localTime(dt: DateTime, zone: string): string {
  const key = `${dt.toMillis()}|${zone}`;
  let text = localTimes.get(key);
  if (text === undefined) {
    if (localTimes.size > 100_000) localTimes.clear();
    localTimes.set(key, (text = formatLocal(dt, zone)));
  }
  return text;
}

function formatLocal(dt: DateTime, zone: string): string {
  const local = dt.setZone(zone);
  const text = local.toFormat(local.second ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm");
  const back = DateTime.fromFormat(text, local.second ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", { zone });
  return back.toMillis() === local.toMillis() ? text : local.toISO({ suppressMilliseconds: true })!;
}

const parsedTimes = new Map<string, DateTime | undefined>();

/** A time as this importer writes it ("2020-03-21 11:10" in `zone`, or ISO with an offset). */
function parseTime(value: unknown, zone: string): DateTime | undefined {
  if (typeof value !== "string") return undefined;
  const key = `${value}|${zone}`;
  if (parsedTimes.has(key)) return parsedTimes.get(key);
  if (parsedTimes.size > 100_000) parsedTimes.clear();
  const dt = readTime(value, zone);
  parsedTimes.set(key, dt);
  return dt;
}

function readTime(value: string, zone: string): DateTime | undefined {
  const local = DateTime.fromFormat(value, value.length > 16 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm", { zone });
  if (local.isValid) return local;
  const iso = DateTime.fromISO(value, { setZone: true });
  return iso.isValid ? iso : undefined;
}

export interface SlotValue {
  start: DateTime;
  end: DateTime;
  room: string;
}

const sameSlot = (a: SlotValue, b: SlotValue) => a.start.toMillis() === b.start.toMillis() && a.end.toMillis() === b.end.toMillis() && a.room === b.room;

/** The slot a talk file gives (start, end or duration, room), read in the zone it was written in. */
function slotOf(data: Json, zone: string): SlotValue | undefined {
  const start = parseTime(data.start, zone);
  const end = typeof data.duration === "number" ? start?.plus({ minutes: data.duration }) : parseTime(data.end, zone);
  return start && end && typeof data.room === "string" ? { start, end, room: data.room } : undefined;
}

/** Earlier slots: those the file had, then the one it had until now if the export moves it; never the slot it is in. */
export function previousSlots(old: Json | undefined, oldZone: string, now: SlotValue): SlotValue[] {
  if (!old) return [];
  const list = (Array.isArray(old.previous) ? old.previous : []).flatMap((item) => {
    const slot = item && typeof item === "object" ? slotOf(item as Json, oldZone) : undefined;
    return slot ? [slot] : [];
  });
  const before = slotOf(old, oldZone);
  if (before && !sameSlot(before, now)) list.push(before);
  return list.filter((slot, index) => !sameSlot(slot, now) && !(index > 0 && sameSlot(slot, list[index - 1]!)));
}

