// What a talk's or a page's front matter may say: zod schemas, one per layout.
import { z } from "zod";
import { DATE_EXPECTED, parseContentDate } from "../site/dates.ts";

const permalink = z
  .string()
  .min(1)
  .refine((value) => !value.split("/").includes(".."), "a path inside the site (no \"..\")")
  .refine((value) => /(\.[a-z0-9]+|\/)$/i.test(value), "a path ending in a file name such as \"talk/moving.html\" or in \"/\"");

function contentDate(zone: string) {
  return z.union([z.string(), z.date()]).refine((value) => parseContentDate(value, zone) !== undefined, DATE_EXPECTED);
}

const tags = z.union([z.string(), z.array(z.string())]);

export function talkSchema(zone: string) {
  return z
    .object({
      layout: z.literal("talk"),
      title: z.string().trim().min(1, "a non-empty title"),
      date: contentDate(zone),
      permalink: permalink.optional(),
      speakers: z.array(z.string().min(1)).min(1, "at least one speaker id from _data/speakers.json"),
      description: z.string().trim().min(1).max(300, "a description of at most 300 characters").optional(),
      tags: tags.optional(),
      type: z.enum(["talk", "tutorial", "sprint", "keynote", "lightning"]).default("talk"),
      status: z.enum(["scheduled", "cancelled", "moved"]).default("scheduled"),
      start: z.string().optional(),
      end: z.string().optional(),
      duration: z.number().int().positive("a duration in minutes").max(24 * 60).optional(),
      room: z.string().optional(),
      track: z.string().optional(),
      level: z.enum(["beginner", "intermediate", "advanced", "all"]).optional(),
      language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "en" or "zh-TW"').optional(),
      slides: z.string().url().optional(),
      video: z.string().url().optional(),
    })
    .strict();
}

export type TalkFrontMatter = z.infer<ReturnType<typeof talkSchema>>;

/** Pages keep any other field (an imported Pelican page carries its own metadata). */
export function pageSchema(zone: string) {
  return z
    .object({
      layout: z.enum(["page", "home", "articles"]).optional(),
      title: z.string().trim().min(1, "a non-empty title"),
      date: contentDate(zone).optional(),
      permalink: z.union([permalink, z.literal(false)]).optional(),
      description: z.string().trim().min(1).max(300, "a description of at most 300 characters").optional(),
      tags: tags.optional(),
    })
    .passthrough();
}

export const KNOWN_LAYOUTS = ["talk", "page", "home", "articles"] as const;

export const speakersSchema = z.record(
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id of lowercase letters, digits and hyphens"),
  z
    .object({
      name: z.string().trim().min(1, "the speaker's name"),
      url: z.string().url().optional(),
      bio: z.string().optional(),
      // A file of the site's own ("/images/speakers/ada.jpg"): a photo from another host would be a third-party request.
      photo: z.string().regex(/^\/[^/]/, 'a path from the site root such as "/images/speakers/ada.jpg"').optional(),
    })
    .strict(),
);

export type Speakers = z.infer<typeof speakersSchema>;
