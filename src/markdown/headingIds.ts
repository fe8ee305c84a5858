// `## Title {#some-id}`: an explicit heading id, as Pandoc and Hugo write it, so imported pages keep docutils' ids.
import type { MarkdownIt, StateCore } from "markdown-it";

const EXPLICIT_ID = /\s*\{#([A-Za-z][\w:.-]*)\}\s*$/;

// By hand rather than markdown-it-attrs: that plugin reads `{…}` after any element, which would rewrite braces in
// imported prose; here only a trailing `{#id}` on a heading counts.
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.before("inline", "heading_ids", (state: StateCore) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]?.type !== "heading_open") continue;
      const inline = tokens[i + 1];
      const match = inline ? EXPLICIT_ID.exec(inline.content) : null;
      if (!inline || !match) continue;
      inline.content = inline.content.slice(0, match.index);
      tokens[i]!.attrSet("id", match[1]!);
    }
    return true;
  });
}
