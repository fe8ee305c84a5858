// The frab schedule as this importer reads it: the fields of the c3voc XSD and JSON schema that become content, in
// zod. What the content cannot do without (a title, a start with its offset, a duration, an id) is required; what it
// can (a type, a track, a language) is optional; fields the importer does not use are left out.
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

// Spaces around a value are let through (XML text keeps them); the plan trims.
const DATE_TIME = /^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\s*$/;
const DATE = /^\s*\d{4}-\d{2}-\d{2}\s*$/;
const UUID = /^\s*[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\s*$/;

/** XML gives every number as text; JSON as a number. */
const wholeNumber = (value: unknown) => {
  const number = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  return number !== undefined && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
};
/** Text, or nothing: frab writes empty elements, pretalx nulls (the plan reads "" and null alike). */
const optionalText = z.string().nullish();

/** Text of a form, checked rather than transformed: zod checks are what a schedule of thousands of events costs. */
const formed = (expected: string, pattern: RegExp) => z.string({ required_error: expected, invalid_type_error: expected }).regex(pattern, expected);

export const START_EXPECTED = 'the start as a date and time with its offset, such as "2020-12-14T09:00:00+01:00"';
export const DURATION_EXPECTED = 'a duration such as "00:30" or "01:30:00" (hours:minutes)';

const dateTime = (expected: string) => formed(expected, DATE_TIME);

const link = z
  .object({ url: optionalText, type: optionalText, title: optionalText }, { invalid_type_error: "a link such as { \"url\": \"https://…\", \"title\": \"Slides\" }" })
  ;

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
  ;

const event = z
  .object(
    {
      id: field("an id: a whole number", wholeNumber).optional(),
      guid: formed("a guid (a UUID such as 8079583e-8321-506c-95af-fd2903a5f075)", UUID).optional(),
      code: optionalText,
      date: dateTime(START_EXPECTED),
      duration: formed(DURATION_EXPECTED, /^\s*\d{1,4}:[0-5]\d(?::[0-5]\d)?\s*$/),
      title: formed("a title", /\S/),
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
  
  .refine((value) => value.guid !== undefined || value.id !== undefined, { message: "an id or a guid, which tells this event from the others", path: ["guid"] });

const day = z
  .object(
    {
      index: field("a day number", wholeNumber).optional(),
      date: formed('a day such as "2020-12-14"', DATE).optional(),
      day_start: dateTime('the day\'s start with its offset, such as "2020-12-14T04:00:00+01:00"').optional(),
      day_end: dateTime('the day\'s end with its offset, such as "2020-12-15T03:59:00+01:00"').optional(),
      rooms: z.array(
        z.object({ name: formed("the room's name", /\S/), guid: optionalText, events: z.array(event, { invalid_type_error: "a list of events" }).default([]) }),
        { invalid_type_error: "the day's rooms, each with its events" },
      ).default([]),
    },
    { invalid_type_error: "a day with its rooms" },
  )
  
  .refine((value) => value.date !== undefined || value.day_start !== undefined, { message: 'the day\'s date, such as "2020-12-14"', path: ["date"] });

const conference = z
  .object(
    {
      title: formed("the conference's title", /\S/),
      acronym: optionalText,
      start: optionalText,
      end: optionalText,
      time_zone_name: optionalText,
      url: optionalText,
      base_url: optionalText,
      tracks: z.array(z.object({ name: optionalText, slug: optionalText, color: optionalText }), { invalid_type_error: "a list of tracks" }).default([]),
      rooms: z.array(z.object({ name: optionalText, slug: optionalText, description: z.unknown().optional(), capacity: z.unknown().optional() }), { invalid_type_error: "a list of rooms" }).default([]),
      days: z.array(day, { required_error: "the conference's days", invalid_type_error: "a list of days" }),
    },
    { required_error: "the conference: its title and days", invalid_type_error: "the conference: its title and days" },
  )
  ;

export const frabScheduleSchema = z.object({
  schedule: z.object({ version: optionalText, base_url: optionalText, url: optionalText, conference }),
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
