// markdown-it's highlight hook: Prism's tokens as spans at build time (no client JavaScript), and Pelican's line numbers.
import MarkdownIt from "markdown-it";
import type * as Prism from "prismjs";
import { grammarFor } from "./prism.ts";

const { escapeHtml } = new MarkdownIt().utils;
/** Text between tags needs only these three escaped; quotes stay as they are (code is full of them). */
const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * Prism's token stream as `<span class="token TYPE ALIAS…">`, its text escaped here: Prism's own `highlight` would
 * also turn no-break spaces into spaces. With `open` tags carried, every line closes the spans it
 * opened and the next line reopens them, so a line can be prefixed on its own (inline line numbers).
 */
function spans(stream: Prism.TokenStream, open: string[] | undefined): string {
  if (typeof stream === "string") {
    const text = escapeText(stream);
    if (!open?.length || !text.includes("\n")) return text;
    return text.split("\n").join(`${"</span>".repeat(open.length)}\n${open.join("")}`);
  }
  if (Array.isArray(stream)) return stream.map((s) => spans(s, open)).join("");
  const aliases = stream.alias === undefined ? [] : Array.isArray(stream.alias) ? stream.alias : [stream.alias];
  const tag = `<span class="${escapeHtml(["token", stream.type, ...aliases].join(" "))}">`;
  return `${tag}${spans(stream.content, open && [...open, tag])}</span>`;
}

/**
 * Some of Prism's patterns take time quadratic in the length of the code on hostile input (20,000 characters of "a." cost
 * the C# grammar 2 s), so longer code is highlighted in pieces of at most this many characters: each cut after a line,
 * a blank one where the piece has one. A construct across a cut (a long docstring) may be coloured wrongly; no text changes.
 */
export const PIECE_LENGTH = 2000;

function* pieces(code: string): Generator<string> {
  let start = 0;
  while (code.length - start > PIECE_LENGTH) {
    const window = code.slice(start, start + PIECE_LENGTH);
    const blank = window.lastIndexOf("\n\n");
    let cut = blank > 0 ? blank + 2 : window.lastIndexOf("\n") + 1;
    // A line longer than a piece is cut inside, but not between the two halves of a surrogate pair.
    if (cut <= 0) cut = /[\ud800-\udbff]/.test(window.at(-1) ?? "") ? PIECE_LENGTH - 1 : PIECE_LENGTH;
    yield code.slice(start, start + cut);
    start += cut;
  }
  yield code.slice(start);
}

/** Highlighted HTML for `code`, "" for a language that is not highlighted (markdown-it then escapes it as plain text). */
function highlighted(code: string, language: string, lineByLine: boolean): string {
  const found = grammarFor(language);
  if (!found) return "";
  let html = "";
  for (const piece of pieces(code)) html += spans(found.prism.tokenize(piece, found.grammar), lineByLine ? [] : undefined);
  return html;
}

/**
 * markdown-it's highlight hook: token spans, and line numbers when the info string asks for them
 * ("python linenos=table linenostart=5", as the reST importer writes Pelican's :linenos: option).
 */
export function highlightCode(code: string, language: string, attrs = ""): string {
  const mode = /(?:^|\s)linenos=(table|inline)\b/.exec(attrs)?.[1];
  if (!mode) return highlighted(code, language, false);
  const start = Number.parseInt(/(?:^|\s)linenostart=(\d+)/.exec(attrs)?.[1] ?? "1", 10);
  if (mode === "inline") {
    const text = code.replace(/\n$/, "");
    const lines = (highlighted(text, language, true) || escapeHtml(text)).split("\n");
    return lines.map((l, i) => `<span class="linenos">${start + i}</span>${l}`).join("\n") + "\n";
  }
  const body = highlighted(code, language, false) || escapeHtml(code);
  const lines = code.replace(/\n$/, "").split("\n");
  // One <pre> holding the number column and the code side by side (site.css lays it out as a two-column grid).
  const numbers = lines.map((_, i) => start + i).join("\n");
  const cls = language ? ` class="language-${escapeHtml(language)}"` : "";
  return `<pre class="linenos-table"><span class="linenos">${numbers}</span><code${cls}>${body}</code></pre>`;
}
