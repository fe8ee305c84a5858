// The same input gives byte-identical output, so deploys and caches only see real changes: twice in a row, and on a
// machine in another zone and locale.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { buildInto, listFiles, temporaryDir } from "../helpers/site.ts";

function digest(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file.slice(dir.length), createHash("sha256").update(readFileSync(file)).digest("hex")]));
}

test("two builds of the same content are byte-identical", async () => {
  const first = await buildInto({ pathPrefix: "/2020/" });
  const second = await buildInto({ pathPrefix: "/2020/" });
  const a = digest(first.dir);
  assert.ok(a.size >= 40, `${a.size} files`);
  assert.deepEqual(digest(second.dir), a);
});

test("a build on a machine in another zone and locale writes the same bytes", async () => {
  const here = await buildInto({ pathPrefix: "/2020/" });
  const there = join(temporaryDir("zone"), "_site");
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/build.ts", "--output", there], {
    encoding: "utf8",
    env: { ...process.env, TZ: "Pacific/Auckland", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8", PATH_PREFIX: "/2020/" },
  });
  assert.equal(result.status, 0, result.stderr);
  assert.notEqual(process.env.TZ, "Pacific/Auckland");
  assert.deepEqual(digest(there), digest(here.dir));
});
