// The images a build makes from the model: speakers' photos at the sizes pages show them, and a share image per talk,
// each taken from the image cache when its inputs have not changed, then copied into the output folder.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import type { Conference } from "../model/load.ts";
import { outputFileOf } from "../model/urls.ts";
import { cacheKey, imageCacheDir, ImageCache } from "./cache.ts";
import { sharePhoto, speakerPhotoFiles, type Counts } from "./photos.ts";
import { fontVersions, packageVersion } from "./share/fonts.ts";
import { renderAll, type ShareJob } from "./share/pool.ts";
import { SHARE_LAYOUT_VERSION } from "./share/card.ts";

export interface ImageStats {
  photos: Counts;
  shareImages: Counts;
  /** Time spent on share images, made or copied. */
  shareMs: number;
}

/** The last build's counts, for its summary line and for tests (a rebuild that makes nothing says 0 made). */
let lastImageStats: ImageStats | undefined;

/** The counts of the images written since the last call, once. */
export function takeImageStats(): ImageStats | undefined {
  const stats = lastImageStats;
  lastImageStats = undefined;
  return stats;
}

let renderers: string | undefined;
/** The versions of what draws the images: a new satori, resvg, sharp or font package makes them again. */
function rendererVersions(): string {
  renderers ??=
    ["satori", "@resvg/resvg-js", "sharp"].map((pkg) => packageVersion(pkg)).join(",") + `,${fontVersions()}`;
  return renderers;
}

function copyInto(output: string, from: string, url: string): void {
  const target = resolve(output, outputFileOf(url));
  const rel = relative(output, target);
  if (rel.startsWith(`..${sep}`) || rel === ".." || rel === "")
    throw new Error(`${url} would be written outside the output folder`);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(from, target);
}

export async function writeImages(
  conference: Conference,
  output: string,
  cacheDir = imageCacheDir(),
): Promise<ImageStats> {
  const cache = new ImageCache(cacheDir);
  const root = resolve(output);
  const stats: ImageStats = { photos: { made: 0, cached: 0 }, shareImages: { made: 0, cached: 0 }, shareMs: 0 };
  const speaking = [
    ...new Map(conference.talks.flatMap((talk) => talk.speakers.map((s) => [s.id, s] as const))).values(),
  ];
  for (const file of await speakerPhotoFiles(speaking, cache, stats.photos)) copyInto(root, file.from, file.url);

  const started = performance.now();
  const jobs: Omit<ShareJob, "id">[] = [];
  const queued = new Set<string>();
  const ready: { from: string; path: string }[] = [];
  const photoCounts: Counts = { made: 0, cached: 0 };
  const photoOf = new Map<string, string>();
  for (const card of conference.shareCards) {
    const photos: (string | undefined)[] = [];
    for (const speaker of card.speakers) {
      if (!speaker.photo) {
        photos.push(undefined);
        continue;
      }
      let path = photoOf.get(speaker.photo.hash);
      if (!path)
        photoOf.set(speaker.photo.hash, (path = await sharePhoto(cache, speaker.photo, speaker.name, photoCounts)));
      photos.push(path);
    }
    // Everything drawn, and nothing else: the page's path and the alt text do not change the pixels.
    const { path: _path, alt: _alt, speakers, ...drawn } = card;
    const key = cacheKey(
      SHARE_LAYOUT_VERSION,
      rendererVersions(),
      JSON.stringify({ ...drawn, speakers: speakers.map((s) => [s.name, s.photo?.hash ?? ""]) }),
    );
    if (cache.has(key, "png")) stats.shareImages.cached++;
    else if (!queued.has(key)) {
      queued.add(key);
      jobs.push({ card, photos, key, cacheDir });
    }
    ready.push({ from: cache.path(key, "png"), path: card.path });
  }
  stats.shareImages.made = jobs.length;
  await renderAll(jobs);
  for (const { from, path } of ready) copyInto(root, from, `/${path}`);
  stats.shareMs = performance.now() - started;
  lastImageStats = stats;
  return stats;
}
