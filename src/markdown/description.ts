// The page description for search results and share cards: the body's opening paragraph, cut at a sentence where it can be.
import MarkdownIt from "markdown-it";
import type { Token } from "markdown-it";

const parser = new MarkdownIt({ html: true });

function inlineText(tokens: Token[]): string {
  return tokens.map((token) => (token.type === "text" || token.type === "code_inline" ? token.content : token.type === "softbreak" || token.type === "hardbreak" ? " " : "")).join("");
}

/** Plain text of the first paragraph of a markdown body, or "" when it has none. */
export function openingParagraph(markdown: string): string {
  const tokens = parser.parse(markdown, {});
  for (let i = 0; i < tokens.length; i++) {
    // A tight list item is a hidden paragraph: not an opening paragraph.
    if (tokens[i]?.type !== "paragraph_open" || tokens[i]?.hidden) continue;
    const inline = tokens[i + 1];
    const text = inline?.children ? inlineText(inline.children).replace(/\s+/g, " ").trim() : "";
    if (text) return text;
  }
  return "";
}

/** At most `limit` characters: whole sentences when the first fits, else whole words and an ellipsis. */
export function shortenDescription(text: string, limit = 160): string {
  if (text.length <= limit) return text;
  const sentences = text.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? [];
  let out = "";
  for (const sentence of sentences) {
    if ((out + sentence).trim().length > limit) break;
    out += sentence;
  }
  if (out.trim()) return out.trim();
  const cut = text.slice(0, limit - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
