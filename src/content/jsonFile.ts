// One JSON data file read and checked against its schema; every problem lands in `problems` with file, line and field.
import { existsSync } from "node:fs";
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { ZodType, ZodTypeDef } from "zod";
import { readTextFile } from "./text.ts";
import { displayPath, fieldPath, problemsFromZod, type ContentProblem } from "../schema/problem.ts";

export interface JsonFile<T> {
  data: T;
  /** Path for messages. */
  file: string;
  /** Line of a field (the line of its key), or of the nearest enclosing field that exists. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/** 1-based line and column of each offset in `text`. */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

const ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: "a character JSON does not allow",
  InvalidNumberFormat: "a malformed number",
  PropertyNameExpected: "something other than a quoted key (a trailing comma, or a key without quotes?)",
  ValueExpected: "a missing value (a trailing comma?)",
  ColonExpected: "a key without a colon after it",
  CommaExpected: "two entries without a comma between them",
  CloseBraceExpected: "an object that is not closed with }",
  CloseBracketExpected: "a list that is not closed with ]",
  EndOfFileExpected: "more text after the end of the JSON value",
  InvalidCommentToken: "a comment (JSON has none)",
  UnexpectedEndOfComment: "a comment that does not end",
  UnexpectedEndOfString: "a string that does not end",
  UnexpectedEndOfNumber: "a number that does not end",
  InvalidUnicode: "a malformed \\u escape",
  InvalidEscapeCharacter: "a backslash escape JSON does not allow",
  InvalidCharacter: "a control character inside a string",
};

/** Keys written twice in one object: JSON.parse would silently keep the last, so one speaker could replace another. */
function duplicateKeys(root: Node, at: (offset: number) => { line: number }, out: ContentProblem[], file: string): void {
  const stack: { node: Node; path: (string | number)[] }[] = [{ node: root, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.type === "object") {
      const seen = new Map<string, number>();
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key) continue;
        const name = String(key.value);
        const line = at(key.offset).line;
        const first = seen.get(name);
        if (first !== undefined) out.push({ file, line, field: fieldPath([...path, name]), expected: `each key once (${JSON.stringify(name)} is already on line ${first})`, found: "it again" });
        else seen.set(name, line);
        if (value) stack.push({ node: value, path: [...path, name] });
      }
    } else if (node.type === "array") {
      (node.children ?? []).forEach((child, index) => stack.push({ node: child, path: [...path, index] }));
    }
  }
  out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** Deeper than any data file; the parser reads nested values recursively and would run out of stack. */
const MAX_DEPTH = 64;

/** What one pass over JSON text finds outside strings: where nesting first passes the limit, and how many keys it has. */
function scan(text: string): { deepAt?: number; keys: number } {
  let depth = 0;
  let keys = 0;
  let inString = false;
  let stringEnded = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        inString = false;
        stringEnded = true;
      }
      continue;
    }
    // Whitespace between a string and its colon keeps the string a key.
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
    if (c === 0x3a && stringEnded) keys++;
    stringEnded = false;
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_DEPTH) return { deepAt: i, keys };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { keys };
}

/** Keys in a parsed value, counted through every object and list. */
function countKeys(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + countKeys(item), 0);
  let count = 0;
  for (const key of Object.keys(value)) count += 1 + countKeys((value as Record<string, unknown>)[key]);
  return count;
}

/**
 * The checked data, or undefined when the file is absent (`problems` untouched) or wrong (`problems` says why).
 * `contentRoot` is the content folder: a link out of it is not followed.
 */
export function readJsonFile<T>(path: string, schema: ZodType<T, ZodTypeDef, unknown>, problems: ContentProblem[], contentRoot?: string): JsonFile<T> | undefined {
  if (!existsSync(path)) return undefined;
  const file = displayPath(path);
  const read = readTextFile(path, contentRoot);
  if (!("text" in read)) {
    problems.push({ file, ...(read.line ? { line: read.line } : {}), expected: read.expected, found: read.found });
    return undefined;
  }
  const { text } = read;
  const { deepAt, keys } = scan(text);
  if (deepAt !== undefined) {
    const { line, column } = positions(text)(deepAt);
    problems.push({ file, line, column, expected: `objects and lists nested at most ${MAX_DEPTH} deep`, found: "deeper nesting" });
    return undefined;
  }
  const at = positions(text);
  // JSON.parse for the value ("__proto__" stays an ordinary key). Valid JSON whose parsed value holds as many keys as
  // the text writes has no key twice; anything else is read again with jsonc-parser, for the line of the problem.
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  let tree: Node | undefined;
  const parse = (): Node | ContentProblem => {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    if (errors.length === 0 && root) return root;
    // The first error only: the ones after it are mostly the parser losing its place.
    const error = errors[0];
    const { line, column } = at(error?.offset ?? 0);
    const code = error ? printParseErrorCode(error.error) : "ValueExpected";
    return { file, line, column, expected: "valid JSON", found: text.trim() === "" ? "an empty file" : (ERROR_TEXT[code] ?? code) };
  };
  if (raw === undefined || countKeys(raw) !== keys) {
    const parsed = parse();
    if (!("type" in parsed)) {
      problems.push(parsed);
      return undefined;
    }
    const duplicates: ContentProblem[] = [];
    duplicateKeys(parsed, at, duplicates, file);
    if (duplicates.length > 0) {
      problems.push(...duplicates);
      return undefined;
    }
    tree = parsed;
  }
  const lineOf = (fieldPath: readonly (string | number)[]) => {
    // The tree is made only when a line is asked for: most builds ask none.
    tree ??= parse() as Node;
    const root = tree;
    let node: Node | undefined = root;
    let line: number | undefined = at(root.offset).line;
    for (const key of fieldPath) {
      const parent: Node | undefined = node;
      if (!parent) break;
      if (typeof key === "number") node = parent.type === "array" ? parent.children?.[key] : undefined;
      else node = parent.type === "object" ? parent.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1] : undefined;
      if (!node) break;
      line = at(typeof key === "string" ? node.parent!.offset : node.offset).line;
    }
    return line;
  };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    problems.push(...problemsFromZod(parsed.error, raw, file, lineOf));
    return undefined;
  }
  return { data: parsed.data, file, lineOf };
}
