// Content problems as values with a place (file, line, field) until the edge of the program turns them into a report.
import { isAbsolute, relative } from "node:path";
import type { ZodError, ZodIssue } from "zod";

export interface ContentProblem {
  file: string;
  line?: number;
  column?: number;
  field?: string;
  expected: string;
  found?: string;
}

/** A path for messages: relative to the current directory when the file is under it, else as given. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

/** One line per problem: `content/talk/x.md:4: field "speakers[0]": expected …, found …`. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.line ? `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ""}` : problem.file;
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

/** "a, b, c and 7 more": the first few names of a long list, so one line still says which. */
export function someOf(names: string[], shown = 3): string {
  const head = names.slice(0, shown).join(", ");
  return names.length > shown ? `${head} and ${names.length - shown} more` : head;
}

/** A short, readable rendering of a value found in the input. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (value instanceof Date) return `the date ${value.toISOString()}`;
  const text = jsonPrefix(value, 61);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The start of a value's JSON, at most about `limit` characters. JSON.stringify would write all of it first, and YAML
 * aliases can make a few lines of front matter into a value of billions of items.
 */
function jsonPrefix(value: unknown, limit: number): string {
  let out = "";
  const write = (v: unknown): boolean => {
    if (out.length > limit) return false;
    if (Array.isArray(v)) {
      out += "[";
      for (let i = 0; i < v.length; i++) {
        if (i > 0) out += ",";
        if (!write(v[i])) return false;
      }
      out += "]";
    } else if (v !== null && typeof v === "object" && !(v instanceof Date)) {
      out += "{";
      let first = true;
      for (const [key, item] of Object.entries(v)) {
        out += `${first ? "" : ","}${JSON.stringify(key)}:`;
        first = false;
        if (!write(item)) return false;
      }
      out += "}";
    } else out += JSON.stringify(v) ?? String(v);
    return out.length <= limit;
  };
  write(value);
  return out;
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

/** What a zod type is called in an organizer's words. */
const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a set of fields (key: value)",
  date: "a date",
};

/** zod's own texts ("Invalid input", "String must contain…") are for programmers: a schema that says nothing gets these. */
const ZOD_DEFAULT = /^(Invalid|Required$|Expected |String must|Number must|Array must|Set must|Date must|Unrecognized key)/;

function sizeWords(issue: Extract<ZodIssue, { code: "too_small" | "too_big" }>): string {
  const bound = issue.code === "too_small" ? (issue.inclusive ? "at least" : "more than") : issue.inclusive ? "at most" : "less than";
  const limit = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  if (issue.type === "string") return issue.code === "too_small" && limit === 1 && issue.inclusive ? "non-empty text" : `text of ${bound} ${limit} characters`;
  if (issue.type === "array") return issue.code === "too_small" && limit === 1 && issue.inclusive ? "a list with at least one item" : `a list of ${bound} ${limit} items`;
  return `a number ${bound} ${limit}`;
}

function expectedOf(issue: ZodIssue): string {
  const own = ZOD_DEFAULT.test(issue.message) ? undefined : issue.message;
  switch (issue.code) {
    case "invalid_type":
      // A schema may say what a missing field is for ("the IANA time zone …"); that says more than "text".
      if (own && issue.received === "undefined") return own;
      return TYPE_WORDS[issue.expected] ?? `a ${issue.expected}`;
    case "unrecognized_keys":
      return `no field named ${issue.keys.map((k) => `"${k}"`).join(", ")} (misspelt?)`;
    case "invalid_enum_value":
      return `one of ${issue.options.map((o) => JSON.stringify(o)).join(", ")}`;
    case "invalid_literal":
      return JSON.stringify(issue.expected);
    case "too_small":
    case "too_big":
      return own ?? sizeWords(issue);
    case "invalid_string":
      return own ?? (issue.validation === "url" ? "a URL" : issue.validation === "email" ? "an e-mail address" : "text in the expected form");
    case "invalid_union":
      // The first alternative that says what it wants, else the kinds of value that would do.
      for (const union of issue.unionErrors) for (const inner of union.issues) if (!ZOD_DEFAULT.test(inner.message)) return inner.message;
      return "a value of the right kind";
    default:
      return own ?? "a valid value";
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
