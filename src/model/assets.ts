// The build's own files (public/ and the program's stylesheet) under names made from their bytes, in one folder of
// their own, so a host may keep them for a year: a changed file gets a new name, and pages link the new one.
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { listFiles } from "../content/folder.ts";

/** The folder hashed files are written to, which no content file may use (src/model/outputs.ts). */
export const ASSETS_FOLDER = "_assets";

/** "css/site.css" with its bytes → "_assets/site.3f2a9c1d0e4b.css": the name, then 12 hex digits of its sha256. */
export function hashedPath(path: string, bytes: Buffer | string): string {
  const digest = createHash("sha256").update(bytes).digest("hex").slice(0, 12);
  const { name, ext } = posix.parse(path);
  return `${ASSETS_FOLDER}/${name}.${digest}${ext}`;
}

/** A file of the project's public/ folder, as the build publishes it. */
export interface PublicAsset {
  /** Absolute path of the source. */
  from: string;
  /** Its place in public/ ("css/site.css"): what the model asks for. */
  name: string;
  /** Where it is written, under the output folder ("_assets/site.3f2a9c1d0e4b.css"). */
  to: string;
}

/** Reads public/ (a few small files), hashing each again only when it changed on disk. */
export class PublicAssets {
  private readonly seen = new Map<string, { key: string; to: string }>();

  constructor(private readonly dir: string) {}

  list(): PublicAsset[] {
    return listFiles(this.dir).map((name) => {
      const from = join(this.dir, name);
      const stats = statSync(from);
      const key = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
      let known = this.seen.get(from);
      if (known?.key !== key) {
        known = { key, to: hashedPath(name, readFileSync(from)) };
        this.seen.set(from, known);
      }
      return { from, name, to: known.to };
    });
  }
}
