// What a talk's or a page's front matter may say: zod schemas, one per layout.
import { z } from "zod";
import { DATE_EXPECTED, parseContentDate } from "../site/dates.ts";
import { contactUrl, id, languageTag, text, webUrl } from "./fields.ts";

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
  .refine((value) => /(\.[a-z0-9]+|\/)$/i.test(value), `${PERMALINK_EXPECTED}: ending in a file name with an extension, or in "/"`);

function contentDate(zone: string) {
  return z.unknown().refine((value) => parseContentDate(value, zone) !== undefined, DATE_EXPECTED);
}

const tags = z.union([z.string(), z.array(z.string())], { invalid_type_error: "a tag or a list of tags" });
const description = text.pipe(z.string().max(300, "a description of at most 300 characters"));
const title = z.string({ required_error: "a title", invalid_type_error: "a title" }).trim().min(1, "a non-empty title");

export function talkSchema(zone: string) {
  return z
    .object({
      layout: z.literal("talk"),
      title,
      date: contentDate(zone),
      permalink: permalink.optional(),
      speakers: z.array(z.string({ invalid_type_error: "a speaker id" }).min(1, "a speaker id"), { required_error: "a list of speaker ids from _data/speakers.json" }).min(1, "at least one speaker id from _data/speakers.json"),
      description: description.optional(),
      tags: tags.optional(),
      type: z.enum(["talk", "tutorial", "sprint", "keynote", "lightning"]).default("talk"),
      status: z.enum(["scheduled", "cancelled", "moved"]).default("scheduled"),
      start: z.string({ invalid_type_error: DATE_EXPECTED.replace("site's", "event's") }).optional(),
      end: z.string({ invalid_type_error: DATE_EXPECTED.replace("site's", "event's") }).optional(),
      duration: z.number({ invalid_type_error: "a duration in minutes" }).int("a whole number of minutes").positive("a duration in minutes").max(24 * 60, "a duration of at most a day (1440 minutes)").optional(),
      room: z.string({ invalid_type_error: "a room id from _data/event.json" }).optional(),
      track: z.string({ invalid_type_error: "a track id from _data/event.json" }).optional(),
      level: z.enum(["beginner", "intermediate", "advanced", "all"]).optional(),
      language: languageTag.optional(),
      slides: webUrl.optional(),
      video: webUrl.optional(),
    })
    .strict();
}

export type TalkFrontMatter = z.infer<ReturnType<typeof talkSchema>>;

/**
 * Fields a page may not set. Eleventy acts on its own keys (a computed permalink, writing outside the output folder,
 * another template engine, pagination); and a page's field would shadow the data the build gives every template, such
 * as the header's home link. Any key starting with "eleventy" is Eleventy's as well.
 */
export const RESERVED_FIELDS = new Set([
  // Eleventy's
  "permalinkBypassOutputDir", "templateEngineOverride", "dynamicPermalink", "pagination", "pkg", "collections", "content", "page",
  // The build's own data for templates (src/eleventy/): every name it registers, checked by tests/build/hostile.test.ts
  "site", "homeUrl", "schedule", "program", "speakerPages", "speaker", "talk", "facts", "talkSpeakers", "structuredData", "canonicalUrl",
]);

function isReserved(key: string): boolean {
  return RESERVED_FIELDS.has(key) || /^eleventy/i.test(key);
}

/** Pages keep any other field (an imported Pelican page carries its own metadata), except the reserved ones. */
export function pageSchema(zone: string) {
  return z
    .object({
      layout: z.enum(["page", "home", "articles"]).optional(),
      title,
      date: contentDate(zone).optional(),
      permalink: z.union([permalink, z.literal(false)]).optional(),
      description: description.optional(),
      tags: tags.optional(),
    })
    .passthrough()
    .superRefine((data, ctx) => {
      for (const key of Object.keys(data)) {
        if (isReserved(key)) ctx.addIssue({ code: "custom", path: [key], message: `no field named "${key}" (the build sets it; a page may not)` });
      }
    });
}

export const KNOWN_LAYOUTS = ["talk", "page", "home", "articles"] as const;

export const speakersSchema = z.record(
  id,
  z
    .object({
      name: z.string({ required_error: "the speaker's name", invalid_type_error: "the speaker's name" }).trim().min(1, "the speaker's name"),
      url: contactUrl.optional(),
      bio: z.string({ invalid_type_error: "the speaker's biography as text" }).optional(),
      // A file of the site's own ("/images/speakers/ada.jpg"): a photo from another host would be a third-party request.
      photo: z.string({ invalid_type_error: 'a path from the site root such as "/images/speakers/ada.jpg"' }).regex(/^\/[^/\\]/, 'a path from the site root such as "/images/speakers/ada.jpg"').optional(),
    }, { invalid_type_error: 'the speaker\'s fields, such as { "name": "Ada Lovelace" }' })
    .strict(),
  { invalid_type_error: 'speakers by id, such as { "ada": { "name": "Ada Lovelace" } }' },
);

export type Speakers = z.infer<typeof speakersSchema>;
