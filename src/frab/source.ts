// What both readers hand on: the export as one JSON-like value of a single shape (schedule.json's, with each day's
// rooms as a list so their order survives), the line of every part of it, and the problems found on the way.

/** A path into the value: ["schedule", "conference", "days", 0, "rooms", 1, "events", 3, "title"]. */
export type Path = readonly (string | number)[];

export interface ImportProblem {
  file: string;
  line?: number;
  message: string;
}

/** Problems that stop the import: nothing is written. */
export class FrabImportError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`).join("\n"));
    this.name = "FrabImportError";
  }
}

export interface FrabSource {
  format: "xml" | "json";
  /** The file, as messages name it. */
  file: string;
  value: unknown;
  lineOf(path: Path): number | undefined;
}

/** Lines by path, each path written once as a key: "schedule\u0000conference\u0000days\u00000". */
export class Lines {
  private readonly lines = new Map<string, number>();

  set(path: Path, line: number): void {
    this.lines.set(path.join("\u0000"), line);
  }

  /** The line of the path, else of the nearest part that encloses it. */
  lineOf(path: Path): number | undefined {
    for (let end = path.length; end >= 0; end--) {
      const line = this.lines.get(path.slice(0, end).join("\u0000"));
      if (line !== undefined) return line;
    }
    return undefined;
  }
}

/** "a frab schedule …" as every "not frab" message says it. */
export const NOT_FRAB = "a frab schedule: schedule.xml with <schedule>, <conference> and <day> elements, or schedule.json with a \"schedule\" object holding \"conference\" and its \"days\"";
