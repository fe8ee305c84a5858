// Imported text is data: markdown that shows it exactly as written (no markup, HTML, headings or links of its own),
// YAML front matter that no value can break out of, and ids and file names made from names.
import yaml from "js-yaml";

/** Control characters other than line breaks and tabs say nothing on a page and can break the lines they are in. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "").replace(/\t/g, "    ");
}

/** One line: a title, a name, a type. */
export function oneLine(text: string): string {
  return cleanText(text).replace(/\s+/g, " ").trim();
}

/** Backslash-escapes what could start markdown inline syntax or HTML anywhere in a line. */
function escapeInline(line: string): string {
  return line.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/&(?=#?[a-zA-Z0-9]+;)/g, "\\&");
}

/** Escapes what would start a block (a heading, quote, list, rule, table or code) at the start of a line. */
function escapeLineStart(line: string): string {
  if (/^[-+=>#]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/**
 * Plain text as markdown paragraphs that render as the same words: blank lines part paragraphs, a line break stays
 * a line break, and every character that markdown or HTML would read as syntax is escaped. Indentation is dropped
 * (four spaces would make code).
 */
export function markdownText(text: string): string {
  return cleanText(text)
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .map((line) => escapeLineStart(escapeInline(line)))
        .join("\\\n"),
    )
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

/** A link's address in markdown: inside <…>, where only < > and line breaks would end it. */
export function linkDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/**
 * Front matter as the build reads it: YAML's core schema (times stay text, "yes" stays a word only when quoted), one
 * line per value, quoted wherever YAML would read something else; nothing a value holds can close the block.
 */
export function frontMatter(data: Record<string, unknown>): string {
  return `---\n${yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: '"', flowLevel: 2 })}---\n`;
}

/** Front matter's fields and the body after it, for files this importer wrote. */
export function readFrontMatter(text: string): { data: Record<string, unknown>; body: string } | undefined {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return undefined;
  try {
    const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
    if (!data || typeof data !== "object" || Array.isArray(data)) return undefined;
    return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
  } catch {
    return undefined;
  }
}

/** "Zoë's Talk: Part 2" → "zoes-talk-part-2": lowercase ASCII words, at most `max` characters, cut at a hyphen. */
export function slugify(text: string, max = 60): string {
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= max) return words;
  const cut = words.slice(0, max + 1);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > 10 ? cut.slice(0, hyphen) : words.slice(0, max)).replace(/-+$/, "");
}

/** Hands out ids (or paths) once each: the wanted one, else "-2", "-3", … after it. */
export class UniqueNames {
  private readonly taken = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const name of taken) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  take(name: string): void {
    this.taken.add(name);
  }

  /** `wanted` (or `make(wanted-n)`), marked as taken. */
  claim(wanted: string, make: (stem: string) => string = (stem) => stem): string {
    let name = make(wanted);
    for (let n = 2; this.taken.has(name); n++) name = make(`${wanted}-${n}`);
    this.taken.add(name);
    return name;
  }
}
