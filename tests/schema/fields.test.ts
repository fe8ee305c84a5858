// Issue 7, items 3 and 9: links that would run code are refused by field name, and every message reads as an
// organizer's sentence: zod's own texts ("Invalid input", "Invalid url", "Required") never reach the reader.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { ZodTypeAny } from "zod";
import { eventFileSchema } from "../../src/schema/event.ts";
import { pageSchema, talkSchema } from "../../src/schema/frontMatter.ts";
import { speakersSchema } from "../../src/schema/speakers.ts";
import { problemsFromZod } from "../../src/schema/problem.ts";
import { buildProblems, copyContent, editJson, writeInto } from "../helpers/site.ts";

const SCRIPT_URLS = ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", " javascript:alert(1)"];

describe("issue 7.3: script URLs in link fields", () => {
  test("slides and video take http(s) addresses only", async () => {
    for (const url of SCRIPT_URLS) {
      const { input } = copyContent("urls", (dir) => {
        const path = join(dir, "talk", "moving.md");
        writeInto(dir, "talk/moving.md", readFileSync(path, "utf8").replace("type: talk\n", `type: talk\nslides: ${JSON.stringify(url)}\nvideo: ${JSON.stringify(url)}\n`));
      });
      const problems = await buildProblems(input);
      assert.deepEqual(problems.map((p) => [p.field, p.line]), [["slides", 7], ["video", 8]], url);
      assert.match(problems[0]!.expected, /^an http\(s\) address/);
    }
  });

  test("a speaker's url takes a web page or a mailto: address", async () => {
    const { input } = copyContent("speaker-url", (dir) =>
      editJson(join(dir, "_data", "speakers.json"), (speakers) => {
        (speakers["shuhsi-lin"] as Record<string, unknown>).url = "javascript:alert(1)";
        (speakers["daren-hsu"] as Record<string, unknown>).url = "mailto:daren@example.org";
        (speakers.tjwei as Record<string, unknown>).url = "data:text/html,x";
      }),
    );
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => p.field).sort(), ["shuhsi-lin.url", "tjwei.url"]);
    assert.ok(problems.every((p) => p.line !== undefined && /mailto: address/.test(p.expected)));
  });

  test("menu entries are site paths or http(s)/mailto: addresses; the venue's url is http(s)", async () => {
    const { input } = copyContent("nav-url", (dir) => {
      editJson(join(dir, "_data", "site.json"), (site) => {
        site.nav = [{ title: "Talks", url: "/" }, { title: "Bad", url: "javascript:alert(1)" }, { title: "Also bad", url: "//evil.example/" }, { title: "Mail", url: "mailto:x@example.org" }];
      });
    });
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => p.field), ["nav[1].url", "nav[2].url"]);
    assert.match(problems[0]!.expected, /a path from the site root such as "\/program.html", or an http\(s\) or mailto: address/);

    const venue = copyContent("venue-url", (dir) => editJson(join(dir, "_data", "event.json"), (event) => ((event.venue as Record<string, unknown>).url = "vbscript:x")));
    assert.deepEqual((await buildProblems(venue.input)).map((p) => p.field), ["venue.url"]);
  });
});

/** Values of every kind, right and wrong, for every field of a schema. */
const WRONG_VALUES: unknown[] = [undefined, null, 0, -1, 1.5, true, "", " ", "x", "javascript:x", [], [1], {}, { x: 1 }];

function zodTexts(schema: ZodTypeAny, fields: string[], base: Record<string, unknown>): string[] {
  const texts: string[] = [];
  for (const field of fields) {
    for (const value of WRONG_VALUES) {
      const data = { ...base, [field]: value };
      const parsed = schema.safeParse(data);
      if (!parsed.success) for (const p of problemsFromZod(parsed.error, data, "x")) texts.push(`${field}=${JSON.stringify(value)}: ${p.expected}`);
    }
  }
  return texts;
}

describe("issue 7.9: messages an organizer can read", () => {
  test("no schema lets zod's own texts through, whatever the value of whatever field", () => {
    const talk = { layout: "talk", title: "T", date: "2020-01-06 21:09", speakers: ["a"] };
    const texts = [
      ...zodTexts(talkSchema({ site: "UTC" }), [...Object.keys(talkSchema({ site: "UTC" }).shape), "unknown"], talk),
      ...zodTexts(pageSchema("UTC"), ["layout", "title", "date", "permalink", "description", "tags"], { title: "T" }),
      ...zodTexts(eventFileSchema, [...Object.keys(eventFileSchema.shape)], { name: "E", timezone: "UTC", start: "2020-01-01", end: "2020-01-02", venue: { name: "V" }, rooms: [{ id: "r", name: "R" }] }),
      ...zodTexts(speakersSchema, ["ada"], {}),
    ];
    assert.ok(texts.length > 100, `${texts.length} messages`);
    const leaked = texts.filter((t) => /Invalid|Required|Expected |must contain|received|Unrecognized/.test(t.slice(t.indexOf(": ") + 2)));
    assert.deepEqual(leaked, []);
  });

  test("an empty file and a file without front matter say what a page needs", async () => {
    const { input } = copyContent("empty", (dir) => {
      writeInto(dir, "empty.md", "");
      writeInto(dir, "plain.md", "# Just markdown\n\nNo front matter.\n");
    });
    const problems = await buildProblems(input);
    const of = (name: string) => problems.find((p) => p.file.endsWith(name))!;
    assert.deepEqual([of("empty.md").line, of("empty.md").found], [1, "an empty file"]);
    assert.deepEqual([of("plain.md").line, of("plain.md").found], [1, '"# Just markdown"']);
    assert.match(of("plain.md").expected, /^front matter at the top: a "---" line, fields such as "title: My talk", and a closing "---" line$/);
  });

  test("a talk without a date asks for one, with an example", async () => {
    const { input } = copyContent("nodate", (dir) => {
      const path = join(dir, "talk", "moving.md");
      writeInto(dir, "talk/moving.md", readFileSync(path, "utf8").replace("date: 2020-01-06 21:09\n", ""));
    });
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => [p.field, p.found]), [["date", "nothing"]]);
    assert.match(problems[0]!.expected, /^a date such as "2020-01-06 21:09"/);
  });
});
