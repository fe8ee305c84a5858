// Checks every content file and data file before anything is written, collecting every problem instead of stopping at the first.
import { readFileSync } from "node:fs";
import { listContentFiles } from "../site/contentFiles.ts";
import { join, relative, sep } from "node:path";
import type { SiteSettings } from "../site/settings.ts";
import { yamlLineOf } from "./lines.ts";
import { displayPath, readJsonFile } from "./jsonFile.ts";
import { describeValue, problemsFromZod, type ContentProblem } from "./problem.ts";
import { FrontMatterSyntaxError, readFrontMatter } from "./readFrontMatter.ts";
import { describeChoices } from "./suggest.ts";
import { KNOWN_LAYOUTS, pageSchema, speakersSchema, talkSchema, type Speakers } from "./frontMatter.ts";

export { displayPath };

export function readSpeakers(inputDir: string, problems: ContentProblem[]): Speakers {
  return readJsonFile(join(inputDir, "_data", "speakers.json"), speakersSchema, problems)?.data ?? {};
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
  lineOf(path: readonly (string | number)[]): number | undefined;
}

function validateFile(
  inputDir: string,
  path: string,
  site: SiteSettings,
  speakers: Speakers,
  problems: ContentProblem[],
  permalinks: Map<string, string>,
): ContentFile | undefined {
  const file = displayPath(path);
  let frontMatter;
  const source = readFileSync(path, "utf8");
  try {
    frontMatter = readFrontMatter(source);
  } catch (error) {
    const syntax = error as FrontMatterSyntaxError;
    problems.push({ file, line: syntax.line, expected: "valid YAML front matter", found: syntax.message });
    return undefined;
  }
  const { data, text, firstLine, body } = frontMatter;
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
  if (layout === "talk" && Array.isArray(data.speakers)) {
    data.speakers.forEach((id, index) => {
      if (typeof id === "string" && !(id in speakers)) {
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
  if (typeof data.permalink === "string") {
    const key = data.permalink.replace(/^\/+/, "");
    const other = permalinks.get(key);
    if (other) {
      problems.push({ file, line: lineOf(["permalink"]), field: "permalink", expected: `a page address no other file uses (${other} writes it too)`, found: describeValue(data.permalink) });
    } else permalinks.set(key, file);
  }
  if (!parsed.success) return undefined;
  const relativePath = relative(inputDir, path).split(sep).join("/");
  return { path, file, relativePath, layout, data: parsed.data as Record<string, unknown>, body, lineOf };
}

export interface CheckedContent {
  problems: ContentProblem[];
  speakers: Speakers;
  files: ContentFile[];
}

export function validateContent(inputDir: string, site: SiteSettings): CheckedContent {
  const problems: ContentProblem[] = [];
  const speakers = readSpeakers(inputDir, problems);
  const permalinks = new Map<string, string>();
  const files: ContentFile[] = [];
  for (const path of listContentFiles(inputDir, (name) => name.endsWith(".md"))) {
    const checked = validateFile(inputDir, path, site, speakers, problems, permalinks);
    if (checked) files.push(checked);
  }
  return { problems, speakers, files };
}
