// Markdown fragments rendered to HTML, for places a markdown construct cannot sit (inside table cells, <dt>, raw headings).
import MarkdownIt from "markdown-it";
import { MARKDOWN_OPTIONS } from "../../markdown/options.ts";

const md = new MarkdownIt(MARKDOWN_OPTIONS);

export function renderInline(markdown: string): string {
  return md.renderInline(markdown);
}

export function renderBlocks(markdown: string): string {
  return md.render(markdown);
}

/** The text markdown-it-anchor builds a heading's slug from: its text and code_inline tokens. */
export function anchorText(markdown: string): string {
  const tokens = md.parseInline(markdown, {});
  const children = tokens[0]?.children ?? [];
  return children.filter((t: { type: string }) => t.type === "text" || t.type === "code_inline").map((t: { content: string }) => t.content).join("");
}
