// What a talk's or a page's front matter may say: zod schemas, one per layout; dates come out as Luxon DateTimes.
import type { DateTime } from "luxon";
import { z } from "zod";
import { DATE_EXPECTED, EVENT_TIME_EXPECTED, parseContentDate, skippedTimeReason } from "./dates.ts";
import { languageTag, text, webUrl } from "./fields.ts";

const PERMALINK_EXPECTED = 'a path inside the site such as "talk/moving.html" or "talk/moving/"';

/**
 * Where a page is written. The build joins it to the output folder, so it must stay inside; and it becomes a link, so
 * characters that end or change a URL's path (`?`, `#`, `%`, `\`) have no place in it. Template tags are refused too:
 * Eleventy would render them.
 */
const permalink = z
  .string({ invalid_type_error: `${PERMALINK_EXPECTED}, or false for no page` })
  .min(1, PERMALINK_EXPECTED)
  .refine((value) => !value.split(/[/\\]/).includes(".."), `${PERMALINK_EXPECTED} (no "..")`)
  .refine((value) => !/[?#%\\:*"<>|\u0000-\u001f\u007f]|\{\{|\{%/.test(value), `${PERMALINK_EXPECTED}, without ? # % \\ : * " < > | or template tags`)
  .refine((value) => /(\.[a-z0-9]+|\/)$/i.test(value), `${PERMALINK_EXPECTED}: ending in a file name with an extension, or in "/"`)
  // A hidden file (.htaccess) or a server's own (web.config) would configure the web server, not be a page.
  .refine((value) => !value.split("/").some((segment) => segment.startsWith(".") && segment !== "." && segment !== "..") && !/(^|\/)web\.config$/i.test(value), `${PERMALINK_EXPECTED}: no hidden files (".htaccess") or server settings ("web.config")`)
  .refine((value) => value.length <= 1000 && value.split("/").every((segment) => Buffer.byteLength(segment) <= 200), `${PERMALINK_EXPECTED}: names of at most 200 bytes, 1000 characters in all`);

/** A date as organizers write it, read in `zone`: the schema hands out a DateTime, so nothing parses it again. */
function date(zone: string, expected: string) {
  return z.unknown().transform((value, ctx): DateTime => {
    const parsed = parseContentDate(value, zone);
    if (!parsed) {
      ctx.addIssue({ code: "custom", message: skippedTimeReason(value, zone) ?? expected });
      return z.NEVER;
    }
    return parsed;
  });
}

const tags = z.union([z.string(), z.array(z.string())], { invalid_type_error: "a tag or a list of tags" });
const description = text.pipe(z.string().max(300, "a description of at most 300 characters"));
const title = z.string({ required_error: "a title", invalid_type_error: "a title" }).trim().min(1, "a non-empty title");

/** The types pages have words for; any other type (an imported "panel") is kept and shown as written. */
export const TALK_TYPES = ["talk", "tutorial", "sprint", "keynote", "lightning"] as const;
const TYPE_EXPECTED = `a type (${TALK_TYPES.join(", ")}, or another word of at most 60 characters)`;
const talkType = z
  .string({ invalid_type_error: TYPE_EXPECTED })
  .trim()
  .min(1, TYPE_EXPECTED)
  .max(60, TYPE_EXPECTED)
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), TYPE_EXPECTED);
export const TALK_STATUSES = ["scheduled", "cancelled", "moved"] as const;
export const LEVELS = ["beginner", "intermediate", "advanced", "all"] as const;

/** A talk's front matter; `zones.event` reads its times (the site's zone when there is no event). */
export function talkSchema(zones: { site: string; event?: string }) {
  const time = date(zones.event ?? zones.site, EVENT_TIME_EXPECTED);
  // A slot the talk had before it moved (written by the frab importer); the model checks the room and the order.
  const previousSlot = z
    .object(
      {
        start: time,
        end: time,
        room: z.string({ required_error: "a room id from _data/event.json", invalid_type_error: "a room id from _data/event.json" }),
      },
      { invalid_type_error: 'an earlier slot such as { start: "2020-03-21 10:00", end: "2020-03-21 10:40", room: "r203" }' },
    )
    .strict();
  return z
    .object({
      layout: z.literal("talk"),
      title,
      date: date(zones.site, DATE_EXPECTED),
      permalink: permalink.optional(),
      speakers: z.array(z.string({ invalid_type_error: "a speaker id" }).min(1, "a speaker id"), { required_error: "a list of speaker ids from _data/speakers.json" }).min(1, "at least one speaker id from _data/speakers.json"),
      description: description.optional(),
      tags: tags.optional(),
      type: talkType.default("talk"),
      status: z.enum(TALK_STATUSES).default("scheduled"),
      start: time.optional(),
      end: time.optional(),
      duration: z.number({ invalid_type_error: "a duration in minutes" }).int("a whole number of minutes").positive("a duration in minutes").max(24 * 60, "a duration of at most a day (1440 minutes)").optional(),
      room: z.string({ invalid_type_error: "a room id from _data/event.json" }).optional(),
      track: z.string({ invalid_type_error: "a track id from _data/event.json" }).optional(),
      level: z.enum(LEVELS).optional(),
      language: languageTag.optional(),
      slides: webUrl.optional(),
      video: webUrl.optional(),
      previous: z.array(previousSlot).optional(),
    })
    .strict();
}

export type TalkFrontMatter = z.output<ReturnType<typeof talkSchema>>;

/**
 * Fields a page may not set. Eleventy acts on its own keys (a computed permalink, writing outside the output folder,
 * another template engine, pagination); and a page's field would shadow the data the build gives every template, such
 * as the header's home link. Any key starting with "eleventy" is Eleventy's as well.
 */
export const RESERVED_FIELDS = new Set([
  // Eleventy's
  "permalinkBypassOutputDir", "templateEngineOverride", "dynamicPermalink", "pagination", "pkg", "collections", "content", "page",
  // The build's own data for templates (src/eleventy/): every name it registers, checked by tests/build/hostile.test.ts
  "site", "doc", "conference", "render",
  // JavaScript's own: merged into an object, they would change its prototype rather than set a field
  "__proto__", "constructor", "prototype",
]);

function isReserved(key: string): boolean {
  return RESERVED_FIELDS.has(key) || /^eleventy/i.test(key);
}

/** The reserved fields among front matter's own keys: read before zod copies them ("__proto__" would not survive the copy). */
export function reservedFieldsOf(data: Record<string, unknown>): string[] {
  return Object.keys(data).filter(isReserved);
}

/** Pages keep any other field (an imported Pelican page carries its own metadata), except the reserved ones (reservedFieldsOf). */
export function pageSchema(zone: string) {
  return z
    .object({
      layout: z.enum(["page", "home", "articles"]).optional(),
      title,
      date: date(zone, DATE_EXPECTED).optional(),
      permalink: z.union([permalink, z.literal(false)]).optional(),
      description: description.optional(),
      tags: tags.optional(),
      // An imported Pelican article: listed on the articles page, with its date, category and author.
      kind: z.literal("article", { invalid_type_error: '"article", or no kind' }).optional(),
      category: z.string({ invalid_type_error: "a category name" }).optional(),
      author: z.string({ invalid_type_error: "an author's name" }).optional(),
      // The page's language when it is not the site's; pages sharing a translationKey are translations of each other.
      lang: languageTag.optional(),
      translationKey: z.string({ invalid_type_error: "a name the page's translations share" }).trim().min(1, "a name the page's translations share").optional(),
    })
    .passthrough();
}

export type PageFrontMatter = z.output<ReturnType<typeof pageSchema>>;

export const KNOWN_LAYOUTS = ["talk", "page", "home", "articles"] as const;
export type Layout = (typeof KNOWN_LAYOUTS)[number];
