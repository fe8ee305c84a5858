// Checks every content file and data file before anything is written, collecting every problem instead of stopping at the first.
import { existsSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { MarkdownIt } from "markdown-it";
import { createMarkdownRenderer } from "../markdown/render.ts";
import { openingParagraphOf } from "../markdown/description.ts";
import { scriptsInMarkdown, scriptsInSvg } from "../markdown/scripts.ts";
import { scanContentFolder } from "../site/contentFiles.ts";
import { readTextFile } from "../site/textFile.ts";
import type { SiteSettings } from "../site/settings.ts";
import { yamlLineOf } from "./lines.ts";
import { readJsonFile } from "./jsonFile.ts";
import { describeValue, displayPath, problemsFromZod, someOf, type ContentProblem } from "./problem.ts";
import { FrontMatterSyntaxError, hasFrontMatter, readFrontMatter } from "./readFrontMatter.ts";
import { describeChoices } from "./suggest.ts";
import { KNOWN_LAYOUTS, pageSchema, speakersSchema, talkSchema, type Speakers } from "./frontMatter.ts";

export const SPEAKERS_FILE = join("_data", "speakers.json");

interface ReadSpeakers {
  speakers: Speakers;
  lineOf: (path: readonly (string | number)[]) => number | undefined;
  /** "missing" or "invalid" (already reported): talks' speaker ids are then not checked one by one. */
  state: "read" | "missing" | "invalid";
}

export function readSpeakers(inputDir: string, problems: ContentProblem[]): ReadSpeakers {
  const path = join(inputDir, SPEAKERS_FILE);
  if (!existsSync(path)) return { speakers: {}, lineOf: () => undefined, state: "missing" };
  const read = readJsonFile(path, speakersSchema, problems);
  return read ? { speakers: read.data, lineOf: read.lineOf, state: "read" } : { speakers: {}, lineOf: () => undefined, state: "invalid" };
}

/** A content file whose front matter passed its schema. */
export interface ContentFile {
  /** Absolute path. */
  path: string;
  /** Path for messages: relative to the current directory where it can be. */
  file: string;
  /** Path under the content folder, "/" separated: "talk/moving.md". */
  relativePath: string;
  layout: string;
  data: Record<string, unknown>;
  body: string;
  /** Plain text of the body's opening paragraph ("" when it has none), for descriptions. */
  opening: string;
  lineOf(path: readonly (string | number)[]): number | undefined;
}

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

const NO_FRONT_MATTER = 'front matter at the top: a "---" line, fields such as "title: My talk", and a closing "---" line';

interface FileCheck {
  site: SiteSettings;
  speakers: Speakers;
  /** Whether talks' speaker ids are checked against `speakers` (not when speakers.json is missing or broken). */
  checkSpeakers: boolean;
  md: MarkdownIt;
  problems: ContentProblem[];
}

/** The body as markdown-it reads it: problems it would hide (nesting it drops, scripts) are reported with their line. */
function checkBody(body: string, bodyLine: number, file: string, check: FileCheck): string {
  const tokens = check.md.parse(body, {});
  const limit = check.md.options.maxNesting ?? 100;
  // markdown-it drops whatever is nested deeper than its limit, silently; a page must not lose text that way.
  const deep = tokens.find((t) => t.nesting === 1 && t.level >= limit - 1);
  if (deep) {
    check.problems.push({ file, line: deep.map ? bodyLine + deep.map[0] : undefined, expected: `lists and quotes nested at most ${Math.floor(limit / 2) - 1} levels deep (markdown keeps no more)`, found: "deeper nesting" });
  }
  if (!check.site.allowScripts) {
    for (const finding of scriptsInMarkdown(check.md, tokens)) {
      check.problems.push({
        file,
        line: finding.line === undefined ? undefined : bodyLine + finding.line - 1,
        expected: 'HTML without scripts (a site that wants them sets "allowScripts": true in _data/site.json)',
        found: finding.found,
      });
    }
  }
  return openingParagraphOf(tokens);
}

function validateFile(inputDir: string, path: string, check: FileCheck): ContentFile | undefined {
  const { site, speakers, problems } = check;
  const file = displayPath(path);
  const read = readTextFile(path);
  if (!("text" in read)) {
    problems.push({ file, line: read.line, expected: "UTF-8 text", found: read.found });
    return undefined;
  }
  const source = read.text;
  if (!hasFrontMatter(source)) {
    problems.push({ file, line: 1, expected: NO_FRONT_MATTER, found: source.trim() === "" ? "an empty file" : describeValue(source.split("\n")[0]) });
    return undefined;
  }
  let frontMatter;
  try {
    frontMatter = readFrontMatter(source);
  } catch (error) {
    const syntax = error as FrontMatterSyntaxError;
    problems.push({ file, line: syntax.line, expected: syntax.expected ?? "valid YAML front matter", found: syntax.message });
    return undefined;
  }
  const { data, text, firstLine, body, bodyLine } = frontMatter;
  if (countValues(data, MAX_VALUES) > MAX_VALUES) {
    problems.push({ file, line: 1, expected: `front matter of at most ${MAX_VALUES.toLocaleString("en")} values`, found: "more, or nested deeper than 50 levels (YAML aliases repeat whole values: a few lines can stand for billions)" });
    return undefined;
  }
  const lineOf = (p: readonly (string | number)[]) => {
    const line = yamlLineOf(text, p);
    return line === undefined ? undefined : line + firstLine - 1;
  };
  const layout = data.layout ?? "page";
  if (typeof layout !== "string" || !(KNOWN_LAYOUTS as readonly string[]).includes(layout)) {
    problems.push({ file, line: lineOf(["layout"]), field: "layout", expected: `one of ${KNOWN_LAYOUTS.join(", ")}`, found: describeValue(layout) });
    return undefined;
  }
  const schema = layout === "talk" ? talkSchema(site.timezone) : pageSchema(site.timezone);
  const parsed = schema.safeParse(data);
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error, data, file, lineOf));
  if (layout === "talk" && check.checkSpeakers && Array.isArray(data.speakers)) {
    data.speakers.forEach((id, index) => {
      if (typeof id === "string" && !Object.hasOwn(speakers, id)) {
        const known = Object.keys(speakers);
        problems.push({
          file,
          line: lineOf(["speakers", index]),
          field: `speakers[${index}]`,
          expected: known.length ? `a speaker id from _data/speakers.json (${describeChoices(id, known)})` : "a speaker id defined in _data/speakers.json",
          found: describeValue(id),
        });
      }
    });
  }
  const opening = checkBody(body, bodyLine, file, check);
  if (!parsed.success) return undefined;
  const relativePath = relative(inputDir, path).split(sep).join("/");
  return { path, file, relativePath, layout, data: parsed.data as Record<string, unknown>, body, opening, lineOf };
}

export interface CheckedContent {
  problems: ContentProblem[];
  speakers: Speakers;
  /** Line of a field in speakers.json. */
  speakerLine: (id: string) => number | undefined;
  files: ContentFile[];
  /** Absolute paths of the files copied as they are. */
  assets: string[];
  /** Files neither built nor copied, for a warning. */
  unpublished: string[];
}

export function validateContent(inputDir: string, site: SiteSettings): CheckedContent {
  const folder = scanContentFolder(inputDir);
  const problems: ContentProblem[] = [...folder.problems];
  const { speakers, lineOf: speakersLineOf, state } = readSpeakers(inputDir, problems);
  const check: FileCheck = { site, speakers, checkSpeakers: state === "read", md: createMarkdownRenderer(), problems };
  const files: ContentFile[] = [];
  for (const path of folder.pages) {
    const checked = validateFile(inputDir, path, check);
    if (checked) files.push(checked);
  }
  // Without a speakers.json every talk's speakers are unknown: one problem says so, rather than one per talk.
  const talks = files.filter((f) => f.layout === "talk");
  if (state === "missing" && talks.length > 0) {
    problems.push({ file: displayPath(join(inputDir, SPEAKERS_FILE)), expected: 'the speakers, by id: { "ada": { "name": "Ada Lovelace" } }, because talks name their speakers by id', found: `no file, and ${talks.length} talk${talks.length === 1 ? "" : "s"}: ${someOf(talks.map((f) => f.file))}` });
  }
  // An SVG opened on its own runs its scripts on the site's origin, so it is checked like a page's HTML.
  if (!site.allowScripts) {
    for (const path of folder.assets.filter((p) => p.toLowerCase().endsWith(".svg"))) {
      const read = readTextFile(path);
      const findings = "text" in read ? scriptsInSvg(read.text) : [];
      for (const finding of findings) problems.push({ file: displayPath(path), line: finding.line, expected: 'an SVG image without scripts (a site that wants them sets "allowScripts": true in _data/site.json)', found: finding.found });
    }
  }
  return { problems, speakers, speakerLine: (id) => speakersLineOf([id]), files, assets: folder.assets, unpublished: folder.unpublished };
}
