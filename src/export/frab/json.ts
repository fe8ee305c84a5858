// schedule.json in the frab / c3voc format, written from the frab model.
import { GENERATOR, type FrabEvent, type FrabSchedule } from "./model.ts";

const JSON_SCHEMA_URL = "https://c3voc.de/schedule/schema.json";

/** schedule.json for conference apps (https://c3voc.de/schedule/schema.json). */
export function frabScheduleJson(frab: FrabSchedule): string {
  const document = {
    $schema: JSON_SCHEMA_URL,
    generator: { name: GENERATOR },
    schedule: {
      version: frab.version,
      base_url: frab.baseUrl,
      conference: {
        acronym: frab.acronym,
        title: frab.title,
        ...(frab.description ? { description: frab.description } : {}),
        start: frab.start,
        end: frab.end,
        daysCount: frab.daysCount,
        timeslot_duration: frab.timeslotDuration,
        ...(frab.timeZoneName ? { time_zone_name: frab.timeZoneName } : {}),
        url: frab.baseUrl,
        tracks: frab.tracks,
        rooms: frab.rooms.map((room) => ({
          name: room.name,
          ...(room.slug ? { slug: room.slug } : {}),
          guid: room.guid,
          ...(room.description ? { description: room.description } : {}),
          ...(room.capacity !== undefined ? { capacity: room.capacity } : {}),
        })),
        days: frab.days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.dayStart,
          day_end: day.dayEnd,
          rooms: Object.fromEntries(day.rooms.map(({ room, events }) => [room.name, events.map(jsonEvent)])),
        })),
      },
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function jsonEvent(event: FrabEvent): Record<string, unknown> {
  return {
    id: event.id,
    guid: event.guid,
    date: event.date,
    start: event.start,
    ...(event.end ? { end: event.end } : {}),
    duration: event.duration,
    room: event.room,
    slug: event.slug,
    url: event.url,
    title: event.title,
    subtitle: null,
    track: event.track,
    type: event.type,
    language: event.language,
    abstract: event.abstract,
    description: null,
    persons: event.persons.map((person) => ({
      id: person.id,
      guid: person.guid,
      name: person.name,
      url: person.url,
      ...(person.biography ? { biography: person.biography } : {}),
    })),
    links: event.links.map((link) => ({ type: link.type, url: link.url, title: link.title })),
  };
}
