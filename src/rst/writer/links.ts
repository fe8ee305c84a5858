// Pelican's link placeholders ({filename}x, {static}x, |filename|x ...) rewritten through the importer's resolver.
import type { DocContext, LinkKind } from "../context.ts";

const KINDS: LinkKind[] = ["filename", "static", "attach", "tag", "category"];
const PLACEHOLDER = /^(?:\{(\w+)\}|\|(\w+)\|)(.*)$/s;

export function resolveUri(uri: string, ctx: DocContext, line: number): string {
  const m = PLACEHOLDER.exec(uri);
  if (!m) return uri;
  const kind = (m[1] ?? m[2] ?? "") as LinkKind;
  if (!KINDS.includes(kind)) {
    ctx.reporter.warning(line, `Unknown Pelican link placeholder "{${kind}}" in "${uri}"; kept as written.`);
    return uri;
  }
  const rest = m[3] ?? "";
  const hash = kind === "filename" || kind === "attach" || kind === "static" ? rest.indexOf("#") : -1;
  const target = hash >= 0 ? rest.slice(0, hash) : rest;
  const fragment = hash >= 0 ? rest.slice(hash) : "";
  const resolved = ctx.options.resolveLink?.(kind, target);
  if (resolved === undefined) {
    ctx.reporter.warning(line, `Unresolved {${kind}} link "${target}"; kept as written.`);
    return uri;
  }
  return resolved + fragment;
}

/** Pelican rewrites placeholders in any tag attribute of the output (raw HTML included): href, src, poster, data, cite... */
export function resolveHtmlLinks(html: string, ctx: DocContext, line: number): string {
  return html.replace(/(<[^>]+?\b(?:href|src|poster|data|cite|formaction|action|content)\s*=\s*)(["'])((?:\{\w+\}|\|\w+\|)[^"']*)\2/g,
    (_whole, before: string, quote: string, uri: string) => `${before}${quote}${resolveUri(uri, ctx, line).replace(/"/g, "&quot;")}${quote}`);
}
