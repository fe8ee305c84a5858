// `importFrabSchedule`: a frab or pretalx schedule.xml / schedule.json becomes a content folder this project builds,
// or updates the one an earlier import wrote. Nothing is written when the export cannot be used.
import { statSync } from "node:fs";
import { basename } from "node:path";
import { DateTime } from "luxon";
import { planImport } from "./plan.ts";
import { readSchedule } from "./read.ts";
import { FrabImportError, type ImportProblem } from "./source.ts";
import { updateContent, type UpdateSummary } from "./update.ts";

export interface FrabImportSummary extends UpdateSummary {
  /** Events in the export that became talks or breaks. */
  talks: number;
  breaks: number;
  rooms: number;
  days: number;
  timezone: string;
  warnings: ImportProblem[];
}

export interface FrabImportOptions {
  /** The zone when the export names none (time_zone_name). */
  timezone?: string;
  /** How messages name the input file; the path itself by default. */
  file?: string;
}

/** Imports `inputPath` into `outputDir`; a FrabImportError carries every problem that stopped it. */
export function importFrabSchedule(inputPath: string, outputDir: string, options: FrabImportOptions = {}): FrabImportSummary {
  const file = options.file ?? inputPath;
  const warnings: ImportProblem[] = [];
  const errors: ImportProblem[] = [];
  const { source, schedule } = readSchedule(inputPath, file);
  const plan = planImport(schedule, source, { ...(options.timezone ? { timezone: options.timezone } : {}) }, warnings, errors);
  if (!plan || errors.length > 0) throw new FrabImportError(errors);
  // Pages are dated by the export (when it was saved), so importing the same file again writes the same bytes.
  const date = DateTime.fromMillis(statSync(inputPath).mtimeMs, { zone: plan.zone }).startOf("minute");
  const summary = updateContent(plan, outputDir, { source: basename(inputPath), date }, warnings);
  return { ...summary, talks: plan.talks.length, breaks: plan.breaks.length, rooms: plan.rooms.length, days: daysBetween(plan.firstDay, plan.lastDay), timezone: plan.zone, warnings };
}

function daysBetween(first: string, last: string): number {
  return Math.round(DateTime.fromISO(last, { zone: "UTC" }).diff(DateTime.fromISO(first, { zone: "UTC" }), "days").days) + 1;
}
