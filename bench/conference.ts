// A generated conference of N talks for the scale benchmark: rooms, days of slots, speakers, tracks and levels, with
// bodies taken from the seed talk, so the build does all the work a real FOSDEM-sized program asks of it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOMS = 36;
const SLOTS_PER_DAY = 16;
const TRACKS = 12;
const LEVELS = ["beginner", "intermediate", "advanced", "all"];
const TYPES = ["talk", "talk", "talk", "talk", "tutorial", "lightning", "keynote"];

/** The seed talk's body (everything after its front matter). */
export function seedBody(content: string): string {
  const text = readFileSync(join(content, "talk", "moving.md"), "utf8");
  return text.slice(text.indexOf("\n---\n", 3) + 5);
}

const pad = (n: number, width = 5) => String(n).padStart(width, "0");

/** Writes a content folder of `talks` talks into `dir`, from the default content's settings and seed talk. */
export function generateConference(content: string, dir: string, talks: number): void {
  const body = seedBody(content);
  const days = Math.max(1, Math.ceil(talks / (ROOMS * SLOTS_PER_DAY)));
  const speakerCount = Math.max(1, Math.round(talks * 0.75));
  mkdirSync(join(dir, "_data"), { recursive: true });
  mkdirSync(join(dir, "talk"), { recursive: true });
  writeFileSync(join(dir, "_data", "site.json"), readFileSync(join(content, "_data", "site.json")));
  const first = new Date(Date.UTC(2026, 1, 7));
  const day = (d: number) => new Date(first.getTime() + d * 86_400_000).toISOString().slice(0, 10);
  const event = {
    name: "Generated Conference",
    acronym: "generated",
    timezone: "Europe/Brussels",
    start: day(0),
    end: day(days - 1),
    venue: { name: "Campus Solbosch", address: "Brussels, Belgium" },
    rooms: Array.from({ length: ROOMS }, (_, r) => ({ id: `r${pad(r + 1, 2)}`, name: `Room ${r + 1}` })),
    tracks: Array.from({ length: TRACKS }, (_, t) => ({ id: `track-${t + 1}`, name: `Track ${t + 1}` })),
    breaks: Array.from({ length: days }, (_, d) => ({ title: "Lunch", start: `${day(d)} 12:45`, end: `${day(d)} 13:30` })),
  };
  writeFileSync(join(dir, "_data", "event.json"), `${JSON.stringify(event, null, 2)}\n`);
  const speakers: Record<string, { name: string; bio: string }> = {};
  for (let s = 0; s < speakerCount; s++) speakers[`speaker-${pad(s)}`] = { name: `Speaker ${s}`, bio: `Speaker ${s} works on open source and talks about it.` };
  writeFileSync(join(dir, "_data", "speakers.json"), `${JSON.stringify(speakers, null, 2)}\n`);
  for (let i = 0; i < talks; i++) {
    const slot = Math.floor(i / ROOMS) % SLOTS_PER_DAY;
    const d = Math.floor(i / (ROOMS * SLOTS_PER_DAY));
    // Slots of 40 minutes every 45 minutes from 09:00; the lunch break sits between two of them on the program.
    const minutes = 9 * 60 + slot * 45;
    const start = `${day(d)} ${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
    const ids = [`speaker-${pad(i % speakerCount)}`];
    if (i % 2 === 1 && speakerCount > 1) ids.push(`speaker-${pad((i * 7 + 3) % speakerCount)}`);
    const front = [
      "---",
      "layout: talk",
      `title: "Talk ${i}: moving experiments to production"`,
      "date: 2026-01-06 21:09",
      `permalink: talk/t${pad(i)}.html`,
      `type: ${TYPES[i % TYPES.length]}`,
      `start: ${start}`,
      "duration: 40",
      `room: r${pad((i % ROOMS) + 1, 2)}`,
      `track: track-${(i % TRACKS) + 1}`,
      `level: ${LEVELS[i % LEVELS.length]}`,
      "speakers:",
      ...[...new Set(ids)].map((id) => `  - ${id}`),
      "---",
    ];
    writeFileSync(join(dir, "talk", `t${pad(i)}.md`), `${front.join("\n")}\n${body}`);
  }
}

/** N bare markdown pages with the same body, for a vanilla Eleventy build of the same size. */
export function generateBarePages(content: string, dir: string, pages: number): void {
  const body = seedBody(content);
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < pages; i++) writeFileSync(join(dir, `p${pad(i)}.md`), `---\ntitle: "Page ${i}"\n---\n${body}`);
}
