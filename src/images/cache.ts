// The image cache: files named by a sha256 of everything that makes them (source bytes, sizes, layout, fonts), kept
// outside the output folder so a rebuild copies what did not change instead of making it again.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `.cache/images/` in the project, or TALK_PAGES_IMAGE_CACHE. Delete it at any time: it is made again. */
export function imageCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TALK_PAGES_IMAGE_CACHE
    ? resolve(env.TALK_PAGES_IMAGE_CACHE)
    : fileURLToPath(new URL("../../.cache/images/", import.meta.url));
}

export function cacheKey(...parts: (string | number)[]): string {
  const digest = createHash("sha256");
  for (const part of parts) digest.update(String(part)).update("\u0000");
  return digest.digest("hex");
}

export class ImageCache {
  constructor(readonly dir: string) {}

  /** Where the file for a key lives (two-letter folders keep each folder small). */
  path(key: string, ext: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.${ext}`);
  }

  has(key: string, ext: string): boolean {
    return existsSync(this.path(key, ext));
  }

  /** Written under a temporary name and renamed, so a killed build never leaves half a file under a real key. */
  put(key: string, ext: string, bytes: Uint8Array): string {
    const target = this.path(key, ext);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, bytes);
    renameSync(temporary, target);
    return target;
  }
}
