// Speakers' photos: each `photo` in speakers.json checked to be an image file inside the content folder, and the
// addresses of the sizes pages show it at decided once. The files themselves are made by src/images/.
import { createHash } from "node:crypto";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { describeValue, displayPath, type ContentProblem } from "../schema/problem.ts";
import type { PhotoSize, Speaker, SpeakerPhoto } from "./types.ts";
import { speakerPhotoUrl } from "./urls.ts";

/** CSS pixels: a photo in the speakers list, on a talk's speaker card, on the speaker's own page (all square). */
export const PHOTO_PX: Record<PhotoSize, number> = { list: 48, card: 96, page: 160 };

const PHOTO_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"]);
const EXPECTED = "an image file in the content folder (png, jpg, gif, webp, avif or svg), named from the site root";

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !rel.startsWith(sep));
}

/** sha256 of a file's bytes, remembered by its size, time and inode (a photo is hashed once while serving). */
export class FileHashes {
  private readonly known = new Map<string, { key: string; hash: string }>();
  of(path: string): string {
    const stats = statSync(path);
    const key = `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
    const cached = this.known.get(path);
    if (cached?.key === key) return cached.hash;
    const hash = createHash("sha256").update(readFileSync(path)).digest("hex");
    this.known.set(path, { key, hash });
    return hash;
  }
}

/** Sets `picture` on every speaker whose photo is a file in the content folder; any other photo is a problem. */
export function checkPhotos(
  inputDir: string,
  speakersFile: string,
  speakers: Speaker[],
  lineOf: (path: readonly (string | number)[]) => number | undefined,
  hashes: FileHashes,
  problems: ContentProblem[],
): void {
  let root: string | undefined;
  for (const speaker of speakers) {
    if (!speaker.photo) continue;
    const line = lineOf([speaker.id, "photo"]);
    const problem = (why: string) =>
      problems.push({
        file: displayPath(speakersFile),
        line,
        field: `${speaker.id}.photo`,
        expected: EXPECTED,
        found: `${describeValue(speaker.photo)} for speaker "${speaker.id}", ${why}`,
      });
    const path = join(inputDir, ...speaker.photo.split("/").filter(Boolean));
    if (!PHOTO_EXTENSIONS.has(extname(path).toLowerCase())) {
      problem("which is not an image");
      continue;
    }
    // Also through a symbolic link: a photo is read and published, so it must be the content's own file.
    root ??= realpathSync(inputDir);
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      problem("a file that is not there");
      continue;
    }
    if (!isInside(root, real) || !isInside(inputDir, path)) {
      problem("a file outside the content folder");
      continue;
    }
    if (!statSync(real).isFile()) {
      problem("which is a folder");
      continue;
    }
    const hash = hashes.of(real);
    const svg = extname(path).toLowerCase() === ".svg";
    const sizes = Object.fromEntries(
      (Object.entries(PHOTO_PX) as [PhotoSize, number][]).map(([size, px]) => [
        size,
        svg
          ? { px, url1x: speaker.photo!, url2x: speaker.photo! }
          : { px, url1x: speakerPhotoUrl(speaker.id, px, hash), url2x: speakerPhotoUrl(speaker.id, px * 2, hash) },
      ]),
    ) as SpeakerPhoto["sizes"];
    speaker.picture = { source: real, hash, svg, file: displayPath(speakersFile), ...(line ? { line } : {}), sizes };
  }
}
