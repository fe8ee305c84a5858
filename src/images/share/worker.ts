// A worker of the share-image pool: fonts and satori loaded once, one card at a time, each written into the cache.
import { parentPort } from "node:worker_threads";
import sharp from "sharp";
import { ImageCache } from "../cache.ts";
import { renderShareImage } from "./render.ts";
import type { ShareJob } from "./pool.ts";

// Each worker has a core of its own; libvips' own threads would only compete with the other worker.
sharp.concurrency(1);

parentPort!.on("message", async (job: ShareJob) => {
  try {
    const png = await renderShareImage(job.card, job.photos);
    new ImageCache(job.cacheDir).put(job.key, "png", png);
    parentPort!.postMessage({ id: job.id });
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: (error as Error).stack ?? String(error) });
  }
});
