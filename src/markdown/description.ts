// The page description for search results and share cards: the body's opening paragraph, cut at a sentence where it can be.
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";

const parser = new MarkdownIt({ html: true });

function inlineText(tokens: Token[]): string {
  return tokens.map((token) => (token.type === "text" || token.type === "code_inline" ? token.content : token.type === "softbreak" || token.type === "hardbreak" ? " " : "")).join("");
}

/** Plain text of the first paragraph among a body's parsed tokens, or "" when it has none. */
export function openingParagraphOf(tokens: Token[]): string {
  for (let i = 0; i < tokens.length; i++) {
    // A tight list item is a hidden paragraph: not an opening paragraph.
    if (tokens[i]?.type !== "paragraph_open" || tokens[i]?.hidden) continue;
    const inline = tokens[i + 1];
    const text = inline?.children ? inlineText(inline.children).replace(/\s+/g, " ").trim() : "";
    if (text) return text;
  }
  return "";
}

/** Plain text of the first paragraph of a markdown body, or "" when it has none. */
export function openingParagraph(markdown: string): string {
  return openingParagraphOf(parser.parse(markdown, {}));
}

const SENTENCE_END = new Set([".", "!", "?"]);
const SPACE = /\s/;

/**
 * At most `limit` characters: the longest run of whole sentences that fits, else whole words and an ellipsis.
 * Only the first `limit` characters are looked at, so a megabyte without a full stop costs no more than a short text.
 */
export function shortenDescription(text: string, limit = 160): string {
  if (text.length <= limit) return text;
  let end = 0;
  for (let i = 0; i < limit; i++) {
    if (!SENTENCE_END.has(text[i]!)) continue;
    let last = i;
    while (SENTENCE_END.has(text[last + 1] ?? "")) last++;
    // A sentence ends at its punctuation when a space (or the end) follows: "e.g." inside a word run does not count.
    const after = text[last + 1];
    if ((after === undefined || SPACE.test(after)) && last + 1 <= limit) end = last + 1;
    i = last;
  }
  const sentences = text.slice(0, end).trim();
  if (sentences) return sentences;
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
