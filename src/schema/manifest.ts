// What the frab importer remembers in a content folder (.frab-import.json): the hash of every file and data entry it
// wrote, and which file or id each event, person, room and track became. A file whose bytes still match is the
// importer's to update; one that does not, or that it never wrote, is the organizer's and is kept. The build neither
// publishes this file nor warns about it.
import { z } from "zod";

export const FRAB_MANIFEST = ".frab-import.json";

const hashes = z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, "a sha256 hash in hex"));
const names = z.record(z.string(), z.string());

export const frabManifestSchema = z
  .object({
    importer: z.literal("talk-pages frab import"),
    /** The export's file name and its version, for people reading the manifest. */
    source: z.string(),
    version: z.string().optional(),
    /** The zone the talks' times were written in. */
    timezone: z.string(),
    /** sha256 of each markdown file as the importer last wrote it, by path under the content folder. */
    files: hashes,
    /** sha256 of each entry of a data file as last written: "_data/event.json" → { "rooms.main": …, "venue": … }. */
    entries: z.record(z.string(), hashes),
    /** Event (by guid) → talk file; person (by guid, code or id) → speaker id; room and track name → id. */
    talks: names,
    speakers: names,
    rooms: names,
    tracks: names,
  })
  .strict();

export type FrabManifest = z.output<typeof frabManifestSchema>;
