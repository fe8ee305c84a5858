// The zone every imported time is written in: the export's time_zone_name, else --timezone, else the one fixed offset
// every time in the file carries (with a warning: a fixed offset knows no summer time).
import { DateTime, IANAZone } from "luxon";
import type { FrabSchedule } from "./schema.ts";

export interface ZoneChoice {
  zone: string;
  warnings: string[];
  /** Why no zone can be chosen: the import stops. */
  error?: string;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** Every time the export gives (days' bounds and events' starts), with a name for messages. */
function timesOf(schedule: FrabSchedule): { text: string; where: string }[] {
  const times: { text: string; where: string }[] = [];
  for (const day of schedule.schedule.conference.days) {
    for (const key of ["day_start", "day_end"] as const) if (day[key]) times.push({ text: day[key]!, where: `day ${day.date ?? day.index ?? ""} ${key}` });
    for (const room of day.rooms) for (const event of room.events) times.push({ text: event.date, where: `event ${event.id ?? event.guid}` });
  }
  return times;
}

export function chooseZone(schedule: FrabSchedule, option: string | undefined): ZoneChoice {
  const warnings: string[] = [];
  const named = schedule.schedule.conference.time_zone_name?.trim();
  // One DateTime per distinct text: a schedule repeats its slot times in every room.
  const parsed = new Map<string, DateTime>();
  const read = (text: string) => parsed.get(text) ?? parsed.set(text, DateTime.fromISO(text.trim(), { setZone: true })).get(text)!;
  const times = timesOf(schedule).map((time) => ({ ...time, dt: read(time.text) })).filter((time) => time.dt.isValid);
  if (named) {
    if (IANAZone.isValidZone(named)) {
      // The zone decides how times are shown; the offsets decide the instants. When they disagree, say so once.
      const offsets = new Map<number, number>();
      const offsetIn = (dt: DateTime) => offsets.get(dt.toMillis()) ?? offsets.set(dt.toMillis(), dt.setZone(named).offset).get(dt.toMillis())!;
      const odd = times.find((time) => time.dt.offset !== offsetIn(time.dt));
      if (odd) {
        warnings.push(
          `time_zone_name "${named}" is ${offsetText(odd.dt.setZone(named).offset)} at ${odd.text} (${odd.where}), whose offset is ${offsetText(odd.dt.offset)}: ` +
            `times are kept as the same instants and shown in ${named}${option ? ` (--timezone ${option} applies only when the export names no zone)` : ""}`,
        );
      }
      return { zone: named, warnings };
    }
    warnings.push(`time_zone_name "${named}" is not an IANA time zone such as "Europe/Berlin": ${option ? `--timezone ${option} is used` : "the times' own offset is used"}`);
  }
  if (option) {
    if (!IANAZone.isValidZone(option)) return { zone: "UTC", warnings, error: `--timezone: expected an IANA time zone such as "Europe/Berlin", found "${option}"` };
    return { zone: option, warnings };
  }
  const offsets = [...new Set(times.map((time) => time.dt.offset))];
  if (offsets.length === 0) return { zone: "UTC", warnings: [...warnings, "the export names no time zone and gives no times: UTC is used"] };
  if (offsets.length > 1) {
    return { zone: "UTC", warnings, error: `the export names no time zone (time_zone_name) and its times carry ${offsets.slice(0, 3).map(offsetText).join(", ")}, as summer time would: expected --timezone ZONE, such as --timezone Europe/Berlin` };
  }
  const offset = offsets[0]!;
  // IANA's fixed-offset zones count the other way round: Etc/GMT-1 is UTC+01:00.
  const zone = offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset) / 60}`;
  if (offset % 60 !== 0 || !IANAZone.isValidZone(zone)) {
    return { zone: "UTC", warnings, error: `the export names no time zone (time_zone_name) and its times carry ${offsetText(offset)}, which no fixed-offset zone has: expected --timezone ZONE, such as --timezone Asia/Kolkata` };
  }
  warnings.push(`the export names no time zone (time_zone_name): every time carries ${offsetText(offset)}, so ${zone} (UTC${offsetText(offset)}, without summer time) is used; pass --timezone ZONE to name the conference's own`);
  return { zone, warnings };
}
