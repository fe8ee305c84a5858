// Speakers' photos resized with sharp to the sizes pages show them at (1x and 2x, square, WebP), and a small PNG for
// share images; each made once and kept in the image cache by its source's hash and the size.
import type Sharp from "sharp";
import { ContentError, type ContentProblem } from "../schema/problem.ts";
import type { Speaker, SpeakerPhoto } from "../model/types.ts";
import { cacheKey, type ImageCache } from "./cache.ts";

/** Bump when the way photos are made changes. */
const PHOTO_RECIPE = "cover-webp-q82-v1";
/** A share image draws photos 88 px wide; this PNG is twice that, for the renderer to scale down. */
export const SHARE_PHOTO_PX = 176;

export interface MadeFile {
  /** The file in the cache. */
  from: string;
  /** Site-root URL it is published at. */
  url: string;
}

export interface Counts {
  made: number;
  cached: number;
}

type Source = Pick<SpeakerPhoto, "source" | "hash" | "file" | "line">;

/** Why a photo could not be read, as a problem at its line in speakers.json. */
function unreadable(photo: Source, id: string, error: unknown): ContentProblem {
  return {
    file: photo.file,
    ...(photo.line ? { line: photo.line } : {}),
    field: `${id}.photo`,
    expected: "an image sharp can read (png, jpg, gif, webp or avif)",
    found: `a file it cannot read for speaker "${id}" (${(error as Error).message})`,
  };
}

async function resized(
  cache: ImageCache,
  photo: Source,
  width: number,
  format: "webp" | "png",
  counts: Counts,
): Promise<string> {
  const key = cacheKey(PHOTO_RECIPE, photo.hash, width, format);
  if (cache.has(key, format)) {
    counts.cached++;
    return cache.path(key, format);
  }
  // One frame of an animated GIF, turned by its EXIF orientation, cropped to a square around its middle.
  const sharp = await loadSharp();
  const image = sharp(photo.source, { animated: false }).rotate().resize(width, width, { fit: "cover" });
  const bytes = await (format === "webp" ? image.webp({ quality: 82 }) : image.png()).toBuffer();
  counts.made++;
  return cache.put(key, format, bytes);
}

/** sharp, loaded when a photo is first made: a build with every image in the cache (or none) never loads libvips. */
let sharpModule: Promise<typeof Sharp> | undefined;
function loadSharp(): Promise<typeof Sharp> {
  return (sharpModule ??= import("sharp").then((m) => m.default));
}

/** Every size of every raster photo the pages show; a photo sharp cannot read is a ContentError naming the speaker. */
export async function speakerPhotoFiles(speakers: Speaker[], cache: ImageCache, counts: Counts): Promise<MadeFile[]> {
  const files: MadeFile[] = [];
  const problems: ContentProblem[] = [];
  for (const speaker of speakers) {
    const picture = speaker.picture;
    if (!picture || picture.svg) continue;
    try {
      const widths = new Map<number, string>();
      for (const { px, url1x, url2x } of Object.values(picture.sizes)) widths.set(px, url1x).set(px * 2, url2x);
      for (const [width, url] of widths)
        files.push({ from: await resized(cache, picture, width, "webp", counts), url });
    } catch (error) {
      problems.push(unreadable(picture, speaker.id, error));
    }
  }
  if (problems.length) throw new ContentError(problems);
  return files;
}

/** The small PNG of a photo that share images draw. */
export async function sharePhoto(cache: ImageCache, photo: Source, id: string, counts: Counts): Promise<string> {
  try {
    return await resized(cache, photo, SHARE_PHOTO_PX, "png", counts);
  } catch (error) {
    throw new ContentError([unreadable(photo, id, error)]);
  }
}
