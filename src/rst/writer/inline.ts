// Inline nodes to CommonMark (raw HTML where markdown has no syntax: cite, sub, sup, abbr, footnote references).
import type { ImageSpec, Inline } from "../ast.ts";
import type { DocContext } from "../context.ts";
import { codeSpan, escapeHtml, escapeText, linkDestination } from "./escape.ts";
import { resolveHtmlLinks, resolveUri } from "./links.ts";

const PUNCT_OR_SPACE = /^[\s\p{P}\p{S}]|[\s\p{P}\p{S}]$/u;

function delimited(value: string, marker: string, tag: string): string {
  if (!value) return "";
  if (PUNCT_OR_SPACE.test(value)) return `<${tag}>${escapeText(value)}</${tag}>`;
  return `${marker}${escapeText(value)}${marker}`;
}

function cssLength(v: string): string {
  return /^[0-9.]+$/.test(v) ? `${v}px` : v;
}

export function imageHtml(image: ImageSpec, ctx: DocContext): string {
  const src = resolveUri(image.uri, ctx, image.line);
  // Pelican's HTML translator gives images without :alt: an empty alt (docutils' own would repeat the URI).
  const alt = image.alt ?? "";
  const plain = image.width === undefined && image.height === undefined && image.align === undefined && image.classes === undefined && image.scale === undefined;
  let out: string;
  // Pixel sizes become width/height attributes (no inline style to trip HTML linters); other units need a style.
  const style: string[] = [];
  const sizeAttrs: string[] = [];
  for (const [name, value] of [["width", image.width], ["height", image.height]] as const) {
    if (value === undefined) continue;
    const px = /^\s*([0-9]+)\s*(?:px)?\s*$/.exec(value);
    if (px) sizeAttrs.push(` ${name}="${px[1]}"`);
    else style.push(`${name}: ${cssLength(value)}`);
  }
  const classes = [...(image.classes ?? []), ...(image.align ? [`align-${image.align}`] : [])];
  const common = `${classes.length ? ` class="${escapeHtml(classes.join(" "))}"` : ""}${sizeAttrs.join("")}${style.length ? ` style="${escapeHtml(style.join("; "))}"` : ""}`;
  if (/\.svgz?$/i.test(image.uri)) {
    // docutils' HTML writer embeds SVG as an <object> whose fallback content is the alt text.
    out = `<object data="${escapeHtml(src)}" type="image/svg+xml"${common}>${escapeHtml(alt)}</object>`;
  } else if (plain) {
    out = `![${escapeText(alt)}](${linkDestination(src)})`;
  } else {
    out = `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}"${common}>`;
  }
  const target = image.target;
  if (typeof target === "string") return `[${out}](${linkDestination(resolveUri(target, ctx, image.line))})`;
  if (Array.isArray(target)) {
    const ref = target[0];
    if (ref?.type === "reference" && (ref.refuri !== undefined || ref.refid !== undefined)) {
      const href = ref.refuri !== undefined ? resolveUri(ref.refuri, ctx, image.line) : `#${ref.refid}`;
      return `[${out}](${linkDestination(href)})`;
    }
  }
  return out;
}

export function inlineMarkdown(nodes: Inline[], ctx: DocContext): string {
  return nodes.map((n) => inlineNode(n, ctx)).join("");
}

function inlineNode(n: Inline, ctx: DocContext): string {
  switch (n.type) {
    case "text": return escapeText(n.value);
    case "emphasis": return delimited(n.value, "*", "em");
    case "strong": return delimited(n.value, "**", "strong");
    case "literal": return codeSpan(n.value);
    case "cite": return `<cite>${escapeText(n.value)}</cite>`;
    case "span": {
      if (n.tag === "abbr") return `<abbr${n.title !== undefined ? ` title="${escapeHtml(n.title)}"` : ""}>${escapeText(n.value)}</abbr>`;
      if (n.tag === "math") return `<span class="math">${escapeText(n.value)}</span>`;
      if (n.tag === "span") return `<span class="${escapeHtml((n.classes ?? []).join(" "))}">${escapeText(n.value)}</span>`;
      return `<${n.tag}>${escapeText(n.value)}</${n.tag}>`;
    }
    case "inline_target": return `<span id="${escapeHtml(n.id)}">${escapeText(n.value)}</span>`;
    case "group": return inlineMarkdown(n.children, ctx);
    case "image": return imageHtml(n.image, ctx);
    case "raw": return resolveHtmlLinks(n.value, ctx, 0);
    case "substitution_ref": return escapeText(`|${n.name}|`);
    case "footnote_ref": {
      const cls = n.kind === "citation" ? "citation-reference" : "footnote-reference";
      const text = `[${n.text ?? n.label}]`;
      if (n.refid === undefined) return escapeText(`${text}_`);
      return `<a class="${cls}" href="#${escapeHtml(n.refid)}" id="${escapeHtml(n.id)}">${escapeHtml(text)}</a>`;
    }
    case "reference": {
      const text = inlineMarkdown(n.children, ctx);
      let href: string | undefined;
      if (n.refuri !== undefined) href = resolveUri(n.refuri, ctx, n.line);
      else if (n.refid !== undefined) href = `#${n.refid}`;
      if (href === undefined) return text;
      const plainText = n.children.length === 1 && n.children[0]?.type === "text" ? n.children[0].value : undefined;
      if (plainText !== undefined && plainText === href && /^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>\x00-\x1f]*$/.test(href) && !href.startsWith("mailto:")) {
        return `<${href}>`;
      }
      return `[${text || escapeText(href)}](${linkDestination(href)})`;
    }
  }
}
