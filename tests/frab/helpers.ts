// What the frab importer tests share: the fixtures, an import into a fresh folder, and the program as a reader sees it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { importFrabSchedule, type FrabImportOptions, type FrabImportSummary } from "../../src/frab/import.ts";
import { FrabImportError, type ImportProblem } from "../../src/frab/source.ts";
import { temporaryDir, type BuiltSite } from "../helpers/site.ts";

export const FIXTURES = join(import.meta.dirname, "fixtures");
/** A frab schedule.xml of two days from 11:00 to 04:00, with talks and a break after midnight. */
export const HARBOUR_XML = join(FIXTURES, "harbour-hack.xml");
/** A pretalx-style schedule.json of one day: biographies, links, a panel, a workshop. */
export const DATA_DAY_JSON = join(FIXTURES, "data-day.json");

export function importInto(input: string, options: FrabImportOptions & { output?: string } = {}): { dir: string; summary: FrabImportSummary } {
  const dir = options.output ?? join(temporaryDir("frab"), "content");
  const { output: _output, ...rest } = options;
  return { dir, summary: importFrabSchedule(input, dir, rest) };
}

/** The problems that stop an import; fails the test when the import goes through. */
export function importErrors(input: string, options: FrabImportOptions & { output?: string } = {}): ImportProblem[] {
  try {
    importInto(input, options);
  } catch (error) {
    if (error instanceof FrabImportError) return error.problems;
    throw error;
  }
  throw new Error("the import should have failed");
}

export function readJson<T = Record<string, unknown>>(dir: string, path: string): T {
  return JSON.parse(readFileSync(join(dir, path), "utf8")) as T;
}

/** A page's front matter fields and its body, as the build's YAML reader (core schema) reads them. */
export function page(dir: string, path: string): { data: Record<string, unknown>; body: string; text: string } {
  const text = readFileSync(join(dir, path), "utf8");
  const match = /^---\n([\s\S]*?)\n---\n\n?/.exec(text);
  if (!match) throw new Error(`${path} has no front matter`);
  return { data: yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>, body: text.slice(match[0].length), text };
}

/**
 * The program as a visitor reads it: each day's heading (without its zone), then one row per start time, "10:00 Title
 * (time · room · type · speakers) | …" for each item; with `talksOnly`, breaks are left out (the frab format has no
 * place for them), and rows left empty too.
 */
export function programOf(site: BuiltSite, options: { talksOnly?: boolean } = {}): [string, string[]][] {
  const doc = site.document("program.html");
  const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  return Array.from(doc.querySelectorAll(".day"), (day) => {
    const heading = day.querySelector("h2")!.cloneNode(true) as Element;
    heading.querySelector(".offset")?.remove();
    const rows = Array.from(day.querySelectorAll(".slot"), (slot) => {
      const items = Array.from(slot.querySelectorAll(options.talksOnly ? ".item:not(.break)" : ".item"), (item) => `${text(item.querySelector("a, .title"))} (${text(item.querySelector(".meta"))})`);
      return items.length ? `${text(slot.querySelector("time"))} ${items.join(" | ")}` : "";
    }).filter((row) => row !== "");
    return [text(heading), rows] as [string, string[]];
  });
}
