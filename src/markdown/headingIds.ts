// `## Title {#some-id}`: an explicit heading id, as Pandoc and Hugo write it, so imported pages keep docutils' ids.
import type { MarkdownIt, StateCore } from "markdown-it";

/** "{#id}" at the very end of a heading's text (trailing spaces already cut: a regex anchored at "$" after "\s*" is quadratic). */
const EXPLICIT_ID = /\{#([A-Za-z][\w:.-]*)\}$/;

// By hand rather than markdown-it-attrs: that plugin reads `{…}` after any element, which would rewrite braces in
// imported prose; here only a trailing `{#id}` on a heading counts.
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.before("inline", "heading_ids", (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]?.type !== "heading_open") continue;
      const inline = tokens[i + 1];
      if (!inline) continue;
      const text = inline.content.trimEnd();
      // Only the last "{#" can start the id: the search is linear however long the heading.
      const open = text.lastIndexOf("{#");
      const match = open >= 0 ? EXPLICIT_ID.exec(text.slice(open)) : null;
      if (!match) continue;
      inline.content = text.slice(0, open).trimEnd();
      tokens[i]!.attrSet("id", match[1]!);
    }
    return true;
  });
}
