// Pelican's markdown files: `Key: value` metadata lines, a blank line, then the body, whose {filename} links are rewritten.

export interface PelicanMarkdown {
  fields: Record<string, string>;
  body: string;
  /** Line in the source file where the body starts. */
  bodyLine: number;
}

/**
 * Python-Markdown's meta extension: keys at the top (up to three spaces before them), continuation lines indented by
 * four spaces or more, optionally between YAML-style "---" and "---" (or "...") lines.
 */
export function readPelicanMarkdown(source: string): PelicanMarkdown {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const fields: Record<string, string> = {};
  let i = /^-{3}(\s.*)?$/.test(lines[0] ?? "") ? 1 : 0;
  const fenced = i === 1;
  let last: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || /^(-{3}|\.{3})(\s.*)?$/.test(line)) {
      if (line.trim() !== "") i++;
      break;
    }
    const field = /^ {0,3}([A-Za-z0-9_-]+):\s*(.*)$/.exec(line);
    if (field) {
      last = field[1]!.toLowerCase();
      fields[last] = field[2]!.trim();
    } else if (last && /^( {4,}|\t)/.test(line)) fields[last] = `${fields[last]} ${line.trim()}`.trim();
    else break;
  }
  if (Object.keys(fields).length === 0 && !fenced) return { fields, body: source, bodyLine: 1 };
  while (i < lines.length && lines[i]!.trim() === "") i++;
  return { fields, body: lines.slice(i).join("\n"), bodyLine: i + 1 };
}

const LINK_TARGET = /(\]\(\s*<?|\b(?:href|src)=["']|^\[[^\]]+\]:\s*<?)(\{(filename|static|attach|tag|category)\}|\|(filename|static|attach|tag|category)\|)([^)\s"'>]*)/gm;

/** Rewrites Pelican link placeholders in markdown and inline HTML; `resolve` gets the kind and the path without #fragment. */
export function rewriteMarkdownLinks(
  body: string,
  resolve: (kind: string, target: string) => string | undefined,
  warn: (line: number, message: string) => void,
  firstLine = 1,
): string {
  return body.replace(LINK_TARGET, (whole, before: string, _placeholder: string, braced?: string, piped?: string, rest = "", offset = 0) => {
    const kind = braced ?? piped ?? "";
    const hash = rest.indexOf("#");
    const target = hash >= 0 ? rest.slice(0, hash) : rest;
    const fragment = hash >= 0 ? rest.slice(hash) : "";
    const resolved = resolve(kind, target);
    if (resolved === undefined) {
      warn(firstLine + body.slice(0, offset).split("\n").length - 1, `Unresolved {${kind}} link "${target}"; kept as written.`);
      return whole;
    }
    return `${before}${resolved}${fragment}`;
  });
}

/**
 * The page template gives the title its <h1>, so a body that has its own level-1 headings is moved one level down
 * (## for #, and so on, setext headings too): one <h1> per page, every heading still there.
 */
export function demoteHeadings(body: string): string {
  const lines = body.split("\n");
  const fenceOf = (line: string) => /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
  const setextUnder = (line: string, next: string | undefined) =>
    next !== undefined && line.trim() !== "" && !/^ {0,3}([-*+]\s|\d+[.)]\s|#|>)/.test(line) ? (/^ {0,3}=+\s*$/.test(next) ? 1 : /^ {0,3}-+\s*$/.test(next) ? 2 : 0) : 0;
  const out: string[] = [];
  let fence: string | undefined;
  let changed = false;
  let hasH1 = false;
  for (let pass = 0; pass < 2; pass++) {
    fence = undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const marker = fenceOf(line);
      if (marker && (fence === undefined || marker.startsWith(fence))) {
        fence = fence === undefined ? marker : undefined;
        if (pass) out.push(line);
        continue;
      }
      if (fence !== undefined) {
        if (pass) out.push(line);
        continue;
      }
      const atx = /^( {0,3})(#{1,6})(\s|$)/.exec(line);
      const setext = setextUnder(line, lines[i + 1]);
      if (pass === 0) {
        if ((atx && atx[2]!.length === 1) || setext === 1) hasH1 = true;
        continue;
      }
      if (atx) out.push(atx[2]!.length < 6 ? `${atx[1]}#${line.slice(atx[1]!.length)}` : line);
      else if (setext) {
        out.push(`${"#".repeat(setext + 1)} ${line.trim()}`);
        i++;
      } else out.push(line);
      changed ||= Boolean(atx || setext);
    }
    if (!hasH1) return body;
  }
  return changed ? out.join("\n") : body;
}
