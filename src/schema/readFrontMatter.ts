// Front matter read the way the build reads it: YAML's core schema, so "2020-01-06 21:09" stays text until we give it a zone.
import yaml from "js-yaml";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The YAML text between the fences. */
  text: string;
  /** Line number (in the file) of the first line of `text`. */
  firstLine: number;
  /** What follows the front matter. */
  body: string;
}

/** YAML without timestamps: js-yaml's default would read "2020-01-06 21:09:00" as UTC, which is wrong for a conference. */
export function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = "FrontMatterSyntaxError";
  }
}

export function readFrontMatter(source: string): FrontMatter {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { data: {}, text: "", firstLine: 2, body: source };
  const text = match[1] ?? "";
  const body = source.slice(match[0].length);
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new FrontMatterSyntaxError(reason, mark?.line === undefined ? undefined : mark.line + 2);
  }
  if (data === null || data === undefined) return { data: {}, text, firstLine: 2, body };
  if (typeof data !== "object" || Array.isArray(data)) throw new FrontMatterSyntaxError("front matter that is a set of fields (key: value)", 2);
  return { data: data as Record<string, unknown>, text, firstLine: 2, body };
}
