// Pelican reads dates with dateutil, which takes one-digit months, days and hours; so does the import (found on a real
// user group's site, where 15 articles lost their date).
import assert from "node:assert/strict";
import { test } from "node:test";
import { parsePelicanDate } from "../../src/pelican/import.ts";

test("dates with one-digit months, days and hours are read, in the site's zone", () => {
  const cases: [string, string][] = [
    ["2014-08-01 9:30", "2014-08-01T09:30:00.000-05:00"],
    ["2021-4-3 9:05", "2021-04-03T09:05:00.000-05:00"],
    ["2021/4/3", "2021-04-03T00:00:00.000-05:00"],
    ["2020-01-06 21:09", "2020-01-06T21:09:00.000-06:00"],
    ["2020-01-06T21:09:30", "2020-01-06T21:09:30.000-06:00"],
  ];
  for (const [text, iso] of cases) assert.equal(parsePelicanDate(text, "America/Chicago")?.toISO(), iso, text);
  assert.equal(parsePelicanDate("2021-13-40 9:05", "America/Chicago"), undefined, "no such day");
});
