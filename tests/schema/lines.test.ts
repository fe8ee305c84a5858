// Problems point at the line of the field in the organizer's file.
import assert from "node:assert/strict";
import { test } from "node:test";
import { yamlLineOf } from "../../src/schema/lines.ts";

const YAML = ["layout: talk", "title: A talk", "speakers:", "  - ada", "  - grace", "links:", "  slides: x", "title2: y"].join("\n");

test("finds top-level keys, list items and nested keys in YAML", () => {
  assert.equal(yamlLineOf(YAML, ["title"]), 2);
  assert.equal(yamlLineOf(YAML, ["speakers"]), 3);
  assert.equal(yamlLineOf(YAML, ["speakers", 1]), 5);
  assert.equal(yamlLineOf(YAML, ["links", "slides"]), 7);
  assert.equal(yamlLineOf(YAML, ["missing"]), undefined);
});
