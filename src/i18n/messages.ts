// Every word of the interface, in one catalogue per language chosen by site.json's `language`: the model builds its
// sentences from these, and templates print `site.text` for the fixed ones. Dates, weekdays, months, lists and
// language names come from Intl through Luxon in the same language.
import type { LEVELS } from "../schema/frontMatter.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { fr } from "./fr.ts";
import { zhTW } from "./zh-TW.ts";

/** The fixed words templates print as they are. */
export interface UiText {
  skipToContent: string;
  siteNav: string;
  when: string;
  where: string;
  level: string;
  language: string;
  material: string;
  slides: string;
  video: string;
  addToCalendar: string;
  icsFile: string;
  sameTime: string;
  fullProgram: string;
  allSpeakers: string;
  published: string;
  cancelled: string;
  moved: string;
  addProgramToCalendar: string;
  notScheduled: string;
  forApps: string;
  speaker: string;
  noBio: string;
  notFound: string;
  homePage: string;
  program: string;
  yourTime: string;
  keynote: string;
  talks: string;
  timeAxis: string;
}

export interface Messages {
  /** The BCP 47 tag the catalogue is written in. */
  tag: string;
  text: UiText;
  /** Our talk types by name; a type an import brought in is shown as written. */
  types: Record<"talk" | "tutorial" | "sprint" | "keynote" | "lightning", string>;
  levels: Record<(typeof LEVELS)[number], string>;
  speakerHeading(count: number): string;
  /** The heading over a talk's speaker cards. */
  aboutSpeakers(count: number): string;
  /** A speaker photo's alt text. */
  photoOf(name: string): string;
  talksHeading(count: number): string;
  programTitle: string;
  speakersTitle: string;
  talksTitle: string;
  notFoundTitle: string;
  notFoundDescription: string;
  breakLabel: string;
  /** "Taipei time, UTC+08:00": the zone in words a reader knows, with its offset at that instant. */
  zone(zone: string, locale: string, at: Date, offset: string): string;
  cancelledNotice: string;
  movedNotice: string;
  /** "Moved from Room 203, Saturday, March 21, 2020, 10:00" (without a room when the earlier slot names none). */
  movedFrom(place: string | undefined, when: string): string;
  eventCancelled: string;
  noAbstract: string;
  /** The share line's label, with the talk's type ("talk", "Vortrag") as it reads in a sentence. */
  shareThis(type: string): string;
  before(room: string): string;
  after(room: string): string;
  /** The link to the program's row when a talk page does not list every talk at its time. */
  allAtThisTime(count: number, someListed: boolean): string;
  /** The program's opening line: "SciWork 2020 at Science Building 2, Hsinchu." */
  programIntro(event: string, venue: string): string;
  /** A talk's title in the frab schedule when it is cancelled, so an app user never walks to it. */
  cancelledTitle(title: string): string;
  /** A heading's permalink, as screen readers name it. */
  permalinkTo(title: string): string;
  /** The evening's day of a talk after midnight: "Saturday, March 21, 2020 (after midnight)". */
  afterMidnight(day: string): string;
  /** A time with no end: "from 18:00". */
  from(time: string): string;
  /** A day and a time range in one label: "Saturday, 11:10–11:50". (Lists of names come from Intl.ListFormat.) */
  dayTime(day: string, time: string): string;
}

const CATALOGUES: Messages[] = [en, de, fr, zhTW];

/** How a language tag is matched to a catalogue: exactly, then by script or region, then by its first subtag. */
function candidates(tag: string): string[] {
  const lower = tag.toLowerCase();
  const parts = lower.split("-");
  const out = [lower];
  // Traditional Chinese is written in Taiwan, Hong Kong and Macao: "zh-Hant", "zh-HK" and "zh-MO" read zh-TW.
  if (parts[0] === "zh" && (parts.includes("hant") || parts.includes("hk") || parts.includes("mo") || parts.includes("tw"))) out.push("zh-tw");
  else if (parts[0] !== "zh") out.push(parts[0]!);
  return out;
}

/** The catalogue for a site's language, and whether it had to fall back to English. */
export function messagesFor(language: string): { messages: Messages; fallback: boolean } {
  for (const candidate of candidates(language)) {
    const found = CATALOGUES.find((catalogue) => catalogue.tag.toLowerCase() === candidate);
    if (found) return { messages: found, fallback: false };
  }
  return { messages: en, fallback: true };
}

/** The languages with a catalogue, for messages. */
export const CATALOGUE_LANGUAGES = CATALOGUES.map((catalogue) => catalogue.tag);
