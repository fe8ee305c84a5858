// Token spans for fenced code the way Pygments splits it, so highlighted code reads as the same words Pelican's pages show.
import MarkdownIt from "markdown-it";
import type { Token } from "./token.ts";
import { PROFILES, tokenize } from "./code.ts";
import { MARKUP, XML, tokenizeMarkup } from "./markup.ts";
import { CONSOLE, SHELL, tokenizeConsole, tokenizeShell } from "./shell.ts";
import { tokenizeYaml } from "./yaml.ts";

const { escapeHtml } = new MarkdownIt().utils;

/** Token spans for `code`, adjacent tokens of one kind merged; "" for languages without a profile. */
function tokenSpans(code: string, language: string): string {
  const lang = language.toLowerCase();
  const profile = PROFILES[lang];
  const yaml = lang === "yaml" || lang === "yml";
  if (!profile && !MARKUP.has(lang) && !XML.has(lang) && !SHELL.has(lang) && !CONSOLE.has(lang) && !yaml) return "";
  const tokens: Token[] = [];
  if (profile) tokenize(code, profile, tokens);
  else if (SHELL.has(lang)) tokenizeShell(code, tokens);
  else if (CONSOLE.has(lang)) tokenizeConsole(code, tokens);
  else if (yaml) tokenizeYaml(code, tokens);
  else tokenizeMarkup(code, tokens, XML.has(lang));
  const merged: Token[] = [];
  for (const t of tokens) {
    const last = merged[merged.length - 1];
    if (last && last[0] === t[0] && t[0] !== "n" && t[0] !== "m" && t[0] !== "nd") last[1] += t[1];
    else merged.push([t[0], t[1]]);
  }
  return merged.map(([kind, text]) => (kind ? `<span class="${kind}">${escapeHtml(text)}</span>` : escapeHtml(text))).join("");
}

/**
 * markdown-it's highlight hook: token spans, and line numbers when the info string asks for them
 * ("python linenos=table linenostart=5", as the reST importer writes Pelican's :linenos: option).
 */
export function highlightCode(code: string, language: string, attrs = ""): string {
  const spans = tokenSpans(code, language);
  const mode = /(?:^|\s)linenos=(table|inline)\b/.exec(attrs)?.[1];
  if (!mode) return spans;
  const start = Number.parseInt(/(?:^|\s)linenostart=(\d+)/.exec(attrs)?.[1] ?? "1", 10);
  const body = spans || escapeHtml(code);
  const lines = body.replace(/\n$/, "").split("\n");
  if (mode === "inline") return lines.map((l, i) => `<span class="linenos">${start + i}</span>${l}`).join("\n") + "\n";
  const numbers = lines.map((_, i) => `<span class="normal">${start + i}</span>`).join("\n");
  const cls = language ? ` class="language-${escapeHtml(language)}"` : "";
  return `<pre class="linenos">${numbers}</pre><pre><code${cls}>${body}</code></pre>`;
}
