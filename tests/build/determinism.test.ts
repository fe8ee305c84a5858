// The same input gives byte-identical output, so deploys and caches only see real changes.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { buildInto, listFiles } from "../helpers/site.ts";

function digest(dir: string): Map<string, string> {
  return new Map(listFiles(dir).map((file) => [file.slice(dir.length), createHash("sha256").update(readFileSync(file)).digest("hex")]));
}

test("two builds of the same content are byte-identical", async () => {
  const first = await buildInto({ pathPrefix: "/2020/" });
  const second = await buildInto({ pathPrefix: "/2020/" });
  const a = digest(first.dir);
  assert.ok(a.size >= 4);
  assert.deepEqual(digest(second.dir), a);
});
