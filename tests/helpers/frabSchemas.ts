// The frab/c3voc schemas from ../shared, and the validators that read them: xmllint for the XSD, ajv for the JSON schema.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";

export const SCHEMAS = resolve(import.meta.dirname, "../../../shared/schemas/frab");
export const XSD = join(SCHEMAS, "schedule.xml.xsd");
export const JSON_SCHEMA = join(SCHEMAS, "schedule.schema.json");

/** Why the JSON schema checks cannot run here (the schemas are missing), or false. Printed once when it applies. */
export const JSON_SCHEMA_SKIP: string | false = existsSync(JSON_SCHEMA) ? false : `${JSON_SCHEMA} is absent: JSON schema validation skipped`;

/** Why the XSD checks cannot run here (the schema or the xmllint tool is missing), or false. Printed once when it applies. */
export const XSD_SKIP: string | false = !existsSync(XSD)
  ? `${XSD} is absent: XML schema validation skipped`
  : spawnSync("xmllint", ["--version"]).error
    ? "xmllint is not installed (apt-get install libxml2-utils, or run .ci/run): XML schema validation skipped"
    : false;

for (const reason of [JSON_SCHEMA_SKIP, XSD_SKIP]) if (reason) console.log(`# ${reason}`);

/** xmllint's verdict on the text against the frab XSD; only call it where XSD_SKIP is false. */
export function xmllint(xml: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "frab-xml-"));
  try {
    const file = join(dir, "schedule.xml");
    writeFileSync(file, xml);
    const run = spawnSync("xmllint", ["--noout", "--schema", XSD, file], { encoding: "utf8" });
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

