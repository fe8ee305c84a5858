// Lighthouse (the npm package) against a page on a loopback server, in Debian's Chromium started by chrome-launcher.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM, CHROMIUM_FLAGS } from "./browser.ts";

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  "best-practices": number;
  seo: number;
  failing: string[];
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** The median of several runs per category after a warm-up run, as Lighthouse's docs advise: one run's timing varies with machine load. */
export async function lighthouseScores(url: string, runs = 3): Promise<LighthouseScores & { runs: LighthouseScores[] }> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: [...CHROMIUM_FLAGS, "--headless=new"] });
  try {
    // A first run in a fresh browser carries Chromium's own start-up work as "unattributable" long tasks: warm up, discard it.
    await lighthouseRun(url, chrome.port);
    const all: LighthouseScores[] = [];
    for (let run = 0; run < runs; run++) all.push(await lighthouseRun(url, chrome.port));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r[c]))])) as Omit<LighthouseScores, "failing">;
    return { ...scores, failing: [...new Set(all.flatMap((r) => r.failing))], runs: all };
  } finally {
    chrome.kill();
  }
}

async function lighthouseRun(url: string, port: number): Promise<LighthouseScores> {
  {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "manual")
      .map((audit) => `${audit.id}: ${audit.title}`);
    return { performance: score("performance"), accessibility: score("accessibility"), "best-practices": score("best-practices"), seo: score("seo"), failing };
  }
}
