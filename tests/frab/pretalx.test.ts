// pretalx's own export of its demo conference (../shared/schemas/frab/example-pretalx-democon.json, read where it is,
// never copied here): imported and built. Skipped, saying why, when ../shared is not beside the project.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { JSON_SCHEMA_SKIP, jsonValidator, XSD_SKIP, xmllint } from "../helpers/frabSchemas.ts";
import { SHARED } from "../helpers/shared.ts";
import { buildInto } from "../helpers/site.ts";
import { importInto, page, programOf, readJson } from "./helpers.ts";

const DEMOCON = join(SHARED, "schemas", "frab", "example-pretalx-democon.json");
const SKIP = existsSync(DEMOCON) ? false : `${DEMOCON} is absent: the pretalx import test needs ../shared beside the project`;
if (SKIP) console.log(`# ${SKIP}`);

describe("pretalx's DemoCon export", { skip: SKIP }, () => {
  test("imports into 36 talks by 27 speakers in 2 rooms over 3 days, and builds", async () => {
    const { dir, summary } = importInto(DEMOCON);
    assert.deepEqual([summary.talks, summary.breaks, summary.speakers, summary.rooms, summary.days], [36, 0, 27, 2, 3]);
    // Its time_zone_name says UTC while every time carries +01:00: the instants are kept, and a warning says so once.
    assert.deepEqual(summary.warnings.filter((w) => w.message.includes("time_zone_name")).length, 1);
    const site = await buildInto({ input: dir });
    console.log(`DemoCon: ${summary.talks} events, ${summary.speakers} speakers, built into ${site.pages} pages (${site.filesWritten} files)`);
    assert.equal(site.pages, 36 + 27 + 4, "36 talk pages, 27 speaker pages, home, program, speakers and 404");
    const program = programOf(site);
    assert.deepEqual(program.map(([day, rows]) => [day, rows.length]), [["Monday, December 14, 2020", 9], ["Tuesday, December 15, 2020", 9], ["Wednesday, December 16, 2020", 9]]);
    assert.equal(program[0]![1][0], "08:00 Focused 5thgeneration hardware (08:00–08:30 · Gray Room · Talk · Brian Robinson) | Managed stable function (08:00–09:30 · Tan Room · Tutorial · Jeremy Beck)");
    // pretalx's "Workshop" is our tutorial; each person once, with the biography pretalx gives.
    const speakers = readJson<Record<string, { name: string; bio?: string }>>(dir, "_data/speakers.json");
    assert.equal(speakers["brian-robinson"]?.name, "Brian Robinson");
    assert.match(speakers["brian-robinson"]?.bio ?? "", /^Break through direction\./);
    assert.deepEqual(page(dir, "talk/focused-5thgeneration-hardware.md").data.speakers, ["brian-robinson"]);
    if (!XSD_SKIP) assert.ok(xmllint(site.read("schedule.xml")).ok, "the rebuilt schedule.xml is valid");
    if (!JSON_SCHEMA_SKIP) assert.ok(jsonValidator()(JSON.parse(site.read("schedule.json"))), "the rebuilt schedule.json is valid");
  });
});
