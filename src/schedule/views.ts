// What pages show of the schedule, formatted once here: templates print these strings and never do date math.
import { DateTime } from "luxon";
import type { Break, Event, Room, Schedule, Talk } from "./model.ts";

/** "Taipei time, UTC+08:00": the zone said in words a reader knows, with its offset on that day. */
export function zoneLabel(zone: string, at: DateTime): string {
  const city = zone.split("/").at(-1)?.replace(/_/g, " ") ?? zone;
  return `${city} time, UTC${at.setZone(zone).toFormat("ZZ")}`;
}

export function dayLabel(day: DateTime, language: string): string {
  return day.setLocale(language).toLocaleString({ weekday: "long", day: "numeric", month: "long", year: "numeric" });
}

export function timeRange(start: DateTime, end?: DateTime): string {
  return end ? `${start.toFormat("HH:mm")}–${end.toFormat("HH:mm")}` : `from ${start.toFormat("HH:mm")}`;
}

const TYPE_LABELS: Record<Talk["type"], string> = { talk: "Talk", tutorial: "Tutorial", sprint: "Sprint", keynote: "Keynote", lightning: "Lightning talk" };
const LEVEL_LABELS: Record<string, string> = { beginner: "Beginner", intermediate: "Intermediate", advanced: "Advanced", all: "All levels" };

export function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

export interface TalkLink {
  title: string;
  url: string;
  time?: string;
  room?: string;
  speakers: string;
  cancelled: boolean;
}

export interface TalkFacts {
  typeLabel: string;
  status: Talk["status"];
  eventStatus: Event["status"];
  statusNote?: string;
  when?: { day: string; time: string; zone: string; startIso: string; endIso: string };
  room?: string;
  venue?: string;
  track?: string;
  level?: string;
  language?: string;
  slides?: string;
  video?: string;
  icsUrl?: string;
  hasAbstract: boolean;
  sameSlot: TalkLink[];
  previous?: TalkLink;
  next?: TalkLink;
}

export function speakerNames(talk: Talk): string {
  const names = talk.speakers.map((s) => s.name);
  return names.length <= 2 ? names.join(" and ") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function talkLink(talk: Talk): TalkLink {
  return {
    title: talk.title,
    url: talk.url,
    ...(talk.start ? { time: timeRange(talk.start, talk.end) } : {}),
    ...(talk.room ? { room: talk.room.name } : {}),
    speakers: speakerNames(talk),
    cancelled: talk.status === "cancelled",
  };
}

function overlaps(a: Talk, b: Talk): boolean {
  return !!(a.start && a.end && b.start && b.end && a.start < b.end && b.start < a.end);
}

export function talkFacts(talk: Talk, schedule: Schedule | undefined, language: string): TalkFacts {
  const facts: TalkFacts = {
    typeLabel: TYPE_LABELS[talk.type],
    status: talk.status,
    eventStatus: schedule?.event.status ?? "scheduled",
    ...(schedule?.event.statusNote ? { statusNote: schedule.event.statusNote } : {}),
    ...(talk.level ? { level: LEVEL_LABELS[talk.level] ?? talk.level } : {}),
    ...(talk.language ? { language: languageName(talk.language, language) } : {}),
    ...(talk.track ? { track: talk.track.name } : {}),
    ...(talk.slides ? { slides: talk.slides } : {}),
    ...(talk.video ? { video: talk.video } : {}),
    hasAbstract: talk.hasAbstract,
    sameSlot: [],
  };
  if (!schedule || !talk.start || !talk.end) return facts;
  const zone = schedule.event.timezone;
  facts.when = {
    day: dayLabel(talk.start, language),
    time: timeRange(talk.start, talk.end),
    zone: zoneLabel(zone, talk.start),
    startIso: talk.start.toISO({ suppressMilliseconds: true }) ?? "",
    endIso: talk.end.toISO({ suppressMilliseconds: true }) ?? "",
  };
  facts.icsUrl = talk.icsUrl;
  facts.room = talk.room?.name;
  facts.venue = [schedule.event.venue.name, schedule.event.venue.address].filter(Boolean).join(", ");
  facts.sameSlot = schedule.talks.filter((other) => other !== talk && overlaps(talk, other)).map(talkLink);
  const inRoom = schedule.talks.filter((other) => other.room?.id === talk.room?.id);
  const index = inRoom.indexOf(talk);
  const previous = inRoom[index - 1];
  const next = inRoom[index + 1];
  if (previous && previous.start!.hasSame(talk.start, "day")) facts.previous = talkLink(previous);
  if (next && next.start!.hasSame(talk.start, "day")) facts.next = talkLink(next);
  return facts;
}

export interface ProgramItem extends TalkLink {
  typeLabel: string;
  /** 1-based column among the day's rooms; 0 for items across all rooms. */
  column: number;
  isBreak: boolean;
}

export interface ProgramSlot {
  time: string;
  startIso: string;
  items: ProgramItem[];
}

export interface ProgramDay {
  label: string;
  iso: string;
  rooms: Room[];
  slots: ProgramSlot[];
}

export interface ProgramView {
  zone: string;
  days: ProgramDay[];
  unscheduled: TalkLink[];
}

function breakItem(item: Break, rooms: Room[]): ProgramItem {
  return {
    title: item.title,
    url: "",
    time: timeRange(item.start, item.end),
    ...(item.room ? { room: item.room.name } : {}),
    speakers: "",
    cancelled: false,
    typeLabel: "Break",
    column: item.room ? rooms.findIndex((r) => r.id === item.room!.id) + 1 : 0,
    isBreak: true,
  };
}

/** Days, then one row per start time, with one column per room used that day and breaks across. */
export function programView(schedule: Schedule, language: string): ProgramView {
  const { event } = schedule;
  const days: ProgramDay[] = [];
  for (let day = event.start.startOf("day"); day <= event.end; day = day.plus({ days: 1 })) {
    const talks = schedule.talks.filter((t) => t.start!.hasSame(day, "day"));
    const breaks = schedule.breaks.filter((b) => b.start.hasSame(day, "day"));
    if (talks.length === 0 && breaks.length === 0) continue;
    const used = new Set([...talks.map((t) => t.room?.id), ...breaks.map((b) => b.room?.id)]);
    const rooms = event.rooms.filter((r) => used.has(r.id));
    const starts = [...new Set([...talks.map((t) => t.start!.toMillis()), ...breaks.map((b) => b.start.toMillis())])].sort((a, b) => a - b);
    const slots = starts.map((millis) => {
      const start = DateTime.fromMillis(millis, { zone: event.timezone });
      const slotTalks = talks.filter((t) => t.start!.toMillis() === millis);
      const slotBreaks = breaks.filter((b) => b.start.toMillis() === millis);
      const ends = [...slotTalks.map((t) => t.end!), ...slotBreaks.flatMap((b) => (b.end ? [b.end] : []))];
      const end = ends.length ? DateTime.max(...ends) ?? undefined : undefined;
      const items: ProgramItem[] = [
        ...slotBreaks.map((b) => breakItem(b, rooms)),
        // When the whole event is cancelled the page says so once; a talk cancelled on its own says so in its row.
        ...slotTalks.map((t) => ({
          ...talkLink(t),
          cancelled: t.status === "cancelled" && event.status !== "cancelled",
          typeLabel: TYPE_LABELS[t.type],
          column: rooms.findIndex((r) => r.id === t.room?.id) + 1,
          isBreak: false,
        })),
      ];
      return { time: timeRange(start, end), startIso: start.toISO({ suppressMilliseconds: true }) ?? "", items };
    });
    days.push({ label: dayLabel(day, language), iso: day.toISODate() ?? "", rooms, slots });
  }
  const first = event.start;
  return { zone: zoneLabel(event.timezone, first), days, unscheduled: schedule.unscheduled.map(talkLink) };
}
