// What pages show of the schedule, made once with indexes (by room, by time): links to talks, the talks at the same
// time and before and after in the room, and the program grid. Templates print these strings and never do date math.
import { DateTime } from "luxon";
import { conferenceDays } from "./days.ts";
import { Labels, levelLabel, namesList, typeLabel } from "./labels.ts";
import type { Break, Room, Schedule, Talk } from "./types.ts";
import { programSlotId, programSlotUrl } from "./urls.ts";

export interface TalkLink {
  title: string;
  /** The page's URL with the site's path prefix. */
  url: string;
  day?: string;
  time?: string;
  room?: string;
  speakers: string;
  cancelled: boolean;
}

export interface TalkFacts {
  typeLabel: string;
  when?: { day: string; time: string; zone: string; startIso: string; endIso: string };
  room?: string;
  venue?: string;
  track?: string;
  level?: string;
  language?: string;
  /** Talks at the same time: all of them when there are few, else those in the same track, at most SAME_SLOT_SHOWN. */
  sameSlot: TalkLink[];
  /** When not all are listed: how many there are, and the program's row that shows them all. */
  sameSlotAll?: { count: number; url: string; label: string };
  previous?: TalkLink;
  next?: TalkLink;
}

export interface ProgramItem extends TalkLink {
  typeLabel: string;
  /** 1-based column among the day's rooms; 0 for items across all rooms. */
  column: number;
  isBreak: boolean;
}

export interface ProgramSlot {
  /** The row's id, which talk pages link to (src/model/urls.ts programSlotId). */
  id: string;
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

/** The conference day of a scheduled talk (set by src/model/schedule.ts with its start). */
function dayOf(talk: Talk): string {
  if (talk.day === undefined) throw new Error(`talk "${talk.id}" has a start but no conference day`);
  return talk.day;
}

/**
 * Talks at the same time listed on a talk page, at most: a FOSDEM-sized program has 35 others in every slot, which on
 * a phone bury the page; past this many the page lists those in its own track and links to the program's row.
 */
export const SAME_SLOT_SHOWN = 6;

/** Indexes over a schedule and the links, facts and program made from them; each talk's link is made once and shared. */
export class ScheduleViews {
  readonly labels: Labels;
  private readonly links = new Map<Talk, TalkLink>();
  private readonly sameSlot = new Map<Talk, Talk[]>();
  private readonly neighbours = new Map<Talk, { previous?: Talk; next?: Talk }>();

  private readonly href: (url: string) => string;

  /**
   * `schedule` is undefined for a site without event.json: talks then have links but no times. `zone` is the one
   * times are shown in (the event's), `href` puts the site's path prefix on a site-root URL.
   */
  constructor(
    readonly schedule: Schedule | undefined,
    options: { language: string; zone: string; href: (url: string) => string },
  ) {
    this.labels = new Labels(options.language, options.zone);
    this.href = options.href;
    this.indexParallel();
    this.indexRooms();
  }

  /** Talks that overlap in time, found in one sweep over the talks in start order (they come sorted). */
  private indexParallel(): void {
    const talks = this.schedule?.talks ?? [];
    const order = new Map(talks.map((talk, index) => [talk, index]));
    let running: Talk[] = [];
    for (const talk of talks) {
      if (!talk.start || !talk.end) continue;
      running = running.filter((other) => other.end! > talk.start!);
      const mine: Talk[] = [];
      for (const other of running) {
        if (other.start! < talk.end) {
          mine.push(other);
          this.sameSlot.get(other)!.push(talk);
        }
      }
      this.sameSlot.set(talk, mine);
      running.push(talk);
    }
    for (const list of this.sameSlot.values()) list.sort((a, b) => order.get(a)! - order.get(b)!);
  }

  /** The talk before and after each one in its room, on the same conference day. */
  private indexRooms(): void {
    const byRoom = new Map<string, Talk[]>();
    for (const talk of this.schedule?.talks ?? []) {
      if (!talk.room) continue;
      const list = byRoom.get(talk.room.id);
      if (list) list.push(talk);
      else byRoom.set(talk.room.id, [talk]);
    }
    for (const list of byRoom.values()) {
      list.forEach((talk, index) => {
        const sameDay = (other: Talk | undefined) => (other && dayOf(other) === dayOf(talk) ? other : undefined);
        const previous = sameDay(list[index - 1]);
        const next = sameDay(list[index + 1]);
        this.neighbours.set(talk, { ...(previous ? { previous } : {}), ...(next ? { next } : {}) });
      });
    }
  }

  /** How other pages point at a talk: title, day and time, room, speakers. */
  link(talk: Talk): TalkLink {
    let link = this.links.get(talk);
    if (!link) {
      link = {
        title: talk.title,
        url: this.href(talk.url),
        ...(talk.start ? { day: this.labels.conferenceDay(dayOf(talk), talk.start), time: this.labels.time(talk.start, talk.end) } : {}),
        ...(talk.room ? { room: talk.room.name } : {}),
        speakers: namesList(talk.speakers.map((s) => s.name)),
        cancelled: talk.status === "cancelled",
      };
      this.links.set(talk, link);
    }
    return link;
  }

  facts(talk: Talk): TalkFacts {
    const facts: TalkFacts = {
      typeLabel: typeLabel(talk.type),
      ...(talk.level ? { level: levelLabel(talk.level) } : {}),
      ...(talk.language ? { language: this.labels.languageName(talk.language) } : {}),
      ...(talk.track ? { track: talk.track.name } : {}),
      sameSlot: [],
    };
    if (!this.schedule || !talk.start || !talk.end) return facts;
    const { event } = this.schedule;
    facts.when = {
      day: this.labels.conferenceDay(dayOf(talk), talk.start),
      time: this.labels.time(talk.start, talk.end),
      zone: this.labels.zoneOn(talk.start),
      startIso: this.labels.iso(talk.start),
      endIso: this.labels.iso(talk.end),
    };
    if (talk.room) facts.room = talk.room.name;
    facts.venue = [event.venue.name, event.venue.address].filter(Boolean).join(", ");
    const parallel = this.sameSlot.get(talk) ?? [];
    if (parallel.length <= SAME_SLOT_SHOWN) facts.sameSlot = parallel.map((other) => this.link(other));
    else {
      const sameTrack = talk.track ? parallel.filter((other) => other.track?.id === talk.track!.id) : [];
      facts.sameSlot = sameTrack.slice(0, SAME_SLOT_SHOWN).map((other) => this.link(other));
      facts.sameSlotAll = {
        count: parallel.length,
        url: this.href(programSlotUrl(this.labels.iso(talk.start))),
        label: facts.sameSlot.length > 0 ? `All ${parallel.length} other talks at this time, in the program` : `${parallel.length} other talks at this time, in the program`,
      };
    }
    const { previous, next } = this.neighbours.get(talk) ?? {};
    if (previous) facts.previous = this.link(previous);
    if (next) facts.next = this.link(next);
    return facts;
  }

  private breakItem(item: Break, rooms: Room[]): ProgramItem {
    return {
      title: item.title,
      url: "",
      time: this.labels.time(item.start, item.end),
      ...(item.room ? { room: item.room.name } : {}),
      speakers: "",
      cancelled: false,
      typeLabel: "Break",
      column: item.room ? rooms.findIndex((r) => r.id === item.room!.id) + 1 : 0,
      isBreak: true,
    };
  }

  /** Conference days, then one row per start time, with one column per room used that day and breaks across. */
  program(schedule: Schedule): ProgramView {
    const { event } = schedule;
    const byDay = new Map<string, { talks: Talk[]; breaks: Break[] }>();
    const listOf = (key: string) => byDay.get(key) ?? byDay.set(key, { talks: [], breaks: [] }).get(key)!;
    for (const talk of schedule.talks) listOf(dayOf(talk)).talks.push(talk);
    for (const item of schedule.breaks) listOf(item.day).breaks.push(item);
    const days: ProgramDay[] = [];
    const conference = conferenceDays(event);
    for (const iso of conference.between(conference.dayOf(event.start), conference.dayOf(event.end))) {
      const { talks, breaks } = byDay.get(iso) ?? { talks: [], breaks: [] };
      if (talks.length === 0 && breaks.length === 0) continue;
      const used = new Set([...talks.map((t) => t.room?.id), ...breaks.map((b) => b.room?.id)]);
      const rooms = event.rooms.filter((r) => used.has(r.id));
      const columns = new Map(rooms.map((room, index) => [room.id, index + 1]));
      const slots = new Map<number, { talks: Talk[]; breaks: Break[] }>();
      const slotOf = (millis: number) => slots.get(millis) ?? slots.set(millis, { talks: [], breaks: [] }).get(millis)!;
      for (const talk of talks) slotOf(talk.start!.toMillis()).talks.push(talk);
      for (const item of breaks) slotOf(item.start.toMillis()).breaks.push(item);
      const rows = [...slots.entries()].sort(([a], [b]) => a - b).map(([millis, slot]): ProgramSlot => {
        const start = DateTime.fromMillis(millis, { zone: event.timezone });
        const ends = [...slot.talks.map((t) => t.end!), ...slot.breaks.flatMap((b) => (b.end ? [b.end] : []))];
        const end = ends.length ? (DateTime.max(...ends) ?? undefined) : undefined;
        const items: ProgramItem[] = [
          ...slot.breaks.map((b) => this.breakItem(b, rooms)),
          // When the whole event is cancelled the page says so once; a talk cancelled on its own says so in its row.
          ...slot.talks.map((t) => ({
            ...this.link(t),
            cancelled: t.status === "cancelled" && event.status !== "cancelled",
            typeLabel: typeLabel(t.type),
            column: columns.get(t.room?.id ?? "") ?? 0,
            isBreak: false,
          })),
        ];
        return { id: programSlotId(this.labels.iso(start)), time: this.labels.time(start, end), startIso: this.labels.iso(start), items };
      });
      days.push({ label: this.labels.dayOf(iso), iso, rooms, slots: rows });
    }
    return { zone: this.labels.zoneOn(event.start), days, unscheduled: schedule.unscheduled.map((t) => this.link(t)) };
  }
}
