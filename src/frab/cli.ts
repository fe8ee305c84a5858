// `npm run import -- schedule.xml --output CONTENT_DIR [--timezone ZONE]` (through src/import.ts): warnings and errors
// one per line with file and line, one summary, exit 1 when the export cannot be used (then nothing is written).
import { relative, resolve } from "node:path";
import { importFrabSchedule } from "./import.ts";
import { FrabImportError, type ImportProblem } from "./source.ts";

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

const line = (problem: ImportProblem) => `${display(problem.file)}${problem.line ? `:${problem.line}` : ""}: ${problem.message}`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function runFrabImport(schedulePath: string, output: string, options: { quiet: boolean; timezone?: string }): number {
  const started = performance.now();
  let summary;
  try {
    summary = importFrabSchedule(resolve(schedulePath), resolve(output), { file: schedulePath, ...(options.timezone ? { timezone: options.timezone } : {}) });
  } catch (error) {
    if (error instanceof FrabImportError) {
      for (const problem of error.problems) console.error(`error: ${line(problem)}`);
      console.error(`import failed: ${plural(error.problems.length, "problem")} in ${schedulePath}; nothing was written`);
    } else console.error(`import failed: ${(error as Error).message}`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!options.quiet) for (const warning of summary.warnings) console.warn(`warning: ${line(warning)}`);
  const changes = [
    `${summary.written} talk pages written`,
    summary.unchanged ? `${summary.unchanged} unchanged` : "",
    summary.cancelled.length ? `${summary.cancelled.length} marked cancelled` : "",
    summary.kept.length ? `${summary.kept.length} kept as edited by hand` : "",
  ].filter(Boolean);
  console.log(
    `Imported ${schedulePath} into ${output}: ${plural(summary.talks + summary.breaks, "event")} (${plural(summary.talks, "talk")}, ${plural(summary.breaks, "break")}), ` +
      `${plural(summary.speakers, "speaker")}, ${plural(summary.rooms, "room")}, ${plural(summary.days, "day")} in ${summary.timezone}; ${changes.join(", ")}; ` +
      `${plural(summary.warnings.length, "warning")}, in ${seconds.toFixed(2)} s`,
  );
  return 0;
}
