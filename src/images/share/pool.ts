// Share images made on every core: a small pool of worker threads, each keeping its fonts and satori loaded. A few
// images are made in this thread instead, where starting workers would cost more than it saves.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ShareCard } from "../../model/types.ts";
import { ImageCache } from "../cache.ts";

export interface ShareJob {
  id: number;
  card: ShareCard;
  photos: (string | undefined)[];
  key: string;
  cacheDir: string;
}

/** Below this many images, one thread: a worker takes about a third of a second to load satori and its fonts. */
const POOL_FROM = 12;

export async function renderAll(jobs: Omit<ShareJob, "id">[]): Promise<void> {
  if (jobs.length === 0) return;
  const workers = Math.min(availableParallelism(), Math.ceil(jobs.length / POOL_FROM), 8);
  if (workers <= 1) {
    // satori, resvg and sharp are loaded only when an image is made: a warm build needs none of them.
    const { renderShareImage } = await import("./render.ts");
    for (const job of jobs)
      new ImageCache(job.cacheDir).put(job.key, "png", await renderShareImage(job.card, job.photos));
    return;
  }
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= jobs.length) return resolve();
        const id = next++;
        worker.postMessage({ ...jobs[id]!, id });
      };
      worker.on("message", (reply: { id: number; error?: string }) => {
        if (reply.error) reject(new Error(`share image for ${jobs[reply.id]!.card.path}: ${reply.error}`));
        else send();
      });
      worker.on("error", reject);
      worker.on("exit", (code) =>
        code !== 0 ? reject(new Error(`a share-image worker stopped (exit code ${code})`)) : undefined,
      );
      send();
    });
  const pool = Array.from({ length: workers }, () => new Worker(new URL("./worker.js", import.meta.url)));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
