// schedule.json (the c3voc JSON schema, as frab and pretalx write it) read with jsonc-parser's tree, which gives each
// value's line and keeps each day's rooms in their written order (a plain object would put a room named "101" first).
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { FrabImportError, Lines, NOT_FRAB, type FrabSource, type Path } from "./source.ts";

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

export function readFrabJson(text: string, file: string): FrabSource {
  const source = text.replace(/^\uFEFF/, "");
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const starts = lineStarts(source);
  if (errors.length > 0 || !tree) {
    const error = errors[0];
    throw new FrabImportError([{ file, ...(error ? { line: lineAt(starts, error.offset) } : {}), message: `expected valid JSON, found ${error ? printParseErrorCode(error.error) : "no value"}` }]);
  }
  const lines = new Lines();
  const build = (node: Node, path: Path): unknown => {
    lines.set(path, lineAt(starts, node.offset));
    if (node.type === "array") return (node.children ?? []).map((item, index) => build(item, [...path, index]));
    if (node.type === "object") {
      const properties = (node.children ?? []).map((property) => [String(property.children![0]!.value), property.children![1]] as const);
      if (isDayRooms(path)) {
        return properties.map(([name, events], index) => {
          const roomPath = [...path, index];
          lines.set(roomPath, lineAt(starts, events!.offset));
          return { name, events: events ? build(events, [...roomPath, "events"]) : undefined };
        });
      }
      const out: Record<string, unknown> = {};
      // Object.defineProperty: a key named "__proto__" is data here, not the object's prototype.
      for (const [key, valueNode] of properties) if (valueNode) Object.defineProperty(out, key, { value: build(valueNode, [...path, key]), enumerable: true, writable: true, configurable: true });
      return out;
    }
    return node.value;
  };
  const value = build(tree, []) as Record<string, unknown>;
  const schedule = value && typeof value === "object" && !Array.isArray(value) ? value.schedule : undefined;
  if (!schedule || typeof schedule !== "object" || Array.isArray(schedule)) {
    const keys = value && typeof value === "object" && !Array.isArray(value) ? Object.keys(value) : [];
    throw new FrabImportError([{ file, line: 1, message: `expected ${NOT_FRAB}, found ${keys.length ? `an object with ${keys.slice(0, 5).map((k) => JSON.stringify(k)).join(", ")}` : Array.isArray(value) ? "a list" : "something else"}` }]);
  }
  return { format: "json", file, value, lineOf: (path) => lines.lineOf(path) };
}
