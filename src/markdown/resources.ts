// What a page body loads from where, as Content-Security-Policy sources, so the site's policy (src/export/headers.ts)
// allows what its pages use and nothing else: images, media, frames and objects from other hosts, inline styles, and
// (only on a site that allows scripts) the body's own scripts.
import type { DefaultTreeAdapterTypes as T } from "parse5";
import type { Token } from "markdown-it";
import { localName, srcsetUrls, urlScheme } from "./scripts.ts";

/** The policy's directives a body can need. */
export const SOURCE_DIRECTIVES = [
  "script-src",
  "style-src",
  "img-src",
  "font-src",
  "media-src",
  "frame-src",
  "object-src",
  "form-action",
] as const;
export type SourceDirective = (typeof SOURCE_DIRECTIVES)[number];

/** Sources by directive, each list sorted and without repeats; a directive the body does not need is absent. */
export type Sources = Partial<Record<SourceDirective, string[]>>;

/** Collects sources as a body is read. */
export class SourceSet {
  private readonly byDirective = new Map<SourceDirective, Set<string>>();

  add(directive: SourceDirective, source: string | undefined): void {
    if (source === undefined) return;
    let set = this.byDirective.get(directive);
    if (!set) this.byDirective.set(directive, (set = new Set()));
    set.add(source);
  }

  /** A URL the page loads: its host (with scheme), `'self'` for the site's own, `data:` for inline data. */
  addUrl(directive: SourceDirective, url: string): void {
    this.add(directive, sourceOf(url));
  }

  addAll(sources: Sources): void {
    for (const [directive, list] of Object.entries(sources) as [SourceDirective, string[]][])
      for (const source of list) this.add(directive, source);
  }

  toSources(): Sources {
    const out: Sources = {};
    for (const directive of SOURCE_DIRECTIVES) {
      const set = this.byDirective.get(directive);
      if (set?.size) out[directive] = [...set].sort();
    }
    return out;
  }
}

/** The CSP source that allows loading `url` from a page of the site. */
export function sourceOf(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const value = url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  if (value === "") return undefined;
  const scheme = urlScheme(value);
  if (scheme === "data" || scheme === "blob") return `${scheme}:`;
  if (scheme === undefined) {
    // "//host/x" takes the page's scheme: a host source without one matches it.
    if (/^[/\\]{2}/.test(value)) return hostSource(`https:${value}`, "");
    return "'self'";
  }
  if (scheme !== "http" && scheme !== "https") return undefined;
  return hostSource(value, undefined);
}

/** A host as the URL standard reads it, kept only when it is a plain host name, IPv4 or IPv6 address (and port). */
const PLAIN_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

/**
 * "https://host:port" (or "host:port" where `scheme` is ""). The URL standard lets ";", "'", "," and "*" through in a
 * host; written into the policy they would end a directive and start another, so a host with them allows nothing.
 */
function hostSource(url: string, scheme: string | undefined): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!PLAIN_HOST.test(parsed.host)) return undefined;
  return scheme === undefined ? `${parsed.protocol}//${parsed.host}` : parsed.host;
}

/** Images markdown itself writes (`![alt](url)`): the only loads a body without raw HTML has. */
export function addMarkdownImages(sources: SourceSet, tokens: Token[]): void {
  for (const block of tokens) {
    for (const token of block.children ?? []) {
      if (token.type !== "image") continue;
      const src = token.attrGet("src");
      if (typeof src === "string" && src) sources.addUrl("img-src", src);
    }
  }
}

/** url(…) and @import in CSS a body carries, for fonts and images (and stylesheets) it would load. */
function addCssUrls(sources: SourceSet, css: string): void {
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) {
    sources.addUrl("img-src", match[2]!);
    sources.addUrl("font-src", match[2]!);
  }
  for (const match of css.matchAll(/@import\s+(?:url\(\s*)?(['"])([^'"]*)\1/gi)) sources.addUrl("style-src", match[2]!);
}

/** Everything the body's elements load (`scripts`: a site that allows them also needs its scripts allowed). */
export function addElementSources(sources: SourceSet, elements: Iterable<T.Element>, scripts: boolean): void {
  for (const element of elements) {
    const name = localName(element.tagName);
    const attr = (wanted: string) => element.attrs.find((a) => localName(a.name) === wanted)?.value;
    const parent =
      element.parentNode && "tagName" in element.parentNode ? localName((element.parentNode as T.Element).tagName) : "";
    for (const a of element.attrs) {
      const attrName = localName(a.name);
      if (attrName === "style") {
        sources.add("style-src", "'unsafe-inline'");
        addCssUrls(sources, a.value);
      }
      if (scripts && attrName.startsWith("on")) sources.add("script-src", "'unsafe-inline'");
      if (scripts && ["href", "src", "action", "formaction"].includes(attrName) && urlScheme(a.value) === "javascript")
        sources.add("script-src", "'unsafe-inline'");
    }
    const src = attr("src");
    const srcset = attr("srcset");
    switch (name) {
      case "img":
        if (src) sources.addUrl("img-src", src);
        if (srcset) for (const url of srcsetUrls(srcset)) sources.addUrl("img-src", url);
        break;
      case "source": {
        const directive = parent === "video" || parent === "audio" ? "media-src" : "img-src";
        if (src) sources.addUrl(directive, src);
        if (srcset) for (const url of srcsetUrls(srcset)) sources.addUrl(directive, url);
        break;
      }
      case "input":
        if (src && attr("type")?.toLowerCase() === "image") sources.addUrl("img-src", src);
        if (attr("formaction")) sources.addUrl("form-action", attr("formaction")!);
        break;
      case "button":
        if (attr("formaction")) sources.addUrl("form-action", attr("formaction")!);
        break;
      case "video":
      case "audio":
      case "track":
        if (src) sources.addUrl("media-src", src);
        if (attr("poster")) sources.addUrl("img-src", attr("poster")!);
        break;
      case "iframe":
      case "frame":
        if (src) sources.addUrl("frame-src", src);
        break;
      case "object":
        if (attr("data")) sources.addUrl("object-src", attr("data")!);
        break;
      case "embed":
        if (src) sources.addUrl("object-src", src);
        break;
      case "image":
      case "feimage":
        // SVG's <image href> inside inline SVG.
        for (const wanted of ["href"]) if (attr(wanted)) sources.addUrl("img-src", attr(wanted)!);
        break;
      case "link": {
        const rel = (attr("rel") ?? "").toLowerCase().split(/\s+/);
        const href = attr("href");
        if (href && rel.includes("stylesheet")) sources.addUrl("style-src", href);
        if (href && rel.includes("icon")) sources.addUrl("img-src", href);
        break;
      }
      case "style":
        sources.add("style-src", "'unsafe-inline'");
        addCssUrls(sources, textOf(element));
        break;
      case "form":
        sources.addUrl("form-action", attr("action") ?? "");
        if (attr("action") === undefined || attr("action") === "") sources.add("form-action", "'self'");
        break;
      case "script":
        if (!scripts) break;
        if (src) sources.addUrl("script-src", src);
        else if (isJavaScriptType(attr("type"))) sources.add("script-src", "'unsafe-inline'");
        break;
    }
  }
}

/** Whether a <script type> runs (a data block such as JSON-LD does not). */
function isJavaScriptType(type: string | undefined): boolean {
  const value = (type ?? "").trim().toLowerCase();
  return value === "" || value === "module" || /^(text|application)\/(x-)?(java|ecma)script$/.test(value);
}

function textOf(element: T.Element): string {
  return element.childNodes
    .map((child) => ("value" in child && child.nodeName === "#text" ? (child as T.TextNode).value : ""))
    .join("");
}

/** Whether an SVG file styles itself inline: opened on its own, or through <object>, it runs under the site's
 * policy. */
export function svgNeedsInlineStyles(svg: string): boolean {
  return /<style[\s>]|\sstyle\s*=/i.test(svg);
}
