// reStructuredText to markdown: parse (rule tables), apply docutils' transforms, write CommonMark for our markdown-it setup.
import { DocContext, type RstOptions } from "./context.ts";
import type { RstProblem } from "./reporter.ts";
import { toLines } from "./lines.ts";
import { parseBlocks } from "./parser_block.ts";
import { applySubstitutions } from "./transforms/substitutions.ts";
import { applyPendingClasses } from "./transforms/classes.ts";
import { extractDocinfo, promoteTitles } from "./transforms/doc_title.ts";
import { resolveReferences } from "./transforms/references.ts";
import { buildContents } from "./transforms/contents.ts";
import { checkTransitions } from "./transforms/transitions.ts";
import { numberSections } from "./transforms/sectnum.ts";
import { inlineText } from "./rules_block/common.ts";
import { MarkdownWriter } from "./writer/markdown.ts";
import { fence } from "./writer/escape.ts";
import { reportInternal } from "./guard.ts";

export type { RstProblem } from "./reporter.ts";
export type { FileRead, LinkKind, RstOptions } from "./context.ts";

export interface RstConversion {
  title?: string;
  subtitle?: string;
  fields: Record<string, string>;
  markdown: string;
  problems: RstProblem[];
}

/** A parsed document: its title and docinfo are known before its links are resolved and its body written. */
export interface RstDocument {
  title?: string;
  subtitle?: string;
  fields: Record<string, string>;
  /** Writes the body; `resolveLink` rewrites Pelican's placeholder links (see rstToMarkdown). */
  toMarkdown(resolveLink?: RstOptions["resolveLink"]): RstConversion;
}

/**
 * Reads reStructuredText as docutils (configured as Pelican does), without writing it yet: an importer reads every
 * file's title and docinfo first, to know each page's URL, then writes each body once with links resolved.
 */
export function readRst(source: string, options: Pick<RstOptions, "file" | "readFile"> = {}): RstDocument {
  const ctx = new DocContext({ ...options });
  const failed = (err: unknown): RstConversion => {
    // The last resort, where no block could take the blame: report, and keep the whole source visible as a literal block.
    reportInternal(ctx, 1, "the document", err);
    return { fields: {}, markdown: `${fence(source.replace(/\n+$/, ""))}\n`, problems: ctx.reporter.problems };
  };
  try {
    const blocks = parseBlocks(toLines(source), 1, ctx, false);
    applySubstitutions(blocks, ctx);
    applyPendingClasses(blocks, ctx);
    const titles = promoteTitles(blocks);
    const fields = extractDocinfo(blocks);
    resolveReferences(blocks, ctx);
    numberSections(blocks, ctx);
    buildContents(blocks, ctx);
    checkTransitions(blocks, ctx, Object.keys(fields).length > 0);
    const title = titles.title ? inlineText(titles.title).replace(/\s+/g, " ").trim() : undefined;
    const subtitle = titles.subtitle ? inlineText(titles.subtitle).replace(/\s+/g, " ").trim() : undefined;
    return {
      ...(title ? { title } : {}),
      ...(subtitle ? { subtitle } : {}),
      fields,
      toMarkdown(resolveLink) {
        try {
          ctx.options.resolveLink = resolveLink;
          const body = new MarkdownWriter(ctx).blocks(blocks);
          return {
            ...(title ? { title } : {}),
            ...(subtitle ? { subtitle } : {}),
            fields,
            markdown: body ? `${body.replace(/\n+$/, "")}\n` : "",
            problems: ctx.reporter.problems,
          };
        } catch (err) {
          return failed(err);
        }
      },
    };
  } catch (err) {
    const conversion = failed(err);
    return { fields: {}, toMarkdown: () => conversion };
  }
}

/**
 * Reads reStructuredText as docutils (configured as Pelican does) and writes CommonMark for createMarkdownRenderer().
 *
 * - `title`/`subtitle`: plain text of the promoted title and subtitle (markup dropped); a docinfo `:title:` field, which
 *   Pelican prefers, is in `fields.title`.
 * - `fields`: the docinfo field list (the first element of the document), names lowercased, values as written.
 * - `markdown`: the body. Sections start at `##`; where markdown-it-anchor would give a heading another id than docutils
 *   (a section named like the title, repeated names), the heading ends in `{#id}` with docutils' id. Constructs
 *   markdown lacks (definition and field lists, footnotes, admonitions, figures, tables with spans or block content,
 *   contents) are raw HTML blocks, with markdown inside where the content is body elements.
 *   youtube:: and vimeo:: become plain links to the video, so a page loads nothing from those hosts.
 * - `problems`: what docutils would report (level, line, message, and the file when it is an included one); an unknown
 *   directive is kept visibly, as a literal block of its text.
 * - `resolveLink`: rewrites Pelican's {filename}, {static}, {attach}, {tag}, {category} and |filename| links; the
 *   target is passed without its #fragment, which is kept. Undefined keeps the link as written, with a warning.
 * - `readFile`: reads what include::, raw:: :file: and csv-table:: :file: name (see RstOptions); without it they are
 *   reported and left out.
 */
export function rstToMarkdown(source: string, options: RstOptions = {}): RstConversion {
  return readRst(source, { ...(options.file !== undefined ? { file: options.file } : {}), ...(options.readFile ? { readFile: options.readFile } : {}) }).toMarkdown(options.resolveLink);
}
