// One content file read, checked and rendered, once: its text, its front matter against its layout's schema, its body.
import { relative, sep } from "node:path";
import type { MarkdownIt } from "markdown-it";
import { hasFrontMatter, readFrontMatter, type FrontMatterSyntaxError } from "../content/frontMatter.ts";
import { readTextFile } from "../content/text.ts";
import { renderBody } from "../markdown/body.ts";
import { shortenDescription } from "../markdown/description.ts";
import {
  KNOWN_LAYOUTS,
  pageSchema,
  reservedFieldsOf,
  talkSchema,
  type Layout,
  type TalkFrontMatter,
} from "../schema/frontMatter.ts";
import { yamlLineOf } from "../schema/lines.ts";
import { describeValue, displayPath, problemsFromZod, type ContentProblem } from "../schema/problem.ts";
import type { Page } from "./types.ts";
import { pageUrl } from "./urls.ts";

export interface PageContext {
  siteZone: string;
  /** The event's zone, which talks' times are read in; the site's when there is no event. */
  eventZone?: string;
  pathPrefix: string;
  allowScripts: boolean;
  md: MarkdownIt;
}

/** A content file as read: the page (when its front matter passed), a talk's fields, and every problem with its line. */
export interface ReadPage {
  page?: Page;
  talk?: TalkFrontMatter;
  /** The permalink as written, for messages. */
  permalink?: string;
  problems: ContentProblem[];
  /** Line of a front matter field in the file. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

const NO_FRONT_MATTER =
  'front matter at the top: a "---" line, fields such as "title: My talk", and a closing "---" line';
const SCRIPTS_EXPECTED = 'HTML without scripts (a site that wants them sets "allowScripts": true in _data/site.json)';

/** Far more values than any page's front matter has; YAML aliases (`*name`) could otherwise make billions. */
const MAX_VALUES = 10_000;

/** How many values `data` holds, counting an alias each time it is used; stops counting past `limit`. */
function countValues(data: unknown, limit: number): number {
  let count = 0;
  const visit = (value: unknown, depth: number) => {
    // Nesting deeper than any real front matter counts as too much: code that walks it recursively would overflow.
    if (depth > 50) count = limit;
    if (++count > limit || value === null || typeof value !== "object") return;
    for (const item of Array.isArray(value) ? value : Object.values(value)) {
      visit(item, depth + 1);
      if (count > limit) return;
    }
  };
  visit(data, 0);
  return count;
}

/** The schemas for a pair of zones, made once: building a zod schema costs more than checking a file with it. */
const schemaCache = new Map<string, { talk: ReturnType<typeof talkSchema>; page: ReturnType<typeof pageSchema> }>();

function schemas(context: PageContext) {
  const key = `${context.siteZone}\u0000${context.eventZone ?? ""}`;
  let made = schemaCache.get(key);
  if (!made) {
    made = {
      talk: talkSchema({ site: context.siteZone, event: context.eventZone }),
      page: pageSchema(context.siteZone),
    };
    schemaCache.set(key, made);
  }
  return made;
}

/** Line (1-based, in `yaml`) of each unindented key, the first time it appears. */
function topLevelKeys(yaml: string): Map<string, number> {
  const lines = new Map<string, number>();
  yaml.split("\n").forEach((line, index) => {
    const key = /^(?:"([^"]*)"|'([^']*)'|([^\s"'#:][^:]*?))\s*:(?:\s|$)/.exec(line);
    const name = key?.[1] ?? key?.[2] ?? key?.[3];
    if (name !== undefined && !lines.has(name)) lines.set(name, index + 1);
  });
  return lines;
}

/** Problems listed per file: past this many, one more line says how many there are. */
const MAX_PROBLEMS = 50;

function capped(file: string, problems: ContentProblem[]): ContentProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { file, expected: "fewer problems", found: `${problems.length - MAX_PROBLEMS} more in this file` },
  ];
}

export function readPage(inputDir: string, path: string, context: PageContext): ReadPage {
  const read = readPageUncapped(inputDir, path, context);
  return { ...read, problems: capped(displayPath(path), read.problems) };
}

function readPageUncapped(inputDir: string, path: string, context: PageContext): ReadPage {
  const file = displayPath(path);
  const problems: ContentProblem[] = [];
  const none = { problems, lineOf: () => undefined };
  const read = readTextFile(path, inputDir);
  if (!("text" in read))
    return {
      ...none,
      problems: [{ file, ...(read.line ? { line: read.line } : {}), expected: read.expected, found: read.found }],
    };
  const source = read.text;
  if (!hasFrontMatter(source))
    return {
      ...none,
      problems: [
        {
          file,
          line: 1,
          expected: NO_FRONT_MATTER,
          found: source.trim() === "" ? "an empty file" : describeValue(source.split("\n")[0]),
        },
      ],
    };
  let frontMatter;
  try {
    frontMatter = readFrontMatter(source);
  } catch (error) {
    const syntax = error as FrontMatterSyntaxError;
    return {
      ...none,
      problems: [
        { file, line: syntax.line, expected: syntax.expected ?? "valid YAML front matter", found: syntax.message },
      ],
    };
  }
  const { data, text, firstLine, body, bodyLine } = frontMatter;
  let topLevel: Map<string, number> | undefined;
  const lineOf = (p: readonly (string | number)[]) => {
    // A top-level field (most problems) is found in an index of the front matter's unindented keys, made once.
    if (p.length === 1 && typeof p[0] === "string") {
      topLevel ??= topLevelKeys(text);
      const line = topLevel.get(p[0]);
      if (line !== undefined) return line + firstLine - 1;
    }
    const line = yamlLineOf(text, p);
    return line === undefined ? undefined : line + firstLine - 1;
  };
  if (countValues(data, MAX_VALUES) > MAX_VALUES) {
    problems.push({
      file,
      line: 1,
      expected: `front matter of at most ${MAX_VALUES.toLocaleString("en")} values`,
      found:
        "more, or nested deeper than 50 levels (YAML aliases repeat whole values: a few lines can stand for billions)",
    });
    return { problems, lineOf };
  }
  const reserved = reservedFieldsOf(data);
  if (reserved.length > 0) {
    for (const key of reserved)
      problems.push({
        file,
        line: lineOf([key]),
        field: key,
        expected: `no field named "${key}" (the build sets it; a page may not)`,
      });
    return { problems, lineOf };
  }
  const layout = data.layout ?? "page";
  if (typeof layout !== "string" || !(KNOWN_LAYOUTS as readonly string[]).includes(layout)) {
    problems.push({
      file,
      line: lineOf(["layout"]),
      field: "layout",
      expected: `one of ${KNOWN_LAYOUTS.join(", ")}`,
      found: describeValue(layout),
    });
    return { problems, lineOf };
  }
  const rendered = renderBody(context.md, body, { pathPrefix: context.pathPrefix, allowScripts: context.allowScripts });
  if (rendered.tooDeep !== undefined) {
    problems.push({
      file,
      line: bodyLine + rendered.tooDeep - 1,
      expected:
        `lists and quotes nested at most ${Math.floor((context.md.options.maxNesting ?? 100) / 2) - 1} levels deep ` +
        "(markdown keeps no more)",
      found: "deeper nesting",
    });
  }
  for (const finding of rendered.scripts) {
    problems.push({
      file,
      line: finding.line === undefined ? undefined : bodyLine + finding.line - 1,
      expected: SCRIPTS_EXPECTED,
      found: finding.found,
    });
  }
  if (rendered.moreScripts > 0)
    problems.push({
      file,
      expected: SCRIPTS_EXPECTED,
      found: `${rendered.moreScripts} more scripts, handlers or script URLs in this file`,
    });
  const relativePath = relative(inputDir, path).split(sep).join("/");
  const opening = rendered.opening;
  if (layout === "talk") {
    const parsed = schemas(context).talk.safeParse(data);
    if (!parsed.success)
      return { problems: [...problemsFromZod(parsed.error, data, file, lineOf), ...problems], lineOf };
    const talk = parsed.data;
    const page: Page = {
      path,
      file,
      relativePath,
      layout: "talk",
      title: talk.title,
      url: pageUrl(relativePath, talk.permalink),
      date: talk.date,
      fields: {},
      html: rendered.html,
      description: talk.description ?? shortenDescription(opening),
      sources: rendered.sources,
    };
    return { page, talk, problems, lineOf, ...(talk.permalink !== undefined ? { permalink: talk.permalink } : {}) };
  }
  const parsed = schemas(context).page.safeParse(data);
  if (!parsed.success) return { problems: [...problemsFromZod(parsed.error, data, file, lineOf), ...problems], lineOf };
  const { layout: pageLayout, title, date, permalink, description, tags: _tags, ...fields } = parsed.data;
  const page: Page = {
    path,
    file,
    relativePath,
    layout: (pageLayout ?? "page") as Layout,
    title,
    ...(permalink === false ? {} : { url: pageUrl(relativePath, permalink) }),
    ...(date ? { date } : {}),
    fields,
    html: rendered.html,
    description: description ?? (opening ? shortenDescription(opening) : ""),
    sources: rendered.sources,
  };
  return { page, problems, lineOf, ...(typeof permalink === "string" ? { permalink } : {}) };
}
