// A schedule.xml or schedule.json read and checked against the frab schema: every problem with its line, naming the
// event it is in and the field, what was expected and what was found.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { readFrabJson } from "./readJson.ts";
import { readFrabXml } from "./readXml.ts";
import { expectedOf, frabScheduleSchema, splitEventPath, type FrabSchedule } from "./schema.ts";
import { FrabImportError, type FrabSource, type ImportProblem } from "./source.ts";

/** Problems reported per file: past this many, one more line says how many there are. */
const MAX_PROBLEMS = 50;

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** "event 25 (“Title”)" for the event at `path` in the raw value. */
function eventLabel(value: unknown, path: readonly (string | number)[]): string {
  const event = valueAt(value, path) as Record<string, unknown> | undefined;
  const id = event?.id ?? event?.guid;
  const title = typeof event?.title === "string" ? ` (“${event.title.trim().slice(0, 50)}”)` : "";
  return `event ${id === undefined ? `number ${Number(path.at(-1)) + 1} in its room` : String(id)}${title}`;
}

export function checkSchedule(source: FrabSource): FrabSchedule {
  const parsed = frabScheduleSchema.safeParse(source.value);
  if (parsed.success) return parsed.data;
  const problems: ImportProblem[] = parsed.error.issues.slice(0, MAX_PROBLEMS).map((issue) => {
    const { event, field } = splitEventPath(issue.path);
    const found = issue.code === "invalid_type" && issue.received === "undefined" ? "nothing" : describe(valueAt(source.value, issue.path));
    const where = event ? `${eventLabel(source.value, event)}: ` : "";
    return { file: source.file, line: source.lineOf(issue.path), message: `${where}field "${field}": expected ${expectedOf(issue)}, found ${found}` };
  });
  if (parsed.error.issues.length > MAX_PROBLEMS) problems.push({ file: source.file, message: `expected fewer problems, found ${parsed.error.issues.length - MAX_PROBLEMS} more` });
  throw new FrabImportError(problems);
}

/** The file read as the frab format its name says: .xml or .json. */
export function readSchedule(path: string, file: string): { source: FrabSource; schedule: FrabSchedule } {
  const extension = extname(path).toLowerCase();
  if (extension !== ".xml" && extension !== ".json") throw new FrabImportError([{ file, message: `expected a schedule.xml or schedule.json file, found a ${extension || "file without an extension"}` }]);
  let text: string;
  try {
    const bytes = readFileSync(path);
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).name === "TypeError" ? "bytes that are not UTF-8" : (error as Error).message;
    throw new FrabImportError([{ file, message: `expected a readable UTF-8 file, found ${reason}` }]);
  }
  const source = extension === ".xml" ? readFrabXml(text, file) : readFrabJson(text, file);
  return { source, schedule: checkSchedule(source) };
}
