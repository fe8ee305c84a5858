// Escaping for markdown text, code spans, link destinations and HTML, so markdown-it shows text exactly as written.

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Backslash-escapes characters that could start markdown inline syntax anywhere in a line. */
export function escapeText(s: string): string {
  return s
    .replace(/[\\`*_\[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, "&amp;")
    .replace(/\u00a0/g, "&nbsp;");
}

const HTML_INTERRUPT = /^<(?:\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)|(?:script|pre|style|textarea)(?:\s|>|$)|!--|\?|![A-Za-z]|!\[CDATA\[)/i;
const HTML_ALONE = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

/** Escapes what would start a block construct at the beginning of a line of paragraph text. */
export function escapeLineStarts(text: string): string {
  return text.split("\n").map((line, i) => {
    const l = line.replace(/^[ \t]+/, "");
    if (/^[-+=>]/.test(l)) return `\\${l}`;
    // Inline HTML we wrote (an image, a raw substitution) must not be read as the start of an HTML block.
    if (HTML_INTERRUPT.test(l) || (i === 0 && HTML_ALONE.test(l))) return `<span></span>${l}`;
    return l.replace(/^(\d{1,9})([.)])/, "$1\\$2");
  }).join("\n");
}

export function codeSpan(value: string): string {
  const runs = value.match(/`+/g) ?? [];
  const longest = Math.max(0, ...runs.map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") || (/^ .*[^ ].* $/s.test(value)) ? " " : "";
  return `${fence}${pad}${value.replace(/\n/g, " ")}${pad}${fence}`;
}

export function linkDestination(url: string): string {
  const safe = url.replace(/&(?=#?[a-zA-Z0-9]+;)/g, "\\&").replace(/\\/g, "\\\\");
  if (/[\s()<>]/.test(url) || url === "") return `<${safe.replace(/</g, "%3C").replace(/>/g, "%3E").replace(/\s/g, "%20")}>`;
  return safe;
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function fence(value: string, info = ""): string {
  const runs = value.match(/^ {0,3}`{3,}/gm) ?? [];
  const longest = Math.max(2, ...runs.map((r) => r.trim().length));
  const f = "`".repeat(longest + 1);
  return `${f}${info.replace(/[`\n]/g, "")}\n${value}\n${f}`;
}

/** Keeps an HTML fragment one markdown HTML block: blank lines would end it, so they become empty comments. */
export function htmlBlock(html: string): string {
  return html.replace(/\n+$/, "").split("\n").map((l) => (l.trim() === "" ? "<!-- -->" : l)).join("\n");
}
