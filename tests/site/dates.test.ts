// Dates are read in the conference's zone, whatever zone the build machine is in (the runner pins TZ to New York).
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseContentDate } from "../../src/schema/dates.ts";

test("the runner's zone differs from the event's, so a zone bug would show", () => {
  assert.notEqual(Intl.DateTimeFormat().resolvedOptions().timeZone, "Asia/Taipei");
});

test("a Pelican-style local time is a time in the site's zone", () => {
  const date = parseContentDate("2020-01-06 21:09", "Asia/Taipei");
  assert.equal(date?.toISO(), "2020-01-06T21:09:00.000+08:00");
  assert.equal(date?.toUTC().toISO(), "2020-01-06T13:09:00.000Z");
});

test("an explicit offset is kept as the same instant", () => {
  const date = parseContentDate("2020-01-06T05:09:00Z", "Asia/Taipei");
  assert.equal(date?.toISO(), "2020-01-06T13:09:00.000+08:00");
});

test("a date alone is midnight in the site's zone", () => {
  assert.equal(parseContentDate("2020-03-21", "Asia/Taipei")?.toISO(), "2020-03-21T00:00:00.000+08:00");
});

test("nonsense and impossible dates are refused", () => {
  for (const value of ["next tuesday", "2020-13-06", "2020-02-30 10:00", "", 42, null]) {
    assert.equal(parseContentDate(value, "Asia/Taipei"), undefined, String(value));
  }
});
