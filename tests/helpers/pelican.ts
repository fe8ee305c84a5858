// Small Pelican sites written by a test, and what Pelican 4.8 itself (Debian's) writes for them: the reference for URLs.
import { spawnSync } from "node:child_process";
import { join, relative } from "node:path";
import { listFiles, temporaryDir, writeInto } from "./site.ts";

/** A Pelican site in a fresh folder: `files` maps paths ("pelicanconf.py", "content/pages/a.rst") to their text. */
export function writePelicanSite(label: string, files: Record<string, string | Buffer>): { root: string; site: string; out: string } {
  const root = temporaryDir(label);
  const site = join(root, "site");
  for (const [name, text] of Object.entries(files)) writeInto(site, name, text);
  return { root, site, out: join(root, "imported") };
}

/** Why Pelican cannot be run here, or false when it can. */
export function pelicanRunSkipReason(): string | false {
  const probe = spawnSync("/usr/bin/python3", ["-c", "import pelican"], { encoding: "utf8" });
  return probe.status === 0 ? false : "Pelican is not importable by /usr/bin/python3 (apt-get install pelican)";
}

/** Runs Pelican on a site the test wrote (its own settings, no plugins) and lists the files it wrote, "/" separated. */
export function pelicanOutput(site: string, content = "content"): string[] {
  const out = join(temporaryDir("pelican-out"), "out");
  const run = spawnSync("/usr/bin/python3", ["-m", "pelican", content, "-s", "pelicanconf.py", "-o", out, "-q"], { cwd: site, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`pelican failed: ${run.stderr}`);
  return listFiles(out).map((f) => relative(out, f).split("\\").join("/")).sort();
}
