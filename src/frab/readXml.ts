// schedule.xml (the c3voc XSD) read with saxes into the shape schedule.json has, with the line of each element. No DTD
// is read and no entity but XML's own expands, so the file cannot pull in other files or blow up in memory.
import { SaxesParser } from "saxes";
import { FrabImportError, Lines, NOT_FRAB, type FrabSource, type Path } from "./source.ts";

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
  line: number;
}

function parseTree(text: string, file: string): Element {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: Element = { name: "", attributes: {}, children: [], text: "", line: 1 };
  const stack: Element[] = [root];
  let failure: { line: number; message: string } | undefined;
  parser.on("error", (error) => {
    failure ??= { line: parser.line, message: error.message.replace(/^(?:.*?:)?\d+:\d+: /, "") };
  });
  parser.on("doctype", (doctype) => {
    if (doctype.includes("[")) failure ??= { line: parser.line, message: "a DOCTYPE with its own declarations" };
  });
  parser.on("opentag", (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: "", line: parser.line };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (chunk: string) => {
    stack.at(-1)!.text += chunk;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  try {
    parser.write(text.replace(/^\uFEFF/, "")).close();
  } catch {
    // The error handler has kept the first problem.
  }
  if (failure) throw new FrabImportError([{ file, line: failure.line, message: `expected well-formed XML, found ${failure.message}` }]);
  const top = root.children[0];
  if (!top) throw new FrabImportError([{ file, message: `expected ${NOT_FRAB}, found no element` }]);
  return top;
}

const children = (element: Element, name: string) => element.children.filter((child) => child.name === name);
const child = (element: Element, name: string) => element.children.find((c) => c.name === name);

/** schedule.xml as schedule.json's shape: elements' text and attributes under schedule.json's names. */
export function readFrabXml(text: string, file: string): FrabSource {
  const schedule = parseTree(text, file);
  if (schedule.name !== "schedule") throw new FrabImportError([{ file, line: schedule.line, message: `expected ${NOT_FRAB}, found <${schedule.name}>` }]);
  const lines = new Lines();
  /** The text of each named child element present, as a field, with its line. */
  const fields = (element: Element, names: readonly string[], path: Path, into: Record<string, unknown> = {}) => {
    for (const name of names) {
      const found = child(element, name);
      if (!found) continue;
      into[name] = found.text;
      lines.set([...path, name], found.line);
    }
    return into;
  };
  lines.set(["schedule"], schedule.line);
  const value: Record<string, unknown> = fields(schedule, ["version", "url"], ["schedule"]);
  const conference = child(schedule, "conference");
  if (conference) {
    const path = ["schedule", "conference"];
    lines.set(path, conference.line);
    const out = fields(conference, ["title", "acronym", "start", "end", "timeslot_duration", "base_url", "url", "time_zone_name"], path);
    const days = child(conference, "days");
    if (days) {
      out.daysCount = days.text;
      lines.set([...path, "daysCount"], days.line);
    }
    out.tracks = children(conference, "track").map((track, index) => {
      lines.set([...path, "tracks", index], track.line);
      return { name: track.attributes.name ?? track.text, ...pick(track.attributes, ["color", "slug"]) };
    });
    value.conference = out;
  }
  const dayPath = ["schedule", "conference", "days"];
  const dayList = children(schedule, "day").map((day, d) => {
    lines.set([...dayPath, d], day.line);
    const rooms = children(day, "room").map((room, r) => {
      const roomPath = [...dayPath, d, "rooms", r];
      lines.set(roomPath, room.line);
      const events = children(room, "event").map((event, e) => readEvent(event, [...roomPath, "events", e], lines, fields));
      return { ...pick(room.attributes, ["name", "guid"]), events };
    });
    return { ...renamed(day.attributes, { index: "index", date: "date", start: "day_start", end: "day_end" }), rooms };
  });
  // A schedule.xml keeps its days beside the conference; schedule.json, inside it.
  if (value.conference || dayList.length > 0) value.conference = { ...(value.conference as object | undefined), days: dayList };
  return { format: "xml", file, value: { schedule: value }, lineOf: (path) => lines.lineOf(path) };
}

function readEvent(event: Element, path: Path, lines: Lines, fields: (element: Element, names: readonly string[], path: Path, into?: Record<string, unknown>) => Record<string, unknown>): Record<string, unknown> {
  lines.set(path, event.line);
  const out: Record<string, unknown> = pick(event.attributes, ["id", "guid", "code"]);
  fields(event, ["room", "title", "subtitle", "type", "date", "start", "duration", "abstract", "slug", "track", "language", "description", "url"], path, out);
  const persons = child(event, "persons");
  if (persons) {
    out.persons = children(persons, "person").map((person, p) => {
      lines.set([...path, "persons", p], person.line);
      return { ...pick(person.attributes, ["id", "guid"]), name: person.text };
    });
  }
  for (const list of ["links", "attachments"] as const) {
    const found = child(event, list);
    if (!found) continue;
    out[list] = children(found, list === "links" ? "link" : "attachment").map((link, l) => {
      lines.set([...path, list, l], link.line);
      return { ...renamed(link.attributes, { href: "url", type: "type" }), title: link.text };
    });
  }
  return out;
}

function pick(attributes: Record<string, string>, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) if (Object.hasOwn(attributes, name)) out[name] = attributes[name]!;
  return out;
}

function renamed(attributes: Record<string, string>, names: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [from, to] of Object.entries(names)) if (Object.hasOwn(attributes, from)) out[to] = attributes[from]!;
  return out;
}
