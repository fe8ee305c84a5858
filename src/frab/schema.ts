// The frab schedule as this importer reads it: the fields of the c3voc XSD and JSON schema that become content, in
// zod. What the content cannot do without (a title, a start with its offset, a duration, an id) is required; what it
// can (a type, a track, a language) is optional; fields the importer does not use are let through unread.
import { z, type ZodIssue } from "zod";
import type { Path } from "./source.ts";

/** A value read by `parse`, or refused with `expected`: one message whatever the wrong value was. */
function field<T>(expected: string, parse: (value: unknown) => T | undefined) {
  return z.unknown().transform((value, ctx): T => {
    const parsed = value === undefined ? undefined : parse(value);
    if (parsed === undefined) {
      ctx.addIssue({ code: "custom", message: expected });
      return z.NEVER;
    }
    return parsed;
  });
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$/;

const string = (value: unknown) => (typeof value === "string" ? value : undefined);
/** XML gives every number as text; JSON as a number. */
const wholeNumber = (value: unknown) => {
  const number = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  return number !== undefined && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
};
/** Text, or nothing for null and "" (frab writes empty elements, pretalx nulls). */
const optionalText = field("text", (value) => (value === null ? "" : string(value))).optional().transform((value) => (value ? value : undefined));

export const START_EXPECTED = 'the start as a date and time with its offset, such as "2020-12-14T09:00:00+01:00"';
export const DURATION_EXPECTED = 'a duration such as "00:30" or "01:30:00" (hours:minutes)';

const dateTime = (expected: string) => field(expected, (value) => (typeof value === "string" && DATE_TIME.test(value.trim()) ? value.trim() : undefined));

const link = z
  .object({ url: optionalText, type: optionalText, title: optionalText }, { invalid_type_error: "a link such as { \"url\": \"https://…\", \"title\": \"Slides\" }" })
  .passthrough();

const person = z
  .object(
    {
      id: field("a whole number", wholeNumber).optional(),
      guid: optionalText,
      code: optionalText,
      name: optionalText,
      public_name: optionalText,
      biography: optionalText,
      url: optionalText,
      links: z.array(link).optional(),
    },
    { invalid_type_error: 'a person such as { "name": "Ada Lovelace" }' },
  )
  .passthrough();

const event = z
  .object(
    {
      id: field("an id: a whole number", wholeNumber).optional(),
      guid: field("a guid (a UUID such as 8079583e-8321-506c-95af-fd2903a5f075)", (value) => (typeof value === "string" && UUID.test(value.trim()) ? value.trim().toLowerCase() : undefined)).optional(),
      code: optionalText,
      date: dateTime(START_EXPECTED),
      duration: field(DURATION_EXPECTED, (value) => (typeof value === "string" && /^\s*\d{1,4}:[0-5]\d(?::[0-5]\d)?\s*$/.test(value) ? value.trim() : undefined)),
      title: field("a title", (value) => (typeof value === "string" && value.trim() !== "" ? value : undefined)),
      subtitle: optionalText,
      abstract: optionalText,
      description: optionalText,
      track: optionalText,
      type: optionalText,
      language: optionalText,
      room: optionalText,
      slug: optionalText,
      url: optionalText,
      persons: z.array(person, { invalid_type_error: "a list of persons" }).default([]),
      links: z.array(link, { invalid_type_error: "a list of links" }).default([]),
      attachments: z.array(link, { invalid_type_error: "a list of attachments" }).default([]),
    },
    { invalid_type_error: "an event with its fields" },
  )
  .passthrough()
  .refine((value) => value.guid !== undefined || value.id !== undefined, { message: "an id or a guid, which tells this event from the others", path: ["guid"] });

const day = z
  .object(
    {
      index: field("a day number", wholeNumber).optional(),
      date: field('a day such as "2020-12-14"', (value) => (typeof value === "string" && DATE.test(value.trim()) ? value.trim() : undefined)).optional(),
      day_start: dateTime('the day\'s start with its offset, such as "2020-12-14T04:00:00+01:00"').optional(),
      day_end: dateTime('the day\'s end with its offset, such as "2020-12-15T03:59:00+01:00"').optional(),
      rooms: z.array(
        z.object({ name: field("the room's name", (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined)), guid: optionalText, events: z.array(event, { invalid_type_error: "a list of events" }).default([]) }).passthrough(),
        { invalid_type_error: "the day's rooms, each with its events" },
      ).default([]),
    },
    { invalid_type_error: "a day with its rooms" },
  )
  .passthrough()
  .refine((value) => value.date !== undefined || value.day_start !== undefined, { message: 'the day\'s date, such as "2020-12-14"', path: ["date"] });

const conference = z
  .object(
    {
      title: field("the conference's title", (value) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined)),
      acronym: optionalText,
      start: optionalText,
      end: optionalText,
      time_zone_name: optionalText,
      url: optionalText,
      base_url: optionalText,
      tracks: z.array(z.object({ name: optionalText, slug: optionalText, color: optionalText }).passthrough(), { invalid_type_error: "a list of tracks" }).default([]),
      rooms: z.array(z.object({ name: optionalText, slug: optionalText, description: z.unknown().optional(), capacity: z.unknown().optional() }).passthrough(), { invalid_type_error: "a list of rooms" }).default([]),
      days: z.array(day, { required_error: "the conference's days", invalid_type_error: "a list of days" }),
    },
    { required_error: "the conference: its title and days", invalid_type_error: "the conference: its title and days" },
  )
  .passthrough();

export const frabScheduleSchema = z.object({
  schedule: z.object({ version: optionalText, base_url: optionalText, url: optionalText, conference }).passthrough(),
});

export type FrabSchedule = z.output<typeof frabScheduleSchema>;
export type FrabDay = FrabSchedule["schedule"]["conference"]["days"][number];
export type FrabEvent = FrabDay["rooms"][number]["events"][number];
export type FrabPerson = FrabEvent["persons"][number];
export type FrabLink = FrabEvent["links"][number];

const TYPE_WORDS: Record<string, string> = { string: "text", number: "a number", array: "a list", object: "a set of fields", boolean: "true or false" };

/** What a zod issue says was expected, in the schema's own words where it has them. */
export function expectedOf(issue: ZodIssue): string {
  if (issue.code === "invalid_type") return issue.received === "undefined" && !/^Required$/.test(issue.message) ? issue.message : !/^(Expected|Required)/.test(issue.message) ? issue.message : (TYPE_WORDS[issue.expected] ?? issue.expected);
  return issue.message;
}

/** The part of a path inside an event ("persons[0].name"), and the event's own path, when it is inside one. */
export function splitEventPath(path: Path): { event?: Path; field: string } {
  const at = path.indexOf("events");
  const inEvent = at >= 0 && typeof path[at + 1] === "number";
  const rest = inEvent ? path.slice(at + 2) : path;
  const field = rest.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key), "");
  return inEvent ? { event: path.slice(0, at + 2), field } : { field };
}
