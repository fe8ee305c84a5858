// JSON data files: exact lines for fields, list items and missing fields; duplicate keys and syntax errors located.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { z } from "zod";
import { readJsonFile } from "../../src/content/jsonFile.ts";
import type { ContentProblem } from "../../src/schema/problem.ts";
import { temporaryDir } from "../helpers/site.ts";

function read(text: string, schema: z.ZodTypeAny = z.unknown()) {
  const path = join(temporaryDir("json"), "data.json");
  writeFileSync(path, text);
  const problems: ContentProblem[] = [];
  return { read: readJsonFile(path, schema, problems), problems };
}

test("finds the line of a field, of a list item's field, and of the object a missing field belongs in", () => {
  const { read: file } = read('{\n  "name": "x",\n  "nav": [\n    { "title": "a", "url": "/" },\n    { "title": "b",\n      "url": "/b" }\n  ]\n}');
  assert.equal(file!.lineOf(["name"]), 2);
  assert.equal(file!.lineOf(["nav", 0, "url"]), 4);
  assert.equal(file!.lineOf(["nav", 1, "url"]), 6, "the second item's url, not the first one found after 'nav'");
  assert.equal(file!.lineOf(["nav", 1, "missing"]), 5);
});

test("a duplicate key anywhere is a problem at the second one, naming the first", () => {
  const { read: file, problems } = read('{\n  "a": 1,\n  "b": { "c": 1,\n    "c": 2 },\n  "a": 3\n}');
  assert.equal(file, undefined);
  assert.deepEqual(problems.map((p) => [p.line, p.field, p.expected]), [
    [4, "b.c", 'each key once ("c" is already on line 3)'],
    [5, "a", 'each key once ("a" is already on line 2)'],
  ]);
});

test("a syntax error has line and column; an empty file says so; comments are not JSON", () => {
  assert.deepEqual(read('{\n  "a": 1\n  "b": 2\n}').problems.map((p) => [p.line, p.column, p.found]), [[3, 3, "two entries without a comma between them"]]);
  assert.deepEqual(read("").problems.map((p) => p.found), ["an empty file"]);
  assert.deepEqual(read('{ // note\n "a": 1 }').problems.map((p) => [p.line, p.found]), [[1, "a comment (JSON has none)"]]);
});

test('"__proto__" in a data file changes no object\'s prototype', () => {
  const { read: file } = read('{ "__proto__": { "polluted": true } }', z.record(z.unknown()));
  assert.ok(file);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal((file.data as Record<string, unknown>).polluted, undefined);
});
