// A page body rendered once: markdown-it's HTML, the path prefix on links written from the site root, and what the
// build must refuse in it (scripts in raw HTML, nesting markdown-it would drop), each with its line in the body.
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";
import type { MarkdownIt, Token } from "markdown-it";
import { openingParagraphOf } from "./description.ts";
import { findInTree, localName, URL_ATTRIBUTES, type ScriptFinding } from "./scripts.ts";

export interface RenderedBody {
  html: string;
  /** Plain text of the opening paragraph ("" when there is none), for descriptions. */
  opening: string;
  /** Scripts found in raw HTML (only looked for when `allowScripts` is false), with 1-based lines in the body. */
  scripts: ScriptFinding[];
  /** 1-based line in the body of the first block markdown-it would drop for nesting too deep, if any. */
  tooDeep?: number;
}

const PAGE_START = "<!DOCTYPE html><html><head><title>x</title></head><body><main><div>";
/** What follows the body in the page must still be read as markup: an element that the body cannot have swallowed. */
const SENTINEL_ID = "end-of-body-8c1f";
const PAGE_END = `</div></main><p id="${SENTINEL_ID}"></p></body></html>`;

function hasSentinel(node: T.ParentNode): boolean {
  return node.childNodes.some((child) => ("tagName" in child && (child as T.Element).attrs.some((a) => a.name === "id" && a.value === SENTINEL_ID)) || ("childNodes" in child && hasSentinel(child as T.ParentNode)));
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

/** Every URL attribute written from the site root, with its place in `html`, for the prefix. */
function rootRelativeAttributes(document: T.Document, offset: number): { start: number; end: number; name: string; value: string }[] {
  const found: { start: number; end: number; name: string; value: string }[] = [];
  const visit = (node: T.ParentNode) => {
    for (const child of node.childNodes) {
      if ("tagName" in child) {
        const element = child as T.Element;
        for (const attr of element.attrs) {
          const name = localName(attr.name);
          const place = element.sourceCodeLocation?.attrs?.[attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name];
          if (!place || !URL_ATTRIBUTES.has(name)) continue;
          const values = name === "srcset" || name === "imagesrcset" ? attr.value.split(",").map((part) => part.trim()) : [attr.value];
          if (values.some((v) => isRootRelative(v))) found.push({ start: place.startOffset - offset, end: place.endOffset - offset, name: attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name, value: attr.value });
        }
        if (element.tagName === "template" && "content" in element) visit((element as T.Template).content);
      }
      if ("childNodes" in child) visit(child as T.ParentNode);
    }
  };
  visit(document);
  return found;
}

function prefixValue(name: string, value: string, prefix: string): string {
  if (localName(name) !== "srcset" && localName(name) !== "imagesrcset") return withPathPrefix(value, prefix);
  return value
    .split(",")
    .map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => space + withPathPrefix(url, prefix)))
    .join(",");
}

/**
 * Renders a markdown body once. Bodies without raw HTML are safe by construction (markdown-it escapes text and refuses
 * script URLs in links), so only bodies with raw HTML are parsed again, as a browser parses the whole page (parse5,
 * inside a page's skeleton: a stray `<body onload>` lands on the page's own body): once for both the script check and
 * the path prefix of the raw HTML's own links.
 */
export function renderBody(md: MarkdownIt, body: string, options: { pathPrefix: string; allowScripts: boolean }): RenderedBody {
  const env = {};
  const tokens = md.parse(body, env);
  const limit = md.options.maxNesting ?? 100;
  // markdown-it drops whatever is nested deeper than its limit, silently; a page must not lose text that way.
  const deep = tokens.find((t) => t.nesting === 1 && t.level >= limit - 1);
  const result: RenderedBody = { html: "", opening: openingParagraphOf(tokens), scripts: [], ...(deep?.map ? { tooDeep: deep.map[0] + 1 } : {}) };
  // Raw HTML from the source: html_block tokens with a source line (markdown-it-anchor's heading wrappers have none).
  const hasHtml = tokens.some((t) => (t.type === "html_block" && t.map) || (t.type === "inline" && t.children?.some((c) => c.type === "html_inline")));
  if (!hasHtml) {
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
  const firstHtmlLine = marks.find((m) => m.verbatim)?.line ?? marks[0]?.line;
  const lineAt = (offset: number | undefined): number | undefined => {
    if (offset === undefined || offset < PAGE_START.length || offset > PAGE_START.length + html.length) return firstHtmlLine;
    const at = offset - PAGE_START.length;
    let mark = marks[0];
    for (const m of marks) if (m.offset <= at) mark = m;
    if (!mark) return undefined;
    // Raw HTML blocks are the source's own lines; elsewhere the block's first line is as close as the output tells.
    if (!mark.verbatim) return mark.line;
    let line = mark.line;
    for (let i = html.indexOf("\n", mark.offset); i >= 0 && i < at; i = html.indexOf("\n", i + 1)) line++;
    return line;
  };
  const document = parse(PAGE_START + html + PAGE_END, { sourceCodeLocationInfo: true, scriptingEnabled: true });
  if (!options.allowScripts) {
    findInTree(document, (found, offset) => result.scripts.push({ line: lineAt(offset), found }));
    if (!hasSentinel(document)) {
      const lastHtml = [...marks].reverse().find((m) => m.verbatim)?.line ?? firstHtmlLine;
      result.scripts.push({ line: lastHtml, found: "HTML left open at the end of the body (a tag, quote, comment or <textarea>): it would swallow the rest of the page" });
    }
  }
  if (options.pathPrefix !== "/") {
    // Rewritten from the end, so the earlier places stay where they are.
    for (const attr of rootRelativeAttributes(document, PAGE_START.length).reverse()) {
      if (attr.start < 0 || attr.end > html.length) continue;
      html = `${html.slice(0, attr.start)}${attr.name}="${escapeAttribute(prefixValue(attr.name, attr.value, options.pathPrefix))}"${html.slice(attr.end)}`;
    }
  }
  result.html = html;
  return result;
}
