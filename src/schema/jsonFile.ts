// One JSON data file read and checked against its schema; every problem lands in `problems` with file, line and field.
import { existsSync, readFileSync } from "node:fs";
import type { ZodType, ZodTypeDef } from "zod";
import { jsonLineOf } from "./lines.ts";
import { problemsFromZod, type ContentProblem } from "./problem.ts";

export function displayPath(path: string): string {
  const rel = path.startsWith(process.cwd()) ? path.slice(process.cwd().length + 1) : path;
  return rel || path;
}

/** The checked data, or undefined when the file is absent (`problems` untouched) or wrong (`problems` says why). */
export function readJsonFile<T>(path: string, schema: ZodType<T, ZodTypeDef, unknown>, problems: ContentProblem[]): { data: T; text: string; file: string } | undefined {
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  const text = readFileSync(path, "utf8");
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    problems.push({ file, expected: "valid JSON", found: (error as Error).message });
    return undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...problemsFromZod(parsed.error, raw, file, (p) => jsonLineOf(text, p)));
    return undefined;
  }
  return { data: parsed.data, text, file };
}
