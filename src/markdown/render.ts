// The one markdown-it setup every page body goes through (the reST importer's writer targets it too).
import MarkdownIt, { type MarkdownIt as Markdown } from "markdown-it";
import anchor from "markdown-it-anchor";
import { docutilsId } from "./slugify.ts";
import { headingIds } from "./headingIds.ts";
import { highlightCode } from "./highlight/index.ts";
import { MARKDOWN_OPTIONS } from "./options.ts";

/** `permalinkLabel` names a heading's permalink for screen readers, in the site's language. */
export function createMarkdownRenderer(permalinkLabel: (title: string) => string = (title) => `Permalink to “${title}”`): Markdown {
  // Prism, not Shiki: on a 557-character Python block Shiki 3 took ~190 ms to load and ~2.5 ms a block, Prism ~6 ms and ~0.27 ms.
  const md = new MarkdownIt({ ...MARKDOWN_OPTIONS, highlight: (code, lang, attrs) => highlightCode(code, lang, attrs) });
  // Before the anchor plugin, which keeps an id a heading already has.
  md.use(headingIds);
  md.use(anchor, {
    level: [2, 3, 4, 5, 6],
    // An id docutils would give; a heading of only symbols still needs one, so fall back to "section".
    slugify: (title: string) => docutilsId(title) || "section",
    // An explicit {#id} used twice gets "-1" like any other heading instead of stopping the build.
    failOnNonUnique: false,
    permalink: anchor.permalink.linkAfterHeader({
      style: "aria-label",
      assistiveText: permalinkLabel,
      symbol: "#",
      class: "heading-anchor",
      wrapper: ['<div class="heading">', "</div>"],
    }),
  });
  // Code scrolls sideways inside its <pre>, which must then take keyboard focus to be scrolled (axe: scrollable-region-focusable).
  for (const rule of ["fence", "code_block"] as const) {
    const render = md.renderer.rules[rule]!;
    md.renderer.rules[rule] = (...args) => render(...args).replace(/^<pre/, '<pre tabindex="0"');
  }
  // Header cells of markdown tables say what they head (WCAG H63), as the HTML tables the reST writer emits do.
  md.renderer.rules.th_open = (tokens, idx, options, _env, self) => {
    tokens[idx]!.attrSet("scope", "col");
    return self.renderToken(tokens, idx, options);
  };
  return md;
}
