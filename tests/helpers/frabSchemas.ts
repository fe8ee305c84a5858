// The frab/c3voc schemas from ../shared, and the validators that read them: xmllint for the XSD, ajv for the JSON schema.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestContext } from "node:test";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";

export const SCHEMAS = resolve(import.meta.dirname, "../../../shared/schemas/frab");
export const XSD = join(SCHEMAS, "schedule.xml.xsd");
export const JSON_SCHEMA = join(SCHEMAS, "schedule.schema.json");

export function schemasOrSkip(t: TestContext): boolean {
  if (existsSync(XSD) && existsSync(JSON_SCHEMA)) return true;
  const message = `frab schemas not found in ${SCHEMAS}; schema validation skipped`;
  console.log(message);
  t.skip(message);
  return false;
}

/** xmllint's verdict on the text, or null when xmllint is not installed. */
export function xmllint(xml: string): { ok: boolean; output: string } | null {
  const dir = mkdtempSync(join(tmpdir(), "frab-xml-"));
  try {
    const file = join(dir, "schedule.xml");
    writeFileSync(file, xml);
    const run = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
    if (run.error && (run.error as NodeJS.ErrnoException).code === "ENOENT") return null;
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function jsonValidator() {
  const require = createRequire(import.meta.url);
  // The c3voc schema is draft-06; it also uses "$oneOf"/"$todo" (deliberately inert keywords) and format "color".
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  ajv.addMetaSchema(require("ajv/dist/refs/json-schema-draft-06.json") as object);
  addFormatsModule.default(ajv);
  ajv.addKeyword("$oneOf");
  ajv.addKeyword("$todo");
  ajv.addFormat("color", /^#[0-9a-fA-F]{6}$/);
  return ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA, "utf8")) as object);
}

