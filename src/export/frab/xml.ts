// schedule.xml in the frab / c3voc format, written from the frab model by hand: it keeps the element order, the
// escaping and the bytes under our control.
import { xmlAttr, xmlText } from "../xml.ts";
import { GENERATOR, type FrabSchedule } from "./model.ts";

/** schedule.xml for conference apps (https://c3voc.de/schedule/schema.xsd). */
export function frabScheduleXml(frab: FrabSchedule): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>"];
  const line = (depth: number, text: string) => out.push(`${"  ".repeat(depth)}${text}`);
  const element = (depth: number, name: string, value: string | number) => line(depth, `<${name}>${xmlText(String(value))}</${name}>`);
  /** `<name/>` when empty, else the items one level in. */
  const list = (depth: number, name: string, items: string[]) => {
    if (items.length === 0) return line(depth, `<${name}/>`);
    line(depth, `<${name}>`);
    for (const item of items) line(depth + 1, item);
    line(depth, `</${name}>`);
  };

  line(1, `<generator name="${xmlAttr(GENERATOR)}"/>`);
  element(1, "version", frab.version);
  line(1, "<conference>");
  element(2, "title", frab.title);
  element(2, "acronym", frab.acronym);
  element(2, "start", frab.start);
  element(2, "end", frab.end);
  element(2, "days", frab.daysCount);
  element(2, "timeslot_duration", frab.timeslotDuration);
  element(2, "base_url", frab.baseUrl);
  element(2, "url", frab.baseUrl);
  if (frab.timeZoneName) element(2, "time_zone_name", frab.timeZoneName);
  for (const track of frab.tracks) {
    const slug = track.slug ? ` slug="${xmlAttr(track.slug)}"` : "";
    const color = track.color ? ` color="${xmlAttr(track.color)}"` : "";
    line(2, `<track name="${xmlAttr(track.name)}"${color}${slug}>${xmlText(track.name)}</track>`);
  }
  line(1, "</conference>");

  for (const day of frab.days) {
    line(1, `<day index="${day.index}" date="${day.date}" start="${day.dayStart}" end="${day.dayEnd}">`);
    for (const { room, events } of day.rooms) {
      const open = `<room name="${xmlAttr(room.name)}" guid="${room.guid}"`;
      if (events.length === 0) {
        line(2, `${open}/>`);
        continue;
      }
      line(2, `${open}>`);
      for (const event of events) {
        line(3, `<event id="${event.id}" guid="${event.guid}">`);
        element(4, "room", event.room);
        element(4, "title", event.title);
        element(4, "type", event.type);
        element(4, "date", event.date);
        element(4, "start", event.start);
        element(4, "duration", event.duration);
        element(4, "abstract", event.abstract);
        element(4, "slug", event.slug);
        element(4, "track", event.track ?? "");
        list(4, "persons", event.persons.map((person) => `<person id="${person.id}" guid="${person.guid}">${xmlText(person.name)}</person>`));
        element(4, "language", event.language);
        list(4, "links", event.links.map((link) => `<link href="${xmlAttr(link.url)}" type="${link.type}">${xmlText(link.title)}</link>`));
        element(4, "url", event.url);
        line(3, "</event>");
      }
      line(2, "</room>");
    }
    line(1, "</day>");
  }
  out.push("</schedule>");
  return `${out.join("\n")}\n`;
}
