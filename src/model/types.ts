// The conference as the build sees it once content is checked. Fields organizers write are declared once, in the zod
// schemas under src/schema/; these types take them from there and add only what the model derives.
import type { DateTime } from "luxon";
import type { EventFile, Room, Track, Venue } from "../schema/event.ts";
import type { Layout, PageFrontMatter, TalkFrontMatter } from "../schema/frontMatter.ts";
import type { SpeakerFields } from "../schema/speakers.ts";
import type { Sources } from "../markdown/resources.ts";

export type { Room, Track, Venue };
/** One of TALK_TYPES, or a type the organizer wrote (an imported "panel"), shown as written. */
export type TalkType = TalkFrontMatter["type"];
export type TalkStatus = TalkFrontMatter["status"];
export type EventStatus = EventFile["status"];

export interface Event extends Omit<EventFile, "acronym" | "start" | "end" | "breaks"> {
  /** Short lowercase name for exports (frab "acronym"). */
  acronym: string;
  /** The start of the first day and the end of the last day, in `timezone` (at the day change, when there is one). */
  start: DateTime;
  end: DateTime;
}

export interface Speaker extends SpeakerFields {
  id: string;
  /** Site-root URL of the speaker's page: "/speakers/shuhsi-lin.html". */
  pageUrl: string;
  /** The photo file `photo` names, checked, with the sizes pages show it at (src/model/photos.ts). */
  picture?: SpeakerPhoto;
}

/** The sizes, in CSS pixels, at which pages show a speaker's photo: the speakers list, a talk's card, the speaker's
 * page. */
export type PhotoSize = "list" | "card" | "page";

/** A speaker's photo: its file and, for each size a page shows it at, the files at 1x and 2x. */
export interface SpeakerPhoto {
  /** Absolute path of the source file, inside the content folder. */
  source: string;
  /** sha256 of its bytes (hex): names its resized files and keys the image cache. */
  hash: string;
  /** An SVG is shown as it is (never rasterised: it could reference other files); others are resized to WebP. */
  svg: boolean;
  /** Where speakers.json names it, for messages about the file. */
  file: string;
  line?: number;
  sizes: Record<PhotoSize, { px: number; url1x: string; url2x: string }>;
}

/** What a talk's front matter says, less what the model turns into something else (ids into objects, times into a slot). */
type TalkFields = Omit<
  TalkFrontMatter,
  | "layout"
  | "date"
  | "permalink"
  | "speakers"
  | "start"
  | "end"
  | "duration"
  | "room"
  | "track"
  | "description"
  | "tags"
  | "previous"
>;

/** A slot the talk had before it moved: the front matter's `previous` entry, its room id made the room. */
export type PreviousSlot = Omit<NonNullable<TalkFrontMatter["previous"]>[number], "room"> & { room: Room };

export interface Talk extends TalkFields {
  /** Stable id: the file's path under the content folder without extension ("talk/moving"). */
  id: string;
  /** The content file, for messages. */
  file: string;
  speakers: Speaker[];
  start?: DateTime;
  end?: DateTime;
  room?: Room;
  track?: Track;
  /** The conference day it belongs to ("2020-03-21"), set with `start`: a talk at 01:30 after a day that runs past
   * midnight (the event's dayChange) belongs to the day before. */
  day?: string;
  /** Site-root URL of the talk's page: "/talk/moving.html". */
  url: string;
  /** Site-root URL of its .ics file: "/talk/moving.ics". */
  icsUrl: string;
  /** Site-root URL of its share image (og:image), unless site.json says `"shareImages": false`:
   * "/talk/moving.og.png". */
  shareImageUrl?: string;
  /** Plain-text description (front matter or opening paragraph), "" when the page has no abstract. */
  description: string;
  /** When the page was last written (its `date`), used as DTSTAMP so exports stay byte-identical. */
  updated: DateTime;
  hasAbstract: boolean;
  /** Its earlier slots, oldest first (front matter `previous`); empty for a talk that never moved. */
  previous: PreviousSlot[];
  /** Moved: it has earlier slots, or its status says so. */
  moved: boolean;
  /** It will not take place: its own status, or the whole event's, is cancelled. (`status` alone is the talk's own:
   * a talk cancelled on its own frees its room and is marked in lists; a cancelled event says so once, on top.) */
  cancelled: boolean;
}

/** What a talk's share image shows, in the site's language; src/images/ draws it. SVG photos are left out (never
 * rasterised). */
export interface ShareCard {
  /** Where it is written under the output folder: "talk/moving.og.png". */
  path: string;
  title: string;
  /** The talk's language when it differs from the site's. */
  lang?: string;
  /** "Talk", "Keynote", "Vortrag". */
  kind: string;
  /** "Cancelled" or "Moved", when it is. */
  status?: string;
  speakers: { name: string; photo?: Pick<SpeakerPhoto, "source" | "hash" | "file" | "line"> }[];
  /** "Saturday, March 21, 2020, 11:10–11:50". */
  when?: string;
  room?: string;
  conference: string;
  /** og:image:alt: everything the image says, in one line. */
  alt: string;
}

/** A program item that is not a talk page: registration, breaks, lunch, closing, social events. */
export interface Break {
  title: string;
  start: DateTime;
  end?: DateTime;
  /** Undefined: across all rooms. */
  room?: Room;
  /** The conference day it belongs to ("2020-03-21"). */
  day: string;
}

export interface Schedule {
  event: Event;
  /** Every speaker in speakers.json, in its order. */
  speakers: Speaker[];
  /** Talks with a start, in start then room order; unscheduled talks are in `unscheduled`. */
  talks: Talk[];
  unscheduled: Talk[];
  breaks: Break[];
}

/** A content file as the build publishes it: checked front matter and the body rendered once. */
export interface Page {
  /** Absolute path of the file. */
  path: string;
  /** Path for messages. */
  file: string;
  /** Path under the content folder, "/" separated: "talk/moving.md". */
  relativePath: string;
  layout: Layout;
  title: string;
  /** Site-root URL ("/talk/moving.html"), or undefined when the page is not written (`permalink: false`). */
  url?: string;
  /** When the page was written (front matter `date`), if it says. */
  date?: DateTime;
  /** The page's other front matter: an imported article's category and author, and what else it carries. */
  fields: Pick<PageFrontMatter, "kind" | "category" | "author" | "lang" | "translationKey"> & Record<string, unknown>;
  /** The body as HTML, with the site's path prefix on links written from the site root. */
  html: string;
  /** Front matter description, else the opening paragraph cut at a sentence ("" when there is none). */
  description: string;
  /** The talk this page is, for layout "talk". */
  talk?: Talk;
  /** What its body loads from where (src/markdown/resources.ts), for the site's Content-Security-Policy. */
  sources: Sources;
}
