// The conference as the build sees it once content is checked: event, rooms, speakers, talks in slots, breaks.
import type { DateTime } from "luxon";

export type TalkType = "talk" | "tutorial" | "sprint" | "keynote" | "lightning";
export type TalkStatus = "scheduled" | "cancelled" | "moved";
export type EventStatus = "scheduled" | "cancelled" | "postponed" | "moved-online";

export interface Room {
  id: string;
  name: string;
  description?: string;
  capacity?: number;
}

export interface Track {
  id: string;
  name: string;
  color?: string;
}

export interface Venue {
  name: string;
  address?: string;
  url?: string;
}

export interface Event {
  name: string;
  /** Short lowercase name for exports (frab "acronym"). */
  acronym: string;
  /** IANA zone every schedule time is written in. */
  timezone: string;
  /** The start of the first day and the end of the last day, in `timezone`. */
  start: DateTime;
  end: DateTime;
  status: EventStatus;
  /** One sentence the organizers wrote about the status, shown on every page when not scheduled. */
  statusNote?: string;
  venue: Venue;
  rooms: Room[];
  tracks: Track[];
}

export interface Speaker {
  id: string;
  name: string;
  url?: string;
  bio?: string;
  photo?: string;
  /** Site-root-relative URL of the speaker's page: "/speakers/shuhsi-lin.html". */
  pageUrl: string;
}

export interface Talk {
  /** Stable id: the file's path under the content folder without extension ("talk/moving"). */
  id: string;
  /** The content file, relative to the current directory, for error messages. */
  file: string;
  title: string;
  type: TalkType;
  status: TalkStatus;
  speakers: Speaker[];
  start?: DateTime;
  end?: DateTime;
  room?: Room;
  track?: Track;
  level?: string;
  language?: string;
  slides?: string;
  video?: string;
  /** Site-root-relative URL of the talk's page: "/talk/moving.html". */
  url: string;
  /** Site-root-relative URL of its .ics file: "/talk/moving.ics". */
  icsUrl: string;
  /** Plain-text description (front matter or opening paragraph), "" when the page has no abstract. */
  description: string;
  /** When the page was last written (its `date`), used as DTSTAMP so exports stay byte-identical. */
  updated: DateTime;
  hasAbstract: boolean;
}

/** A program item that is not a talk page: registration, breaks, lunch, closing, social events. */
export interface Break {
  title: string;
  start: DateTime;
  end?: DateTime;
  /** Undefined: across all rooms. */
  room?: Room;
}

export interface Schedule {
  event: Event;
  speakers: Speaker[];
  /** Talks with a start, in start then room order; unscheduled talks are in `unscheduled`. */
  talks: Talk[];
  unscheduled: Talk[];
  breaks: Break[];
}
