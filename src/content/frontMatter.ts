// Front matter read by the rules Eleventy's gray-matter reads it by, in YAML only: other languages run code.
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

/**
 * Splits and reads front matter by gray-matter's rules (which Eleventy uses): an opening "---" line, optionally naming
 * a language; the block ends at the next line starting with "---" (or runs to the end); the body starts after that
 * line. By hand rather than through gray-matter: its file objects, sections and excerpts cost more than the YAML for
 * a 10,000-talk conference, and only YAML is read here.
 */
export function readFrontMatter(source: string): FrontMatter {
  if (!hasFrontMatter(source)) return { data: {}, text: "", firstLine: 1, body: source, bodyLine: 1 };
  const lineEnd = source.indexOf("\n");
  const opening = lineEnd < 0 ? source.slice(3) : source.slice(3, lineEnd);
  const language = opening.trim();
  if (language && language.toLowerCase() !== "yaml" && language.toLowerCase() !== "yml") {
    const name = { js: "JavaScript", javascript: "JavaScript", json: "JSON", toml: "TOML", coffee: "CoffeeScript" }[language.toLowerCase()] ?? language;
    throw new FrontMatterSyntaxError(`front matter in ${name}`, 1, 'front matter in YAML, between two "---" lines');
  }
  // The YAML text starts on the opening fence's line (the rest of that line is its first line), as gray-matter's does.
  const rest = source.slice(3 + (language ? opening.indexOf(language) + language.length : 0));
  const close = rest.indexOf("\n---");
  const text = close < 0 ? rest : rest.slice(0, close);
  let body = close < 0 ? "" : rest.slice(close + 4);
  if (body.startsWith("\r")) body = body.slice(1);
  if (body.startsWith("\n")) body = body.slice(1);
  const bodyLine = linesIn(source.slice(0, source.length - body.length)) + 1;
  if (text.replace(/^\s*#[^\n]+/gm, "").trim() === "") return { data: {}, text, firstLine: 1, body, bodyLine };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new FrontMatterSyntaxError(reason, mark?.line === undefined ? undefined : mark.line + 1);
  }
  if (data === null || data === undefined) return { data: {}, text, firstLine: 1, body, bodyLine };
  if (typeof data !== "object" || Array.isArray(data)) throw new FrontMatterSyntaxError("something other than fields", 2, "front matter that is a set of fields (key: value)");
  return { data: data as Record<string, unknown>, text, firstLine: 1, body, bodyLine };
}

/** Whether the text opens with a front matter fence at all (gray-matter's own test: "---", not "----"). */
export function hasFrontMatter(source: string): boolean {
  return source.startsWith("---") && source[3] !== "-";
}
