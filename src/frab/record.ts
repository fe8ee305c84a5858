// What an earlier import left in a content folder: its manifest, the data files it wrote, and the three-way merge
// that tells the importer's entries (still as it wrote them) from the organizer's (changed since).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FRAB_MANIFEST, frabManifestSchema, type FrabManifest } from "../schema/manifest.ts";
import { FrabImportError, type ImportProblem } from "./source.ts";

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
export const entryHash = (value: unknown) => sha256(JSON.stringify(value));
export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export type Json = Record<string, unknown>;

export function emptyManifest(source: string, zone: string): FrabManifest {
  return { importer: "talk-pages frab import", source, timezone: zone, files: {}, entries: {}, talks: {}, speakers: {}, rooms: {}, tracks: {} };
}

export function readManifest(dir: string, warnings: ImportProblem[]): FrabManifest | undefined {
  const path = join(dir, FRAB_MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = frabManifestSchema.safeParse(JSON.parse(readFileSync(path, "utf8")));
    if (parsed.success) return parsed.data;
  } catch {
    // Reported below.
  }
  warnings.push({ file: path, message: "expected the manifest of an earlier frab import, found a file that is not one: every file in the folder is treated as the organizer's and kept" });
  return undefined;
}

/** A data file's object, undefined when there is none; a file that is not a JSON object stops the import. */
export function readJsonObject(path: string): Json | undefined {
  if (!existsSync(path)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new FrabImportError([{ file: path, message: `expected valid JSON to update, found ${(error as Error).message}` }]);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new FrabImportError([{ file: path, message: "expected a JSON object to update, found something else" }]);
  return value as Json;
}

/**
 * Three-way merge of a data file's entries: an entry that still holds what the importer last wrote (or that the
 * organizer does not have) takes the export's value; one the organizer changed is kept. Entries the export no longer
 * gives are dropped if they are the importer's, unless `keepGone` (people and rooms cancelled talks still name).
 */
export function mergeEntries(current: Map<string, unknown> | undefined, recorded: Record<string, string>, next: Map<string, unknown>, keepGone: (key: string) => boolean) {
  const merged = new Map<string, unknown>();
  const hashes: Record<string, string> = {};
  const kept: string[] = [];
  for (const [key, value] of next) {
    if (current?.has(key)) {
      const mine = current.get(key);
      if (sameJson(mine, value) || entryHash(mine) === recorded[key]) {
        merged.set(key, value);
        hashes[key] = entryHash(value);
      } else {
        merged.set(key, mine);
        kept.push(key);
        if (recorded[key]) hashes[key] = recorded[key]!;
      }
    } else {
      merged.set(key, value);
      hashes[key] = entryHash(value);
    }
  }
  for (const [key, mine] of current ?? []) {
    if (next.has(key)) continue;
    const importers = entryHash(mine) === recorded[key];
    if (importers && !keepGone(key)) continue;
    merged.set(key, mine);
    if (importers) hashes[key] = recorded[key]!;
  }
  return { merged, hashes, kept };
}

