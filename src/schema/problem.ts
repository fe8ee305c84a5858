// Content problems as values with a place (file, line, field) until the edge of the program turns them into a report.
import type { ZodError, ZodIssue } from "zod";

export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  expected: string;
  found?: string;
}

/** One line per problem: `content/talk/x.md:4: field "speakers[0]": expected …, found …`. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` field "${problem.field}":` : "";
  const found = problem.found === undefined ? "" : `, found ${problem.found}`;
  return `${place}:${field} expected ${problem.expected}${found}`;
}

/** The base error of the build: always carries the input path, keeps what caused it (after Eleventy's EleventyBaseError). */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  readonly originalError?: unknown;
  constructor(problems: ContentProblem[], originalError?: unknown) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
    this.problems = problems;
    this.originalError = originalError;
  }
}

/** A short, readable rendering of a value found in the input. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function fieldPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${key}` : key), "");
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function expectedOf(issue: ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      // A schema may say what a missing field is for ("the IANA time zone …"); that says more than "a string".
      if (issue.received === "undefined" && issue.message !== "Required") return issue.message;
      return issue.expected === "array" ? "a list" : `a ${issue.expected}`;
    case "unrecognized_keys":
      return `no field named ${issue.keys.map((k) => `"${k}"`).join(", ")} (misspelt?)`;
    case "invalid_enum_value":
      return `one of ${issue.options.map((o) => JSON.stringify(o)).join(", ")}`;
    default:
      return issue.message;
  }
}

/** Turns zod's issues into problems; `lineOf` finds where a field sits in the source, where it can. */
export function problemsFromZod(
  error: ZodError,
  data: unknown,
  file: string,
  lineOf: (path: readonly (string | number)[]) => number | undefined = () => undefined,
  prefix: readonly (string | number)[] = [],
): ContentProblem[] {
  return error.issues.map((issue) => {
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    const value = valueAt(data, issue.path);
    return {
      file,
      line: lineOf(path),
      field: fieldPath([...prefix, ...path]),
      expected: expectedOf(issue),
      found: issue.code === "unrecognized_keys" ? undefined : describeValue(value),
    };
  });
}
