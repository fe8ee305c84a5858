// What content/_data/event.json may say: the conference's dates, zone, venue, rooms, tracks and breaks.
import { DateTime, IANAZone } from "luxon";
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id of lowercase letters, digits and hyphens");
const day = z.string().refine((value) => DateTime.fromFormat(value, "yyyy-MM-dd").isValid, 'a day such as "2020-03-21"');

export const eventFileSchema = z
  .object({
    name: z.string().trim().min(1),
    acronym: id.optional(),
    timezone: z
      .string({ required_error: "the IANA time zone every schedule time is written in" })
      .refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone such as "Asia/Taipei"'),
    start: day,
    end: day,
    status: z.enum(["scheduled", "cancelled", "postponed", "moved-online"]).default("scheduled"),
    statusNote: z.string().trim().min(1).optional(),
    venue: z.object({ name: z.string().trim().min(1), address: z.string().optional(), url: z.string().url().optional() }).strict(),
    rooms: z
      .array(z.object({ id, name: z.string().trim().min(1), description: z.string().optional(), capacity: z.number().int().positive().optional() }).strict())
      .min(1, "at least one room"),
    tracks: z.array(z.object({ id, name: z.string().trim().min(1), color: z.string().optional() }).strict()).default([]),
    breaks: z
      .array(z.object({ title: z.string().trim().min(1), start: z.string(), end: z.string().optional(), room: id.optional() }).strict())
      .default([]),
  })
  .strict();

export type EventFile = z.infer<typeof eventFileSchema>;
