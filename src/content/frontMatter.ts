// Front matter read exactly as Eleventy reads it (its own gray-matter fork), but in YAML only: other languages run code.
import matter from "gray-matter";
import yaml from "js-yaml";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The YAML text between the fences. */
  text: string;
  /** Line number (in the file) of the first line of `text`. */
  firstLine: number;
  /** What follows the front matter. */
  body: string;
  /** Line number (in the file) of the body's first line. */
  bodyLine: number;
}

/** YAML without timestamps: js-yaml's default would read "2020-01-06 21:09:00" as UTC, which is wrong for a conference. */
export function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly expected = "valid YAML front matter",
  ) {
    super(message);
    this.name = "FrontMatterSyntaxError";
  }
}

function refuseLanguage(language: string) {
  return () => {
    throw new FrontMatterSyntaxError(`front matter in ${language}`, 1, 'front matter in YAML, between two "---" lines');
  };
}

/**
 * gray-matter's engines for every language but YAML refuse: `---js` front matter is JavaScript that Eleventy would run.
 * Eleventy is given the same table (src/eleventy/trust.ts), so what the build checks is what Eleventy reads.
 */
export const FRONT_MATTER_ENGINES = {
  yaml: parseYaml,
  javascript: refuseLanguage("JavaScript"),
  js: refuseLanguage("JavaScript"),
  jsLegacy: refuseLanguage("JavaScript"),
  node: refuseLanguage("JavaScript"),
  json: refuseLanguage("JSON"),
  toml: refuseLanguage("TOML"),
  coffee: refuseLanguage("CoffeeScript"),
};

function linesIn(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

export function readFrontMatter(source: string): FrontMatter {
  let file;
  try {
    // gray-matter caches by text when it gets no options; these options also keep it from caching.
    file = matter(source, { engines: FRONT_MATTER_ENGINES as never, language: "yaml" });
  } catch (error) {
    if (error instanceof FrontMatterSyntaxError) throw error;
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    // A language gray-matter has no engine for ("---coffee2") is the same mistake as one it refuses.
    if (/engine .* is not registered/.test(reason)) throw new FrontMatterSyntaxError(`front matter in ${/engine "?(\S+?)"? is/.exec(reason)?.[1] ?? "another language"}`, 1, 'front matter in YAML, between two "---" lines');
    // The YAML text starts on the opening fence's line (the rest of that line is its first line).
    throw new FrontMatterSyntaxError(reason, mark?.line === undefined ? undefined : mark.line + 1);
  }
  const text = file.matter ?? "";
  const body = file.content;
  const bodyLine = linesIn(source.slice(0, source.length - body.length)) + 1;
  const data: unknown = file.data;
  if (data === null || data === undefined) return { data: {}, text, firstLine: 1, body, bodyLine };
  if (typeof data !== "object" || Array.isArray(data)) throw new FrontMatterSyntaxError("something other than fields", 2, "front matter that is a set of fields (key: value)");
  return { data: data as Record<string, unknown>, text, firstLine: 1, body, bodyLine };
}

/** Whether the text opens with a front matter fence at all (gray-matter's own test: "---", not "----"). */
export function hasFrontMatter(source: string): boolean {
  return source.startsWith("---") && source[3] !== "-";
}
