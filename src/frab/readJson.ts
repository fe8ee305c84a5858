// schedule.json (the c3voc JSON schema, as frab and pretalx write it) read with JSON.parse, each day's rooms turned
// into a list in their written order. Lines come from jsonc-parser's tree, made only when a message needs one (or
// when a room's name is a number, which a plain object would move first).
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { FrabImportError, Lines, NOT_FRAB, type FrabSource, type Path } from "./source.ts";

const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** A day's rooms, which schedule.json keys by name: the path that holds them. */
function isDayRooms(path: Path): boolean {
  return path.length === 5 && path[0] === "schedule" && path[1] === "conference" && path[2] === "days" && typeof path[3] === "number" && path[4] === "rooms";
}

/** The line of every value, by its path in the converted shape (each day's rooms a list). */
function linesOf(text: string, tree: Node): Lines {
  const starts = lineStarts(text);
  const lines = new Lines();
  const walk = (node: Node, path: Path) => {
    lines.set(path, lineAt(starts, node.offset));
    if (node.type === "array") (node.children ?? []).forEach((item, index) => walk(item, [...path, index]));
    else if (node.type === "object") {
      (node.children ?? []).forEach((property, index) => {
        const [key, value] = property.children ?? [];
        if (!key || !value) return;
        if (!isDayRooms(path)) return walk(value, [...path, String(key.value)]);
        walk(value, [...path, index, "events"]);
        lines.set([...path, index], lineAt(starts, value.offset));
      });
    }
  };
  walk(tree, []);
  return lines;
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value);

export function readFrabJson(text: string, file: string): FrabSource {
  const source = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    const errors: ParseError[] = [];
    parseTree(source, errors, PARSE_OPTIONS);
    const error = errors[0];
    throw new FrabImportError([{ file, ...(error ? { line: lineAt(lineStarts(source), error.offset) } : {}), message: `expected valid JSON, found ${error ? printParseErrorCode(error.error) : "no value"}` }]);
  }
  if (!isObject(value) || !isObject(value.schedule)) {
    const keys = isObject(value) ? Object.keys(value) : [];
    throw new FrabImportError([{ file, line: 1, message: `expected ${NOT_FRAB}, found ${keys.length ? `an object with ${keys.slice(0, 5).map((k) => JSON.stringify(k)).join(", ")}` : Array.isArray(value) ? "a list" : "something else"}` }]);
  }
  let tree: Node | undefined;
  const treeOf = () => (tree ??= parseTree(source, [], PARSE_OPTIONS)!);
  const conference = value.schedule.conference;
  const days = isObject(conference) && Array.isArray(conference.days) ? conference.days : [];
  days.forEach((day: unknown, index: number) => {
    if (!isObject(day) || !isObject(day.rooms)) return;
    const rooms = day.rooms;
    let names = Object.keys(rooms);
    // An object lists names like "101" first, whatever their place in the file: the file's own order then.
    if (names.some((name) => /^(?:0|[1-9]\d*)$/.test(name))) {
      const node = findNode(treeOf(), ["schedule", "conference", "days", index, "rooms"]);
      names = [...new Set((node?.children ?? []).map((property) => String(property.children?.[0]?.value)))];
    }
    day.rooms = names.map((name) => ({ name, events: rooms[name] }));
  });
  let lines: Lines | undefined;
  return { format: "json", file, value, lineOf: (path) => (lines ??= linesOf(source, treeOf())).lineOf(path) };
}

function findNode(tree: Node, path: Path): Node | undefined {
  let node: Node | undefined = tree;
  for (const key of path) {
    if (!node) return undefined;
    if (node.type === "array" && typeof key === "number") node = node.children?.[key];
    else if (node.type === "object") node = [...(node.children ?? [])].reverse().find((property) => property.children?.[0]?.value === key)?.children?.[1];
    else return undefined;
  }
  return node;
}
