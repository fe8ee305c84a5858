// An invented conference for the export tests: two days in Berlin across the end of summer time
// (Sunday 2025-10-26, 03:00 CEST becomes 02:00 CET), two rooms, a cancelled talk, a talk by two speakers with
// non-ASCII names, a talk with XML-special characters in its title, a night sprint across the clock change and
// one talk without a slot.
import { DateTime } from "luxon";
import type { Event, Room, Schedule, Speaker, Talk, Track } from "../../src/model/types.ts";

export const ZONE = "Europe/Berlin";
export const BASE_URL = "https://conf.example.org/2025/";

/** A local wall-clock time in Berlin: "2025-10-25T09:30". */
export function berlin(local: string): DateTime {
  const dt = DateTime.fromISO(local, { zone: ZONE });
  if (!dt.isValid) throw new Error(`fixture: bad time ${local}`);
  return dt;
}

/** An instant given with its offset, shown in Berlin: for the hour the clock repeats. */
export function instant(isoWithOffset: string): DateTime {
  const dt = DateTime.fromISO(isoWithOffset, { zone: ZONE });
  if (!dt.isValid) throw new Error(`fixture: bad time ${isoWithOffset}`);
  return dt;
}

const saalA: Room = { id: "saal-a", name: "Saal A", capacity: 200 };
const raumB: Room = { id: "raum-b", name: "Raum B", description: "Second floor, left" };

const data: Track = { id: "data", name: "Data & Science", color: "#1f77b4" };
const web: Track = { id: "web", name: "Web" };

export const event: Event = {
  name: "Spree Conf 2025",
  acronym: "spreeconf2025",
  timezone: ZONE,
  start: berlin("2025-10-25T00:00"),
  end: berlin("2025-10-26T00:00"),
  status: "scheduled",
  venue: { name: "Kulturhaus Mitte", address: "Musterstraße 1, 10115 Berlin" },
  rooms: [saalA, raumB],
  tracks: [data, web],
};

function speaker(id: string, name: string, bio?: string): Speaker {
  return { id, name, pageUrl: `/speakers/${id}.html`, ...(bio ? { bio } : {}) };
}

const ada = speaker("ada-byron", "Ada Byron", "Writes compilers for fun.");
const zoe = speaker("zoe-mueller", "Zoë Müller");
const chen = speaker("chen-yijun", "陳怡君");
const grace = speaker("grace-oneil", "Grace O'Neil");

export const speakers: Speaker[] = [ada, zoe, chen, grace];

const updated = berlin("2025-09-01T12:00");

function talk(id: string, fields: Partial<Talk> & Pick<Talk, "title" | "speakers">): Talk {
  return {
    id,
    file: `content/${id}.md`,
    type: "talk",
    status: "scheduled",
    url: `/${id}.html`,
    icsUrl: `/${id}.ics`,
    description: "",
    updated,
    hasAbstract: false,
    previous: [],
    moved: false,
    cancelled: fields.status === "cancelled",
    // The days change at midnight here: a talk's conference day is the date it starts on.
    ...(fields.start ? { day: fields.start.toISODate()! } : {}),
    ...fields,
  };
}

export const opening = talk("talk/opening", {
  title: "Opening keynote",
  type: "keynote",
  speakers: [ada],
  start: berlin("2025-10-25T09:30"),
  end: berlin("2025-10-25T10:15"),
  room: saalA,
  language: "en",
  slides: "https://slides.example.org/opening.pdf",
  description: "Why we meet by the river.",
  hasAbstract: true,
});

export const dataframes = talk("talk/dataframes", {
  title: "Dataframes für alle",
  speakers: [zoe, chen],
  start: berlin("2025-10-25T10:30"),
  end: berlin("2025-10-25T11:00"),
  room: saalA,
  track: data,
  language: "de",
  video: "https://video.example.org/dataframes",
  description:
    "Zoë Müller und 陳怡君 zeigen, wie man Tabellen mit Millionen Zeilen ohne Schmerzen verarbeitet: Spalten, " +
    "Indizes, fehlende Werte und Zeitzonen, mit Beispielen aus Berlin und Taipeh.",
  hasAbstract: true,
  updated: berlin("2025-10-01T08:15"),
});

export const xmlTalk = talk("talk/xml", {
  title: 'Parsing <XML> & "quotes" safely',
  speakers: [grace],
  start: berlin("2025-10-25T10:30"),
  end: berlin("2025-10-25T11:15"),
  room: raumB,
  track: web,
  description: "Entities, CDATA & other <surprises>.",
  hasAbstract: true,
});

/**
 * From 22:00 summer time to 02:30 winter time (the second 02:30 of that night): 5 h 30 min of real time,
 * 4 h 30 min on the wall clock.
 */
export const nightSprint = talk("sprint/night", {
  title: "Night sprint",
  type: "sprint",
  speakers: [zoe],
  start: berlin("2025-10-25T22:00"),
  end: instant("2025-10-26T02:30+01:00"),
  room: raumB,
});

export const cancelledTalk = talk("talk/cancelled", {
  title: "A talk that will not happen",
  status: "cancelled",
  speakers: [ada],
  start: berlin("2025-10-26T10:00"),
  end: berlin("2025-10-26T10:30"),
  room: saalA,
});

export const rustTutorial = talk("tutorial/rust", {
  title: "Rust für Einsteiger:innen",
  type: "tutorial",
  speakers: [zoe],
  start: berlin("2025-10-26T13:00"),
  end: berlin("2025-10-26T14:30"),
  room: raumB,
  language: "de",
});

export const unscheduledTalk = talk("talk/tba", { title: "To be announced", speakers: [grace] });

export const schedule: Schedule = {
  event,
  speakers,
  // In start, then room order.
  talks: [opening, dataframes, xmlTalk, nightSprint, cancelledTalk, rustTutorial],
  unscheduled: [unscheduledTalk],
  breaks: [{ title: "Lunch", start: berlin("2025-10-25T12:00"), end: berlin("2025-10-25T13:00"), day: "2025-10-25" }],
};
