// What pages show of the schedule, made once with indexes (by room, by time): links to talks, the talks at the same
// time and before and after in the room, and the program grid. Templates print these strings and never do date math.
import type { DateTime } from "luxon";
import { Labels } from "./labels.ts";
import type { Break, Schedule, Talk } from "./types.ts";
import { programSlotId, programSlotUrl } from "./urls.ts";

export interface TalkLink {
  title: string;
  /** The page's URL with the site's path prefix. */
  url: string;
  day?: string;
  time?: string;
  /** Day and time together, as lists of talks print them: "Sat, Mar 21, 11:10–11:50". */
  when?: string;
  room?: string;
  speakers: string;
  cancelled: boolean;
  moved: boolean;
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
  /** "Moved from Room 211, Saturday, March 21, 10:00" for a talk with earlier slots. */
  movedFrom?: string;
}

/** A talk or break placed in a day's grid: rows count time units from the day's first start, columns count rooms. */
export interface ProgramItem extends TalkLink {
  typeLabel: string;
  /** Grid line the item starts on (the room heads are row 1) and how many time units it spans. */
  row: number;
  span: number;
  /** Grid column: 2 and up for a room (1 is the time axis); 0 for an item across all rooms. */
  column: number;
  isBreak: boolean;
  keynote: boolean;
}

export interface ProgramSlot {
  /** The row's id, which talk pages link to (src/model/urls.ts programSlotId). */
  id: string;
  time: string;
  startIso: string;
  row: number;
  items: ProgramItem[];
}

export interface ProgramDay {
  label: string;
  iso: string;
  /** The day's own zone and offset ("Berlin time, UTC+02:00"), both when the clocks change during it. */
  offset: string;
  /** Time units in the day's grid, and the grid line of the room names under it. */
  rows: number;
  footRow: number;
  slots: ProgramSlot[];
}

export interface ProgramView {
  /** One column per room used anywhere in the event, in the event's order, the same on every day. */
  rooms: { name: string; column: number }[];
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

/** Minutes per row of the program grid: rows are proportional to time, and every start and end falls on a line. */
const GRID_MINUTES = 5;
/** An item without an end (an evening's party) still takes this many minutes of the grid. */
const OPEN_ENDED_MINUTES = 30;

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
      const { labels } = this;
      link = {
        title: talk.title,
        url: this.href(talk.url),
        ...(talk.start ? { day: labels.conferenceDay(dayOf(talk), talk.start), time: labels.time(talk.start, talk.end), when: labels.messages.dayTime(labels.conferenceDay(dayOf(talk), talk.start, true), labels.time(talk.start, talk.end)) } : {}),
        ...(talk.room ? { room: talk.room.name } : {}),
        speakers: labels.names(talk.speakers.map((s) => s.name)),
        cancelled: talk.status === "cancelled",
        moved: talk.moved,
      };
      this.links.set(talk, link);
    }
    return link;
  }

  facts(talk: Talk): TalkFacts {
    const { labels } = this;
    const facts: TalkFacts = {
      typeLabel: labels.typeLabel(talk.type),
      ...(talk.level ? { level: labels.levelLabel(talk.level) } : {}),
      ...(talk.language ? { language: labels.languageName(talk.language) } : {}),
      ...(talk.track ? { track: talk.track.name } : {}),
      sameSlot: [],
    };
    const last = talk.previous.at(-1);
    if (last) {
      facts.movedFrom = labels.messages.movedFrom(last.room?.name ?? talk.room?.name, labels.messages.dayTime(labels.day(last.start), labels.clock(last.start)));
    }
    if (!this.schedule || !talk.start || !talk.end) return facts;
    const { event } = this.schedule;
    facts.when = {
      day: labels.conferenceDay(dayOf(talk), talk.start),
      time: labels.time(talk.start, talk.end),
      zone: labels.zoneOn(talk.start),
      startIso: labels.iso(talk.start),
      endIso: labels.iso(talk.end),
    };
    if (talk.room) facts.room = talk.room.name;
    facts.venue = [event.venue.name, event.venue.address].filter(Boolean).join(", ");
    const parallel = this.sameSlot.get(talk) ?? [];
    if (parallel.length <= SAME_SLOT_SHOWN) facts.sameSlot = parallel.map((other) => this.link(other));
    else {
      const sameTrack = talk.track ? parallel.filter((other) => other.track?.id === talk.track!.id) : [];
      facts.sameSlot = sameTrack.slice(0, SAME_SLOT_SHOWN).map((other) => this.link(other));
      facts.sameSlotAll = { count: parallel.length, url: this.href(programSlotUrl(labels.iso(talk.start))), label: labels.messages.allAtThisTime(parallel.length, facts.sameSlot.length > 0) };
    }
    const { previous, next } = this.neighbours.get(talk) ?? {};
    if (previous) facts.previous = this.link(previous);
    if (next) facts.next = this.link(next);
    return facts;
  }

  /** Days of a grid with one column per room and rows proportional to time; on phones the same slots read as a list. */
  program(schedule: Schedule): ProgramView {
    const { event } = schedule;
    const { labels } = this;
    const byDay = new Map<string, { talks: Talk[]; breaks: Break[] }>();
    const listOf = (key: string) => byDay.get(key) ?? byDay.set(key, { talks: [], breaks: [] }).get(key)!;
    for (const talk of schedule.talks) listOf(dayOf(talk)).talks.push(talk);
    for (const item of schedule.breaks) listOf(item.day).breaks.push(item);
    const used = new Set<string | undefined>([...schedule.talks.map((t) => t.room?.id), ...schedule.breaks.map((b) => b.room?.id)]);
    const rooms = event.rooms.filter((room) => used.has(room.id));
    const columns = new Map(rooms.map((room, index) => [room.id, index + 2]));
    const days: ProgramDay[] = [];
    for (const iso of [...byDay.keys()].sort()) {
      const { talks, breaks } = byDay.get(iso)!;
      days.push(this.programDay(iso, talks, breaks, columns, event.status === "cancelled"));
    }
    return { rooms: rooms.map((room) => ({ name: room.name, column: columns.get(room.id)! })), days, unscheduled: schedule.unscheduled.map((t) => this.link(t)) };
  }

  private programDay(iso: string, talks: Talk[], breaks: Break[], columns: Map<string, number>, eventCancelled: boolean): ProgramDay {
    const { labels } = this;
    const starts = [...talks.map((t) => t.start!), ...breaks.map((b) => b.start)];
    const first = Math.min(...starts.map((s) => s.toMillis()));
    const unit = GRID_MINUTES * 60_000;
    const origin = first - (first % unit);
    const endOf = (start: DateTime, end?: DateTime) => (end ?? start.plus({ minutes: OPEN_ENDED_MINUTES })).toMillis();
    const rowOf = (millis: number) => 2 + Math.floor((millis - origin) / unit);
    const spanOf = (start: DateTime, end?: DateTime) => Math.max(1, Math.ceil((endOf(start, end) - origin) / unit) - Math.floor((start.toMillis() - origin) / unit));
    const last = Math.max(...talks.map((t) => endOf(t.start!, t.end)), ...breaks.map((b) => endOf(b.start, b.end)));
    const rows = Math.ceil((last - origin) / unit);
    const slots = new Map<number, { start: DateTime; items: ProgramItem[] }>();
    const slotOf = (start: DateTime) => slots.get(start.toMillis()) ?? slots.set(start.toMillis(), { start, items: [] }).get(start.toMillis())!;
    for (const item of breaks) {
      slotOf(item.start).items.push({
        title: item.title,
        url: "",
        time: labels.time(item.start, item.end),
        ...(item.room ? { room: item.room.name } : {}),
        speakers: "",
        cancelled: false,
        moved: false,
        typeLabel: labels.messages.breakLabel,
        row: rowOf(item.start.toMillis()),
        span: spanOf(item.start, item.end),
        column: item.room ? columns.get(item.room.id)! : 0,
        isBreak: true,
        keynote: false,
      });
    }
    for (const talk of talks) {
      slotOf(talk.start!).items.push({
        ...this.link(talk),
        // When the whole event is cancelled the page says so once; a talk cancelled on its own says so in its place.
        cancelled: talk.status === "cancelled" && !eventCancelled,
        typeLabel: labels.typeLabel(talk.type),
        row: rowOf(talk.start!.toMillis()),
        span: spanOf(talk.start!, talk.end),
        column: columns.get(talk.room?.id ?? "") ?? 0,
        isBreak: false,
        keynote: talk.type === "keynote",
      });
    }
    const ordered = [...slots.entries()].sort(([a], [b]) => a - b);
    const offsets = [...new Set(ordered.map(([, slot]) => labels.zoneOn(slot.start)))];
    return {
      label: labels.dayOf(iso),
      iso,
      offset: offsets.join(" / "),
      rows,
      footRow: rows + 2,
      slots: ordered.map(([millis, slot]) => {
        // Breaks first, then talks in the order of the rooms' columns.
        slot.items.sort((a, b) => Number(b.isBreak) - Number(a.isBreak) || a.column - b.column);
        return {
          id: programSlotId(labels.iso(slot.start)),
          time: labels.clock(slot.start),
          startIso: labels.iso(slot.start),
          row: rowOf(millis),
          items: slot.items,
        };
      }),
    };
  }
}
