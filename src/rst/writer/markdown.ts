// Blocks to CommonMark: markdown where it has the construct, raw HTML blocks (kept free of blank lines) where it has not.
import type { Block, Inline, ListItem, TableCell, TocEntry } from "../ast.ts";
import type { DocContext } from "../context.ts";
import { makeId } from "../context.ts";
import { escapeHtml, escapeLineStarts, fence, htmlBlock } from "./escape.ts";
import { imageHtml, inlineMarkdown } from "./inline.ts";
import { resolveHtmlLinks } from "./links.ts";
import { anchorText, renderBlocks, renderInline } from "./html.ts";
import { blockText, reportInternal } from "../guard.ts";

const HTML_BLOCK_6 = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:\s|\/?>|$)/i;
const HTML_BLOCK_7 = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^"'=<>`\s]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

/**
 * markdown-it's default maxNesting, which createMarkdownRenderer keeps: content it would read this many block levels deep
 * is dropped without a word, so deeper lists and block quotes are written as HTML, which adds no level.
 */
const MARKDOWN_MAX_NESTING = 100;

export class MarkdownWriter {
  /** markdown-it-anchor's slug table, simulated so we know which id each markdown heading will get. */
  private readonly slugs = new Set<string>();
  private readonly slugNext = new Map<string, number>();
  private listToggle = false;
  /** The markdown-it block level the blocks being written will be read at: two per markdown list, one per block quote. */
  private level = 0;

  constructor(private readonly ctx: DocContext) {}

  inline(nodes: Inline[]): string { return inlineMarkdown(nodes, this.ctx); }

  inlineHtml(nodes: Inline[]): string { return renderInline(this.inline(nodes).replace(/\n/g, " ")); }

  blocks(blocks: Block[]): string {
    const out: string[] = [];
    let previous: Block | undefined;
    for (const b of blocks) {
      let text: string;
      try {
        text = this.block(b, previous);
        if (b.addedClasses?.length && text) text = this.withClasses(b, text);
      } catch (err) {
        // A bug in writing one block costs its markup (its text is kept, as a literal block), never the page.
        reportInternal(this.ctx, b.line, `writing a ${b.type.replace(/_/g, " ")}`, err);
        text = fence(blockText(b));
      }
      // Invisible blocks (targets, pending classes) write nothing and do not separate what is around them.
      if (text === "") continue;
      out.push(text);
      previous = b;
    }
    return out.join("\n\n");
  }

  private block(b: Block, previous: Block | undefined): string {
    switch (b.type) {
      case "section": return this.section(b);
      case "paragraph": return escapeLineStarts(this.inline(b.children));
      case "bullet_list": {
        if (this.level + 2 >= MARKDOWN_MAX_NESTING) return this.htmlList("<ul>", b.items, "</ul>");
        const marker = previous?.type === "bullet_list" && this.listToggle ? "*" : "-";
        this.listToggle = marker === "-";
        return this.list(b.items, () => `${marker} `);
      }
      case "enumerated_list": return this.enumerated(b, previous);
      case "definition_list": return this.definitionList(b);
      case "field_list": return this.fieldList(b);
      case "option_list": return this.optionList(b);
      case "line_block": return this.lineBlock(b);
      case "block_quote": return this.blockQuote(b);
      case "literal_block": {
        if (!b.inlines) {
          const numbers = b.linenos ? ` linenos=${b.linenos}${b.linenostart ? ` linenostart=${b.linenostart}` : ""}` : "";
          return fence(b.value, `${b.language ?? (numbers ? "text" : "")}${numbers}`);
        }
        // parsed-literal: inline markup inside <pre>; leading spaces as entities so markdown-it keeps the indentation.
        const md = this.inline(b.inlines).replace(/^ +/gm, (sp) => "&#32;".repeat(sp.length));
        return htmlBlock(`<pre class="literal-block">${renderInline(md)}</pre>`);
      }
      case "transition": return "---";
      case "raw": return rawHtml(resolveHtmlLinks(b.value, this.ctx, b.line));
      case "image": return imageHtml(b.image, this.ctx);
      case "figure": return this.figure(b);
      case "admonition": {
        const cls = b.kind === "admonition" ? `admonition admonition-${makeId(inlineText(b.title))}` : `admonition ${b.kind}`;
        return this.wrap(`<div class="${escapeHtml(cls)}">\n<p class="admonition-title">${this.inlineHtml(b.title)}</p>`, b.children, "</div>");
      }
      case "container": {
        const title = b.title && b.title.length > 0 ? `\n<p class="${b.classes[0] === "sidebar" ? "sidebar-title" : "topic-title"}">${this.inlineHtml(b.title)}</p>` : "";
        return this.wrap(`<${b.tag} class="${escapeHtml(b.classes.join(" "))}">${title}`, b.children, `</${b.tag}>`);
      }
      case "rubric": return `<p class="rubric">${this.inlineHtml(b.children)}</p>`;
      case "table": return this.table(b);
      case "anchor": return b.ids.map((id) => `<div id="${escapeHtml(id)}"></div>`).join("\n");
      case "footnote": return this.footnote(b);
      case "contents": return this.contents(b);
      case "pending_class": case "link_target": return "";
      case "problem": {
        if (b.visible) return fence(b.source, "rst");
        const body = b.source.replace(/--/g, "- -");
        const at = this.ctx.reporter.locate(b.line);
        return `<!-- rst (${at.file ? `${at.file}, ` : ""}line ${at.line}): ${b.message.replace(/--/g, "- -")}\n${body}\n-->`;
      }
    }
  }

  /** A class:: directive's classes on the block's outermost element, which needs HTML for it (markdown has no classes). */
  private withClasses(b: Block, md: string): string {
    const classes = (b.addedClasses ?? []).join(" ");
    if (b.type === "paragraph") return `<p class="${escapeHtml(classes)}">${this.inlineHtml(b.children)}</p>`;
    // docutils does not write a section's classes where our heading goes; raw HTML gets a wrapper, as docutils gives it.
    if (b.type === "section") return md;
    if (b.type === "raw") return `<div class="${escapeHtml(classes)}">\n${md}\n</div>`;
    const html = /^<[a-zA-Z]/.test(md) && !md.startsWith("<span></span>") ? md : htmlBlock(renderBlocks(md).trim());
    return addClassToFirstTag(html, classes);
  }

  private wrap(open: string, children: Block[], close: string): string {
    const inner = this.blocks(children);
    return inner ? `${open}\n\n${inner}\n\n${close}` : `${open}\n${close}`;
  }

  private section(b: Extract<Block, { type: "section" }>): string {
    const level = Math.min(6, b.depth + 1);
    let md = this.inline(b.title).replace(/\n/g, " ");
    const hasLink = b.title.some((n) => n.type === "reference" || n.type === "footnote_ref");
    if (b.tocId && !hasLink) md = `[${md}](#${b.tocId})`;
    const plain = !b.tocId && b.title.every((n) => n.type === "text");
    // Plain text comes back from markdown-it unchanged, so only marked-up titles need parsing.
    const text = plain ? b.title.map((n) => (n.type === "text" ? n.value : "")).join("").replace(/\n/g, " ").trim() : anchorText(md);
    let slug = makeId(text) || "section";
    if (this.slugs.has(slug)) {
      // markdown-it-anchor tries base-1, base-2, ...; the slug set only grows, so resume where the last search stopped.
      let i = this.slugNext.get(slug) ?? 1;
      while (this.slugs.has(`${slug}-${i}`)) i++;
      this.slugNext.set(slug, i);
      slug = `${slug}-${i}`;
    }
    if (slug === b.id) {
      this.slugs.add(slug);
      return `${"#".repeat(level)} ${md}`;
    }
    // markdown-it-anchor would pick another id than docutils did: give the heading docutils' id as a trailing {#id}.
    this.slugs.add(b.id);
    return `${"#".repeat(level)} ${md} {#${b.id}}`;
  }

  private list(items: ListItem[], marker: (i: number) => string): string {
    const rendered = items.map((item, i) => {
      const m = marker(i);
      const body = this.deeper(2, () => this.blocks(item.children));
      return m + indent(body, m.length).replace(/^ +/, "");
    });
    const tight = items.every((item) => item.children.length <= 1 && (item.children[0]?.type ?? "paragraph") === "paragraph");
    return rendered.join(tight ? "\n" : "\n\n");
  }

  private enumerated(b: Extract<Block, { type: "enumerated_list" }>, previous: Block | undefined): string {
    if (b.enumtype !== "arabic" || this.level + 2 >= MARKDOWN_MAX_NESTING) {
      const type = { arabic: "1", loweralpha: "a", upperalpha: "A", lowerroman: "i", upperroman: "I" }[b.enumtype] ?? "1";
      return this.htmlList(`<ol class="${b.enumtype}" type="${type}"${b.start !== 1 ? ` start="${b.start}"` : ""}>`, b.items, "</ol>");
    }
    const delimiter = previous?.type === "enumerated_list" && this.listToggle ? ")" : ".";
    this.listToggle = delimiter === ".";
    return this.list(b.items, (i) => `${b.start + i}${delimiter} `);
  }

  private htmlList(open: string, items: ListItem[], close: string): string {
    return `${open}\n${items.map((item) => this.wrap("<li>", item.children, "</li>")).join("\n")}\n${close}`;
  }

  /** Writes what `write` returns `levels` markdown-it block levels deeper. */
  private deeper(levels: number, write: () => string): string {
    this.level += levels;
    try {
      return write();
    } finally {
      this.level -= levels;
    }
  }

  private definitionList(b: Extract<Block, { type: "definition_list" }>): string {
    const items = b.items.map((item) => {
      const classifiers = item.classifiers.map((c) => ` <span class="classifier-delimiter">:</span> <span class="classifier">${this.inlineHtml(c)}</span>`).join("");
      return this.wrap(`<dt>${this.inlineHtml(item.term)}${classifiers}</dt>\n<dd>`, item.definition, "</dd>");
    });
    return `<dl class="docutils">\n${items.join("\n")}\n</dl>`;
  }

  private fieldList(b: Extract<Block, { type: "field_list" }>): string {
    const items = b.fields.map((f) => this.wrap(`<dt class="field-name">${this.inlineHtml(f.nameInlines)}:</dt>\n<dd class="field-body">`, f.body, "</dd>"));
    return `<dl class="field-list">\n${items.join("\n")}\n</dl>`;
  }

  private optionList(b: Extract<Block, { type: "option_list" }>): string {
    const rows = b.items.map((item) => {
      const options = item.options.map((o) => `<span class="option">${escapeHtml(o.name)}${o.arg !== undefined ? `${o.delimiter}<var>${escapeHtml(o.arg)}</var>` : ""}</span>`).join(", ");
      return `<tr><td class="option-group"><kbd>${options}</kbd></td><td>${this.cellHtml(item.description)}</td></tr>`;
    });
    return htmlBlock(`<table class="option-list">\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`);
  }

  /** Blocks inside an HTML cell: a lone paragraph inline, anything else rendered to HTML. */
  private cellHtml(children: Block[]): string {
    const only = children[0];
    if (children.length === 0) return "";
    if (children.length === 1 && only?.type === "paragraph") return this.inlineHtml(only.children);
    return renderBlocks(this.blocks(children)).trim();
  }

  private lineBlock(b: Extract<Block, { type: "line_block" }>): string {
    const lines = b.lines.map((l) => {
      const text = escapeLineStarts(this.inline(l.children).replace(/\n/g, " "));
      return text ? "&nbsp;".repeat(l.indent) + text : "&nbsp;";
    });
    return lines.join("\\\n");
  }

  private blockQuote(b: Extract<Block, { type: "block_quote" }>): string {
    const attribution = b.attribution ? `<p class="attribution">\u2014${this.inlineHtml(b.attribution)}</p>` : "";
    if (this.level + 1 >= MARKDOWN_MAX_NESTING) {
      const inner = [this.blocks(b.children), attribution].filter(Boolean).join("\n\n");
      return inner ? `<blockquote>\n\n${inner}\n\n</blockquote>` : "";
    }
    let inner = this.deeper(1, () => this.blocks(b.children));
    if (attribution) inner += `${inner ? "\n\n" : ""}${attribution}`;
    if (!inner) return "";
    return inner.split("\n").map((l) => (l ? `> ${l}` : ">")).join("\n");
  }

  private figure(b: Extract<Block, { type: "figure" }>): string {
    const classes = ["figure", ...(b.align ? [`align-${b.align}`] : [])];
    const style = b.figwidth && b.figwidth !== "image" ? ` style="width: ${escapeHtml(/^[0-9.]+$/.test(b.figwidth) ? b.figwidth + "px" : b.figwidth)}"` : "";
    const parts = [`<figure class="${classes.join(" ")}"${style}>`, "", imageHtml(b.image, this.ctx), ""];
    // The legend goes inside <figcaption>, which HTML wants first or last in a figure.
    const caption = b.caption.length > 0 ? `<p class="caption">${this.inlineHtml(b.caption)}</p>` : "";
    if (b.legend.length > 0) parts.push(this.wrap(`<figcaption>${caption}\n<div class="legend">`, b.legend, "</div>\n</figcaption>"));
    else if (caption) parts.push(`<figcaption>${caption}</figcaption>`);
    parts.push("</figure>");
    return parts.join("\n");
  }

  private footnote(b: Extract<Block, { type: "footnote" }>): string {
    const cls = b.kind === "citation" ? "citation" : "footnote";
    const label = `[${b.label}]`;
    let head: string;
    if (b.backrefs.length === 1) head = `<span class="label"><a class="fn-backref" href="#${escapeHtml(b.backrefs[0]!)}">${escapeHtml(label)}</a></span>`;
    else if (b.backrefs.length > 1) {
      const links = b.backrefs.map((r, i) => `<a class="fn-backref" href="#${escapeHtml(r)}">${i + 1}</a>`).join(", ");
      head = `<span class="label">${escapeHtml(label)}</span> <em>(${links})</em>`;
    } else head = `<span class="label">${escapeHtml(label)}</span>`;
    return this.wrap(`<div class="${cls}" id="${escapeHtml(b.id)}">\n${head}`, b.children, "</div>");
  }

  private contents(b: Extract<Block, { type: "contents" }>): string {
    const list = (entries: TocEntry[]): string => entries.length === 0 ? "" :
      `<ul>\n${entries.map((e) => `<li><a class="reference internal" href="#${escapeHtml(e.sectionId)}" id="${escapeHtml(e.id)}">${renderInline(inlineMarkdown(stripLinks(e.title), this.ctx).replace(/\n/g, " "))}</a>${list(e.children)}</li>`).join("\n")}\n</ul>`;
    return `<nav class="contents topic" id="${escapeHtml(b.id)}">\n<p class="topic-title">${this.inlineHtml(b.title)}</p>\n${list(b.entries ?? [])}\n</nav>`;
  }

  private table(b: Extract<Block, { type: "table" }>): string {
    const simpleCell = (c: TableCell) => c.colspan === 1 && c.rowspan === 1 && (c.children.length === 0 || (c.children.length === 1 && c.children[0]?.type === "paragraph"));
    const gfm = !b.title && b.head.length === 1 && b.cols > 0 && [...b.head, ...b.body].every((row) => row.length === b.cols && row.every(simpleCell));
    if (gfm) {
      const cell = (c: TableCell) => {
        const md = this.blocks(c.children).replace(/\n/g, " ");
        return md.replace(/(?<!\\)((?:\\\\)*)\|/g, "$1\\|");
      };
      const row = (r: TableCell[]) => `| ${r.map(cell).join(" | ")} |`;
      return [row(b.head[0]!), `|${" --- |".repeat(b.cols)}`, ...b.body.map(row)].join("\n");
    }
    const cellHtml = (c: TableCell, tag: string) => {
      const attrs = `${c.colspan > 1 ? ` colspan="${c.colspan}"` : ""}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ""}`;
      return `<${tag}${tag === "th" ? ' scope="col"' : ""}${attrs}>${this.cellHtml(c.children)}</${tag}>`;
    };
    const rows = (rs: TableCell[][], tag: string) => rs.map((r) => `<tr>${r.map((c) => cellHtml(c, tag)).join("")}</tr>`).join("\n");
    const parts = ['<table class="docutils">'];
    if (b.title) parts.push(`<caption>${this.inlineHtml(b.title)}</caption>`);
    if (b.head.length > 0) parts.push(`<thead>\n${rows(b.head, "th")}\n</thead>`);
    parts.push(`<tbody>\n${rows(b.body, "td")}\n</tbody>`, "</table>");
    return htmlBlock(parts.join("\n"));
  }
}

/** Adds `classes` to the first start tag of `html`, beside a class attribute it has. */
function addClassToFirstTag(html: string, classes: string): string {
  const m = /^<([a-zA-Z][\w-]*)([^>]*)>/.exec(html);
  if (!m) return html;
  const attrs = m[2] ?? "";
  const own = /\sclass="([^"]*)"/.exec(attrs);
  const newAttrs = own ? attrs.replace(own[0], ` class="${own[1]} ${escapeHtml(classes)}"`) : `${attrs.replace(/\s*\/$/, "")} class="${escapeHtml(classes)}"${/\/$/.test(attrs) ? " /" : ""}`;
  return `<${m[1]}${newAttrs}>${html.slice(m[0].length)}`;
}

function stripLinks(nodes: Inline[]): Inline[] {
  return nodes.flatMap((n): Inline[] => n.type === "reference" ? stripLinks(n.children) : n.type === "footnote_ref" || n.type === "inline_target" ? (n.type === "inline_target" ? [{ type: "text", value: n.value }] : []) : [n]);
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === "reference" || n.type === "group" ? inlineText(n.children) : "value" in n ? n.value : "")).join("");
}

function indent(text: string, n: number): string {
  const pad = " ".repeat(n);
  return text.split("\n").map((l) => (l ? pad + l : l)).join("\n");
}

/** raw:: html as one HTML block: blank lines would end it, and a first line markdown-it would not take as HTML gets a wrapper. */
export function rawHtml(value: string): string {
  const lines = value.split("\n");
  while (lines.length && !lines[0]!.trim()) lines.shift();
  if (lines.length === 0) return "";
  lines[0] = lines[0]!.replace(/^\s+/, "");
  const body = htmlBlock(lines.join("\n"));
  const first = lines[0]!;
  // Blocks opened by <script>, <pre>, <style>, <textarea>, comments and the like end early: wrap those.
  const endsEarly = /^<(?:(?:script|pre|style|textarea)(?:\s|>|$)|!--|\?|![A-Za-z]|!\[CDATA\[)/i.test(first);
  if (!endsEarly && (HTML_BLOCK_6.test(first) || HTML_BLOCK_7.test(first))) return body;
  return `<div class="raw-html">\n${body}\n</div>`;
}
