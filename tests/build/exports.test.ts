// The schedule files the build writes for conference apps validate against the frab/c3voc schemas and point at real pages.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import ICAL from "ical.js";
import { JSON_SCHEMA_SKIP, jsonValidator, XSD_SKIP, xmllint } from "../helpers/frabSchemas.ts";
import { buildInto, type BuiltSite } from "../helpers/site.ts";

describe("built schedule exports", () => {
  let site: BuiltSite;
  before(async () => {
    site = await buildInto({ pathPrefix: "/2020/", siteUrl: "https://conf.sciwork.dev/2020" });
  });

  test("schedule.xml passes xmllint against the XSD", { skip: XSD_SKIP }, () => {
    const verdict = xmllint(site.read("schedule.xml"));
    assert.ok(verdict.ok, verdict.output);
  });

  test("schedule.json passes the JSON schema, and every event URL is a page of the site", { skip: JSON_SCHEMA_SKIP }, () => {
    const json = JSON.parse(site.read("schedule.json")) as { schedule: { conference: { days: { rooms: Record<string, { url: string; date: string }[]> }[] } } };
    const validate = jsonValidator();
    assert.ok(validate(json), JSON.stringify(validate.errors, null, 1));
    const events = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
    assert.equal(events.length, 10);
    for (const event of events) {
      assert.ok(event.url.startsWith("https://conf.sciwork.dev/2020/"), event.url);
      assert.ok(existsSync(join(site.dir, event.url.slice("https://conf.sciwork.dev/2020/".length))), event.url);
      assert.match(event.date, /^2020-03-21T\d\d:\d\d:00\+08:00$/);
    }
  });

  test("the talk's calendar parses, in Taipei time, cancelled, linking its page", () => {
    const component = new ICAL.Component(ICAL.parse(site.read("talk/moving.ics")));
    // The file's own VTIMEZONE defines Asia/Taipei; without it the times would be read in the machine's zone.
    for (const zone of component.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    const events = component.getAllSubcomponents("vevent");
    assert.equal(events.length, 1);
    const event = new ICAL.Event(events[0]!);
    assert.equal(event.summary, "Moving Your Experimentation Project to Production Applications with Pyspark");
    assert.equal(event.startDate.toJSDate().toISOString(), "2020-03-21T03:10:00.000Z");
    assert.equal(event.endDate.toJSDate().toISOString(), "2020-03-21T03:50:00.000Z");
    assert.equal(events[0]!.getFirstProperty("dtstart")?.getParameter("tzid"), "Asia/Taipei");
    assert.equal(events[0]!.getFirstPropertyValue("status"), "CANCELLED");
    assert.equal(events[0]!.getFirstPropertyValue("url"), "https://conf.sciwork.dev/2020/talk/moving.html");
    assert.match(String(event.location), /Room 203/);
  });
});
