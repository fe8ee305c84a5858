// Issue 8 review: one rule for what a talk is (moved, in which language) everywhere it is published, and frab slugs made
// in time linear in the number of talks however many share a base.
import assert from "node:assert/strict";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { buildInto, temporaryDir } from "../helpers/site.ts";

const SPREECONF = join(import.meta.dirname, "..", "fixtures", "spreeconf");

describe("one rule per fact in every export", () => {
  test("a talk moved by its earlier slots alone (no status: moved) is EventRescheduled in its JSON-LD, as its page says", async () => {
    const input = join(temporaryDir("moved-ld"), "content");
    cpSync(SPREECONF, input, { recursive: true });
    const path = join(input, "talk", "zeitzonen.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("status: moved\n", ""));
    const site = await buildInto({ input });
    const doc = site.document("talk/zeitzonen.html");
    assert.match(doc.querySelector(".notice")?.textContent ?? "", /Verlegt von Saal A/);
    const data = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as { eventStatus: string };
    assert.equal(data.eventStatus, "https://schema.org/EventRescheduled");
  });

  test("in schedule.xml and schedule.json a talk that names no language is in the site's language, not English", async () => {
    const site = await buildInto({ input: SPREECONF });
    const json = JSON.parse(site.read("schedule.json")) as { schedule: { conference: { days: { rooms: Record<string, { title: string; language: string }[]> }[] } } };
    const events = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
    const languages = new Map(events.map((e) => [e.title.replace(/^Abgesagt: /, ""), e.language]));
    assert.equal(languages.get("Zeitzonen ohne Tränen"), "de");
    assert.equal(languages.get("Tests that lie, and how to catch them"), "en", "a talk's own language still wins");
    assert.ok(site.read("schedule.xml").includes("<language>de</language>"));
  });
});
