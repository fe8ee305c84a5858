// Paths into ../shared (the Pelican corpus and the fidelity tool), with the reason to skip when they are absent.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const SHARED = resolve(import.meta.dirname, "..", "..", "..", "shared");
export const SCIWORK_CONTENT = join(SHARED, "corpus", "sciwork20", "content");
export const FIDELITY_TOOL = join(SHARED, "tools", "pelican-fidelity");

export function corpusSkipReason(): string | false {
  return existsSync(SCIWORK_CONTENT) ? false : `${SCIWORK_CONTENT} is absent: the Pelican corpus tests need ../shared beside the project`;
}

/** Why the Pelican reference checks cannot run here, or false when they can. */
export function pelicanSkipReason(): string | false {
  const corpus = corpusSkipReason();
  if (corpus) return corpus;
  if (!existsSync(FIDELITY_TOOL)) return `${FIDELITY_TOOL} is absent`;
  const probe = spawnSync("/usr/bin/python3", ["-c", "import pelican, docutils"], { encoding: "utf8" });
  return probe.status === 0 ? false : "Pelican/docutils are not importable by /usr/bin/python3 (apt-get install pelican python3-docutils, or run .ci/run)";
}
