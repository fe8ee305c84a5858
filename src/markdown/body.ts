// A page body rendered once: markdown-it's HTML, the path prefix on links written from the site root, and what the
// build must refuse in it (scripts in raw HTML, nesting markdown-it would drop), each with its line in the body.
import type { DefaultTreeAdapterTypes as T } from "parse5";
import type { MarkdownIt, Token } from "markdown-it";
import { openingParagraphOf } from "./description.ts";
import { addElementSources, addMarkdownImages, SourceSet, type Sources } from "./resources.ts";
import { localName, readHtml, URL_ATTRIBUTES, type ScriptFinding } from "./scripts.ts";

export interface RenderedBody {
  html: string;
  /** Plain text of the opening paragraph ("" when there is none), for descriptions. */
  opening: string;
  /** Scripts found in raw HTML (only looked for when `allowScripts` is false), with 1-based lines in the body. */
  scripts: { line?: number; found: string }[];
  /** How many more findings there were than `scripts` lists. */
  moreScripts: number;
  /** 1-based line in the body of the first block markdown-it would drop for nesting too deep, if any. */
  tooDeep?: number;
  /** What the body loads from where, for the site's Content-Security-Policy. */
  sources: Sources;
}

/** Findings listed per page: past this many, one line says how many more there are. */
const MAX_FINDINGS = 20;

const PAGE_START = "<!DOCTYPE html><html><head><title>x</title></head><body><main><div>";
/** What follows the body in the page must still be read as markup: an element that the body cannot have swallowed. */
const SENTINEL_ID = "end-of-body-8c1f";
const PAGE_END = `</div></main><p id="${SENTINEL_ID}"></p></body></html>`;

/** Every element of a document, children before later siblings, without recursion (a body may nest thousands deep). */
function* elements(document: T.Document): Generator<T.Element> {
  const stack: T.ParentNode[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if ("tagName" in child) {
        yield child as T.Element;
        if ((child as T.Element).tagName === "template" && "content" in child)
          stack.push((child as T.Template).content);
      }
      if ("childNodes" in child) stack.push(child as T.ParentNode);
    }
  }
}

function hasSentinel(document: T.Document): boolean {
  for (const element of elements(document))
    if (element.attrs.some((a) => a.name === "id" && a.value === SENTINEL_ID)) return true;
  return false;
}

/** A URL written from the site root ("/talk/x.html"), which gets the site's path prefix. */
export function isRootRelative(url: string): boolean {
  return url.startsWith("/") && !url.startsWith("//");
}

/** "/talk/x.html" under the prefix "/2020/": "/2020/talk/x.html". Other URLs are left as they are. */
export function withPathPrefix(url: string, prefix: string): string {
  return prefix !== "/" && isRootRelative(url) ? `${prefix.slice(0, -1)}${url}` : url;
}

/** Markdown's own links and images written from the site root get the prefix. */
function prefixMarkdownLinks(tokens: Token[], prefix: string): void {
  if (prefix === "/") return;
  for (const block of tokens) {
    for (const token of block.children ?? []) {
      const attribute = token.type === "link_open" ? "href" : token.type === "image" ? "src" : undefined;
      const value = attribute ? token.attrGet(attribute) : null;
      if (attribute && typeof value === "string") token.attrSet(attribute, withPathPrefix(value, prefix));
    }
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

function prefixValue(name: string, value: string, prefix: string): string {
  if (localName(name) !== "srcset" && localName(name) !== "imagesrcset") return withPathPrefix(value, prefix);
  return value
    .split(",")
    .map((candidate) =>
      candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + withPathPrefix(url, prefix)),
    )
    .join(",");
}

/**
 * The body's raw HTML with the prefix on its own links written from the site root. Each attribute is rewritten where
 * its source sits, once: the tree builder can clone an element (an open <a> carried into the next paragraph), and the
 * clone's attributes point at the same source.
 */
function prefixRawLinks(document: T.Document, html: string, prefix: string): string {
  const edits = new Map<number, { end: number; text: string }>();
  for (const element of elements(document)) {
    for (const attr of element.attrs) {
      const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
      const place = element.sourceCodeLocation?.attrs?.[name];
      if (!place || !URL_ATTRIBUTES.has(localName(attr.name))) continue;
      const values =
        localName(attr.name) === "srcset" || localName(attr.name) === "imagesrcset"
          ? attr.value.split(",").map((part) => part.trim())
          : [attr.value];
      if (!values.some((v) => isRootRelative(v))) continue;
      const start = place.startOffset - PAGE_START.length;
      const end = place.endOffset - PAGE_START.length;
      if (start < 0 || end > html.length || edits.has(start)) continue;
      edits.set(start, { end, text: `${name}="${escapeAttribute(prefixValue(name, attr.value, prefix))}"` });
    }
  }
  let out = "";
  let at = 0;
  for (const [start, edit] of [...edits.entries()].sort(([a], [b]) => a - b)) {
    if (start < at) continue;
    out += html.slice(at, start) + edit.text;
    at = edit.end;
  }
  return out + html.slice(at);
}

/** Sorted offsets of every "\n" in a text, for finding lines by binary search. */
function newlines(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) out.push(i);
  return out;
}

/** How many of the sorted numbers are below `value`. */
function countBelow(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Renders a markdown body once. Bodies without raw HTML are safe by construction (markdown-it escapes text and refuses
 * script URLs in links), so only bodies with raw HTML are parsed again, as a browser parses the whole page (parse5,
 * inside a page's skeleton: a stray `<body onload>` lands on the page's own body): for the script check, and for the
 * path prefix of the raw HTML's own links, after which the bytes that will be published are checked once more.
 */
export function renderBody(
  md: MarkdownIt,
  body: string,
  options: { pathPrefix: string; allowScripts: boolean },
): RenderedBody {
  const env = {};
  const tokens = md.parse(body, env);
  const limit = md.options.maxNesting ?? 100;
  // markdown-it drops whatever is nested deeper than its limit, silently; a page must not lose text that way.
  const deep = tokens.find((t) => t.nesting === 1 && t.level >= limit - 1);
  const result: RenderedBody = {
    html: "",
    opening: openingParagraphOf(tokens),
    scripts: [],
    moreScripts: 0,
    ...(deep?.map ? { tooDeep: deep.map[0] + 1 } : {}),
    sources: {},
  };
  // Raw HTML from the source: html_block tokens with a source line (markdown-it-anchor's heading wrappers have none).
  const hasHtml = tokens.some(
    (t) =>
      (t.type === "html_block" && t.map) || (t.type === "inline" && t.children?.some((c) => c.type === "html_inline")),
  );
  if (!hasHtml) {
    const sources = new SourceSet();
    addMarkdownImages(sources, tokens);
    result.sources = sources.toSources();
    prefixMarkdownLinks(tokens, options.pathPrefix);
    result.html = md.renderer.render(tokens, md.options, env);
    return result;
  }
  // Render as markdown-it's Renderer.render does (no prefix yet: the parse below adds it to every link alike), noting
  // where each block's output starts, to give findings a line.
  const marks: { offset: number; line: number; verbatim: boolean }[] = [];
  let html = "";
  tokens.forEach((token, i) => {
    if (token.map) marks.push({ offset: html.length, line: token.map[0] + 1, verbatim: token.type === "html_block" });
    const rule = md.renderer.rules[token.type];
    if (token.type === "inline") html += md.renderer.renderInline(token.children ?? [], md.options, env);
    else html += rule ? rule(tokens, i, md.options, env, md.renderer) : md.renderer.renderToken(tokens, i, md.options);
  });
  const markOffsets = marks.map((m) => m.offset);
  const breaks = newlines(html);
  const firstHtmlLine = marks.find((m) => m.verbatim)?.line ?? marks[0]?.line;
  const lineAt = (offset: number | undefined): number | undefined => {
    if (offset === undefined || offset < PAGE_START.length || offset > PAGE_START.length + html.length)
      return firstHtmlLine;
    const at = offset - PAGE_START.length;
    const mark = marks[Math.max(0, countBelow(markOffsets, at + 1) - 1)];
    if (!mark) return undefined;
    // Raw HTML blocks are the source's own lines; elsewhere the block's first line is as close as the output tells.
    return mark.verbatim ? mark.line + countBelow(breaks, at) - countBelow(breaks, mark.offset) : mark.line;
  };
  const report = (findings: ScriptFinding[]) => {
    for (const finding of findings) {
      if (result.scripts.length < MAX_FINDINGS)
        result.scripts.push({ line: lineAt(finding.offset), found: finding.found });
      else result.moreScripts++;
    }
  };
  const read = readHtml(PAGE_START + html + PAGE_END);
  const sources = new SourceSet();
  // Markdown's own images are <img> elements in the parsed page too.
  addElementSources(sources, elements(read.document), options.allowScripts);
  result.sources = sources.toSources();
  if (!options.allowScripts) {
    report(read.findings);
    if (!hasSentinel(read.document)) {
      const lastHtml = [...marks].reverse().find((m) => m.verbatim)?.line ?? firstHtmlLine;
      result.scripts.push({
        line: lastHtml,
        found:
          "HTML left open at the end of the body (a tag, quote, comment or <textarea>): " +
          "it would swallow the rest of the page",
      });
    }
  }
  if (options.pathPrefix !== "/") {
    const prefixed = prefixRawLinks(read.document, html, options.pathPrefix);
    // What is published is checked, not only what was written: a rewrite must not make a script out of harmless text.
    if (!options.allowScripts && result.scripts.length === 0 && prefixed !== html) {
      const again = readHtml(PAGE_START + prefixed + PAGE_END);
      if (again.findings.length > 0 || !hasSentinel(again.document))
        report([{ found: "HTML whose links, once the site's path prefix is added, would run a script" }]);
    }
    html = prefixed;
  }
  result.html = html;
  return result;
}
