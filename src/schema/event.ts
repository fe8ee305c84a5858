// What content/_data/event.json may say: the conference's dates, zone, venue, rooms, tracks and breaks.
import { DateTime } from "luxon";
import { z } from "zod";
import { ianaZone, id, text, webUrl } from "./fields.ts";

const DAY = 'a day such as "2020-03-21"';
const day = z.string({ required_error: DAY, invalid_type_error: DAY }).refine((value) => DateTime.fromFormat(value, "yyyy-MM-dd").isValid, DAY);
const TIME = 'a time such as "2020-03-21 10:00" (in the event\'s time zone)';
const DAY_CHANGE = 'a time of day such as "04:00", when one conference day ends and the next begins';

export const EVENT_STATUSES = ["scheduled", "cancelled", "postponed", "moved-online"] as const;

export const venueSchema = z
  .object({ name: z.string({ required_error: "the venue's name" }).trim().min(1, "the venue's name"), address: z.string().optional(), url: webUrl.optional() }, { required_error: 'the venue, such as { "name": "Academia Sinica" }' })
  .strict();

export const roomSchema = z
  .object({ id, name: z.string({ required_error: "the room's name" }).trim().min(1, "the room's name"), description: z.string().optional(), capacity: z.number().int("a whole number of seats").positive("a number of seats").optional() })
  .strict();

export const trackSchema = z.object({ id, name: z.string({ required_error: "the track's name" }).trim().min(1, "the track's name"), color: z.string().optional() }).strict();

export const breakSchema = z
  .object({ title: z.string({ required_error: "the break's title" }).trim().min(1, "the break's title"), start: z.string({ required_error: TIME }), end: z.string({ invalid_type_error: TIME }).optional(), room: id.optional() })
  .strict();

export const eventFileSchema = z
  .object(
    {
      name: z.string({ required_error: "the conference's name" }).trim().min(1, "the conference's name"),
      acronym: id.optional(),
      timezone: z.string({ required_error: "the IANA time zone every schedule time is written in" }).pipe(ianaZone),
      start: day,
      end: day,
      // A program that runs past midnight: with "04:00", a talk at 01:30 belongs to the day before (frab's day_change).
      dayChange: z.string({ invalid_type_error: DAY_CHANGE }).regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, DAY_CHANGE).optional(),
      status: z.enum(EVENT_STATUSES).default("scheduled"),
      statusNote: text.optional(),
      venue: venueSchema,
      rooms: z.array(roomSchema, { required_error: 'the rooms, such as [{ "id": "r101", "name": "Room 101" }]' }).min(1, "at least one room"),
      tracks: z.array(trackSchema).default([]),
      breaks: z.array(breakSchema).default([]),
    },
    { invalid_type_error: "the event's fields, such as { \"name\": …, \"timezone\": …, \"rooms\": […] }" },
  )
  .strict();

export type EventFile = z.output<typeof eventFileSchema>;
export type Room = z.output<typeof roomSchema>;
export type Track = z.output<typeof trackSchema>;
export type Venue = z.output<typeof venueSchema>;
