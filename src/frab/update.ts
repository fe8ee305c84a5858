// The plan written into a content folder, new or imported before. The manifest (.frab-import.json) holds the hash of
// every file and data entry the importer wrote: what still matches is the importer's to update, anything else is the
// organizer's and is kept. A talk whose slot changed keeps the old one in `previous`; a talk the export no longer has
// is marked cancelled, never deleted; people, rooms and tracks stay, since cancelled talks still name them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DateTime, IANAZone } from "luxon";
import { FRAB_MANIFEST, type FrabManifest } from "../schema/manifest.ts";
import type { Plan, PlannedTalk } from "./plan.ts";
import { emptyManifest, entryHash, mergeEntries, readJsonObject, readManifest, sameJson, sha256, type Json } from "./record.ts";
import { localTime, previousSlots, type SlotValue } from "./slots.ts";
import type { ImportProblem } from "./source.ts";
import { frontMatter, markdownText, readFrontMatter, slugify, UniqueNames } from "./text.ts";

export interface UpdateSummary {
  /** Talk pages written new or changed. */
  written: number;
  unchanged: number;
  /** Talk pages marked cancelled because the export no longer has their event. */
  cancelled: string[];
  /** Files and data entries kept as the organizer wrote them. */
  kept: string[];
  speakers: number;
}

const VENUE_PLACEHOLDER = "Venue to be announced";
const PLACEHOLDER_URL = "https://example.org";
const ID = /^[a-z0-9][a-z0-9-]*$/;

export function updateContent(plan: Plan, outputDir: string, options: { source: string; date: DateTime }, warnings: ImportProblem[]): UpdateSummary {
  const warn = (file: string, message: string) => warnings.push({ file: join(outputDir, file), message });
  const old = readManifest(outputDir, warnings);
  if (!old && existsSync(outputDir) && readdirSync(outputDir).length > 0) {
    warnings.push({ file: outputDir, message: `holds files but no ${FRAB_MANIFEST} from an earlier import: every file already there is treated as the organizer's and kept` });
  }
  const manifest = old ?? emptyManifest(options.source, plan.zone);
  const dataFile = (name: string) => join(outputDir, "_data", name);
  const currentEvent = readJsonObject(dataFile("event.json"));
  const currentSpeakers = readJsonObject(dataFile("speakers.json"));
  const currentSite = readJsonObject(dataFile("site.json"));

  // Ids: what an earlier import gave stays; an organizer's own room or speaker of the same name is reused once; new
  // ones are made from the name, next to every id already there.
  const listOf = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is Json => !!item && typeof item === "object" && typeof (item as Json).id === "string") : []);
  const assign = (items: { key: string; name: string; wanted: string }[], known: Record<string, string>, existing: { id: string; name: unknown }[]) => {
    const mapped = new Set(Object.values(known));
    const taken = new UniqueNames([...existing.map((item) => item.id), ...mapped]);
    const byName = new Map<string, string>();
    for (const item of existing) if (!mapped.has(item.id) && typeof item.name === "string" && !byName.has(item.name)) byName.set(item.name, item.id);
    const ids = new Map<string, string>();
    for (const item of items) {
      const reused = byName.get(item.name);
      if (reused !== undefined && !known[item.key]) byName.delete(item.name);
      ids.set(item.key, known[item.key] ?? reused ?? taken.claim(item.wanted));
    }
    return ids;
  };
  const roomIds = assign(plan.rooms.map((r) => ({ key: r.name, name: r.name, wanted: r.slug ?? (slugify(r.name) || "room") })), manifest.rooms, listOf(currentEvent?.rooms).map((r) => ({ id: r.id as string, name: r.name })));
  const trackIds = assign(plan.tracks.map((t) => ({ key: t.name, name: t.name, wanted: t.slug ?? (slugify(t.name) || "track") })), manifest.tracks, listOf(currentEvent?.tracks).map((t) => ({ id: t.id as string, name: t.name })));
  const speakerIds = assign(
    plan.persons.map((p) => ({ key: p.key, name: p.name, wanted: slugify(p.name) || (p.number !== undefined ? `speaker-${p.number}` : "speaker") })),
    manifest.speakers,
    Object.entries(currentSpeakers ?? {}).map(([id, value]) => ({ id, name: (value as Json | null)?.name })),
  );

  // event.json
  const acronym = plan.acronym?.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 100);
  const eventNext = new Map<string, unknown>([
    ["name", plan.title],
    ...(acronym && ID.test(acronym) ? [["acronym", acronym] as [string, unknown]] : []),
    ["timezone", plan.zone],
    ["start", plan.firstDay],
    ["end", plan.lastDay],
    ...(plan.dayChange ? [["dayChange", plan.dayChange] as [string, unknown]] : []),
    ["venue", { name: VENUE_PLACEHOLDER }],
  ]);
  for (const room of plan.rooms) eventNext.set(`rooms.${roomIds.get(room.name)}`, { id: roomIds.get(room.name), name: room.name, ...(room.description ? { description: room.description } : {}), ...(room.capacity ? { capacity: room.capacity } : {}) });
  for (const track of plan.tracks) eventNext.set(`tracks.${trackIds.get(track.name)}`, { id: trackIds.get(track.name), name: track.name, ...(track.color ? { color: track.color } : {}) });
  const currentEventEntries = currentEvent ? new Map<string, unknown>() : undefined;
  for (const [key, value] of Object.entries(currentEvent ?? {})) {
    if (key === "rooms" || key === "tracks") for (const item of listOf(value)) currentEventEntries!.set(`${key}.${item.id}`, item);
    else currentEventEntries!.set(key, value);
  }
  // The zone talks' times are written in: the export's, unless the organizer set another in event.json.
  const keptZone = currentEventEntries?.get("timezone");
  const eventZoneKept = typeof keptZone === "string" && IANAZone.isValidZone(keptZone) && keptZone !== plan.zone && entryHash(keptZone) !== manifest.entries["_data/event.json"]?.timezone;
  const zone = eventZoneKept ? (keptZone as string) : plan.zone;
  if (plan.breaks.length > 0) {
    eventNext.set("breaks", plan.breaks.map((b) => ({ title: b.title, start: localTime(b.start, zone), end: localTime(b.start.plus({ minutes: b.minutes }), zone), room: roomIds.get(b.room) })));
  }
  const event = mergeEntries(currentEventEntries, manifest.entries["_data/event.json"] ?? {}, eventNext, (key) => key.startsWith("rooms.") || key.startsWith("tracks."));
  const eventValue: Json = {};
  const rooms: unknown[] = [];
  const tracks: unknown[] = [];
  for (const [key, value] of event.merged) {
    if (key.startsWith("rooms.")) rooms.push(value);
    else if (key.startsWith("tracks.")) tracks.push(value);
    else eventValue[key] = value;
  }
  const { breaks, ...head } = eventValue;
  const eventJson: Json = { ...head, rooms, tracks, ...(breaks !== undefined ? { breaks } : {}) };
  if (event.merged.get("venue") && sameJson(event.merged.get("venue"), { name: VENUE_PLACEHOLDER })) {
    warn("_data/event.json", `the export names no venue: "${VENUE_PLACEHOLDER}" is written as venue.name; set the venue there (later imports keep what you write)`);
  }

  // speakers.json: each person once; bios and links as the export has them.
  const speakersNext = new Map<string, unknown>(plan.persons.map((p) => [speakerIds.get(p.key)!, { name: p.name, ...(p.url ? { url: p.url } : {}), ...(p.bio ? { bio: p.bio } : {}) }]));
  const speakers = mergeEntries(currentSpeakers ? new Map(Object.entries(currentSpeakers)) : undefined, manifest.entries["_data/speakers.json"] ?? {}, speakersNext, () => true);

  // site.json
  if (!plan.url) warn("_data/site.json", `the export gives no conference URL: ${PLACEHOLDER_URL} is written; set the real one in _data/site.json or with SITE_URL`);
  const siteNext = new Map<string, unknown>([
    ["name", plan.title],
    ["url", plan.url ?? PLACEHOLDER_URL],
    ["language", plan.language],
    ["timezone", zone],
    ["nav", [{ title: "Talks", url: "/" }, { title: "Program", url: "/program.html" }, { title: "Speakers", url: "/speakers/" }]],
  ]);
  const site = mergeEntries(currentSite ? new Map(Object.entries(currentSite)) : undefined, manifest.entries["_data/site.json"] ?? {}, siteNext, () => false);
  const siteZoneValue = site.merged.get("timezone");
  const siteZone = typeof siteZoneValue === "string" && IANAZone.isValidZone(siteZoneValue) ? siteZoneValue : zone;
  const date = options.date.setZone(siteZone).toFormat("yyyy-MM-dd HH:mm");

  for (const [name, result] of [["_data/event.json", event], ["_data/speakers.json", speakers], ["_data/site.json", site]] as const) {
    if (result.kept.length > 0) warn(name, `kept as the organizer wrote ${result.kept.length === 1 ? "it" : "them"}, where the export says otherwise: ${result.kept.join(", ")}`);
  }

  // Talk pages: the path an earlier import gave, else one from the event's URL or its title, next to no other file.
  const paths = new UniqueNames(Object.values(manifest.talks));
  const pathOf = new Map<string, { path: string; permalink?: string }>();
  for (const talk of plan.talks) {
    const known = manifest.talks[talk.key];
    if (known) {
      pathOf.set(talk.key, { path: known, ...(talk.permalink ? { permalink: talk.permalink } : {}) });
      continue;
    }
    const fromUrl = talk.permalink?.replace(/(\.html|\/)$/, "");
    const stem = fromUrl ?? `talk/${slugify(talk.title) || slugify(talk.key) || "event"}`;
    let path = `${stem}.md`;
    for (let n = 2; paths.has(path) || existsSync(join(outputDir, path)); n++) path = `${stem}-${n}.md`;
    paths.take(path);
    // A page moved aside ("-2") cannot keep the URL: the file there has it.
    pathOf.set(talk.key, { path, ...(talk.permalink && path === `${stem}.md` ? { permalink: talk.permalink } : {}) });
  }

  const writes = new Map<string, string>();
  const files: Record<string, string> = { ...manifest.files };
  const kept: string[] = [...event.kept.map((k) => `_data/event.json ${k}`), ...speakers.kept.map((k) => `_data/speakers.json ${k}`), ...site.kept.map((k) => `_data/site.json ${k}`)];
  let written = 0;
  let unchanged = 0;
  /** The file's text when it is the importer's (or absent), or undefined when the organizer's: kept. */
  const ownFile = (path: string): { text?: string } | undefined => {
    const abs = join(outputDir, path);
    if (!existsSync(abs)) return {};
    const text = readFileSync(abs, "utf8");
    return manifest.files[path] === sha256(text) ? { text } : undefined;
  };
  const put = (path: string, text: string, before: string | undefined) => {
    files[path] = sha256(text);
    if (text === before) return false;
    writes.set(path, text);
    return true;
  };

  const render = (talk: PlannedTalk, permalink: string | undefined, pageDate: string, previous: SlotValue[]) => {
    const data: Json = {
      layout: "talk",
      title: talk.title,
      date: pageDate,
      ...(permalink ? { permalink } : {}),
      type: talk.type,
      ...(talk.cancelled ? { status: "cancelled" } : {}),
      start: localTime(talk.start, zone),
      duration: talk.minutes,
      room: roomIds.get(talk.room),
      ...(talk.track ? { track: trackIds.get(talk.track) } : {}),
      ...(talk.language ? { language: talk.language } : {}),
      speakers: talk.persons.map((key) => speakerIds.get(key)),
      ...(talk.slides ? { slides: talk.slides } : {}),
      ...(talk.video ? { video: talk.video } : {}),
      ...(previous.length ? { previous: previous.map((slot) => ({ start: localTime(slot.start, zone), end: localTime(slot.end, zone), room: slot.room })) } : {}),
    };
    return `${frontMatter(data)}\n${talk.body}`;
  };

  for (const talk of plan.talks) {
    const { path, permalink } = pathOf.get(talk.key)!;
    const mine = ownFile(path);
    if (!mine) {
      kept.push(path);
      warn(path, `kept as the organizer wrote it (it is not what the last import wrote), although ${talk.label} may have changed: delete the file to import the event again`);
      continue;
    }
    const before = mine.text === undefined ? undefined : readFrontMatter(mine.text)?.data;
    const now = { start: talk.start, end: talk.start.plus({ minutes: talk.minutes }), room: roomIds.get(talk.room)! };
    const previous = previousSlots(before, manifest.timezone, now);
    // A page the export did not change keeps its date; a changed one is dated by the export.
    const sameDate = typeof before?.date === "string" ? render(talk, permalink, before.date, previous) : undefined;
    const text = sameDate !== undefined && sameDate === mine.text ? sameDate : render(talk, permalink, date, previous);
    if (put(path, text, mine.text)) written++;
    else unchanged++;
  }

  // Events the export no longer has: cancelled, their pages kept.
  const cancelled: string[] = [];
  const planned = new Set(plan.talks.map((t) => t.key));
  for (const [key, path] of Object.entries(manifest.talks).sort(([, a], [, b]) => a.localeCompare(b))) {
    if (planned.has(key)) continue;
    const mine = ownFile(path);
    if (!mine) {
      kept.push(path);
      warn(path, "kept as the organizer wrote it; its event is no longer in the export (mark it cancelled if it will not take place)");
      continue;
    }
    if (mine.text === undefined) continue; // deleted by the organizer: not brought back
    const read = readFrontMatter(mine.text);
    if (!read || read.data.status === "cancelled") continue;
    const { layout, title, date: _date, permalink, type, status: _status, ...rest } = read.data;
    const data = { layout, title, date, ...(permalink !== undefined ? { permalink } : {}), ...(type !== undefined ? { type } : {}), status: "cancelled", ...rest };
    put(path, `${frontMatter(data)}${read.body}`, mine.text);
    cancelled.push(path);
  }

  const home = ownFile("index.md");
  if (home) put("index.md", `${frontMatter({ layout: "home", title: "Talks", permalink: "index.html" })}\nEvery talk of ${markdownText(plan.title)}, with its speakers and abstract.\n`, home.text);
  else kept.push("index.md");

  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const dataWrites: [string, Json, Json | undefined][] = [
    ["_data/event.json", eventJson, currentEvent],
    ["_data/speakers.json", Object.fromEntries(speakers.merged), currentSpeakers],
    ["_data/site.json", Object.fromEntries(site.merged), currentSite],
  ];
  for (const [path, value, before] of dataWrites) if (!before || !sameJson(value, before)) writes.set(path, json(value));

  const record = (known: Record<string, string>, ids: Map<string, string>) => sortKeys({ ...known, ...Object.fromEntries(ids) });
  const next: FrabManifest = {
    importer: "talk-pages frab import",
    source: options.source,
    ...(plan.version ? { version: plan.version } : {}),
    timezone: zone,
    files: sortKeys(files),
    entries: { "_data/event.json": sortKeys(event.hashes), "_data/site.json": sortKeys(site.hashes), "_data/speakers.json": sortKeys(speakers.hashes) },
    talks: record(manifest.talks, new Map([...pathOf].map(([key, { path }]) => [key, path]))),
    speakers: record(manifest.speakers, speakerIds),
    rooms: record(manifest.rooms, roomIds),
    tracks: record(manifest.tracks, trackIds),
  };
  writes.set(FRAB_MANIFEST, json(next));

  for (const [path, text] of writes) {
    const abs = join(outputDir, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return { written, unchanged, cancelled, kept, speakers: plan.persons.length };
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
