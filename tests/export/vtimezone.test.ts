// Reading offsets out of the VTIMEZONE blocks of @touch4it/ical-timezones.
import assert from "node:assert/strict";
import { test } from "node:test";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { vtimezoneOffsetAt } from "../../src/export/vtimezone.ts";

function block(zone: string): string {
  const text = getVtimezoneComponent(zone);
  assert.ok(text, `a VTIMEZONE for ${zone}`);
  return text;
}

const at = (iso: string) => Date.parse(iso);

test("Europe/Berlin: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC", () => {
  const berlin = block("Europe/Berlin");
  assert.equal(vtimezoneOffsetAt(berlin, at("2025-01-15T12:00:00Z")), 60);
  assert.equal(vtimezoneOffsetAt(berlin, at("2025-03-30T00:59:59Z")), 60);
  assert.equal(vtimezoneOffsetAt(berlin, at("2025-03-30T01:00:00Z")), 120);
  assert.equal(vtimezoneOffsetAt(berlin, at("2025-10-26T00:59:59Z")), 120);
  assert.equal(vtimezoneOffsetAt(berlin, at("2025-10-26T01:00:00Z")), 60);
  assert.equal(vtimezoneOffsetAt(berlin, at("2025-12-31T23:59:59Z")), 60);
});

test("Asia/Taipei and Asia/Kolkata: one offset all year", () => {
  assert.equal(vtimezoneOffsetAt(block("Asia/Taipei"), at("2020-03-21T03:10:00Z")), 480);
  assert.equal(vtimezoneOffsetAt(block("Asia/Kolkata"), at("2024-07-01T00:00:00Z")), 330);
});

test("America/Mexico_City: the block still has the summer time Mexico dropped in 2022", () => {
  const mexico = block("America/Mexico_City");
  assert.equal(vtimezoneOffsetAt(mexico, at("2025-01-18T16:00:00Z")), -360);
  // First Sunday of April 2025 is the 6th: 02:00 CST = 08:00 UTC.
  assert.equal(vtimezoneOffsetAt(mexico, at("2025-04-06T07:59:59Z")), -360);
  assert.equal(vtimezoneOffsetAt(mexico, at("2025-04-06T08:00:00Z")), -300);
});

test("blocks outside the subset read are unknown", () => {
  const withRdate = block("Europe/Berlin").replace("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RDATE:20250330T020000");
  assert.equal(vtimezoneOffsetAt(withRdate, at("2025-06-01T00:00:00Z")), null);
  const weekly = block("Europe/Berlin").replace("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=WEEKLY");
  assert.equal(vtimezoneOffsetAt(weekly, at("2025-06-01T00:00:00Z")), null);
  assert.equal(vtimezoneOffsetAt("", at("2025-06-01T00:00:00Z")), null);
});
