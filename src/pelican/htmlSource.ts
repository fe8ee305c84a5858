// Pelican's HTML sources: <title> and <meta name content> are the metadata, the inside of <body> the page, kept as written.
import { parse } from "parse5";

export interface PelicanHtml {
  fields: Record<string, string>;
  body: string;
  /** Line in the source file where the body starts. */
  bodyLine: number;
}

type Node = { nodeName: string; tagName?: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string; sourceCodeLocation?: { startLine: number; startTag?: { endOffset: number }; endTag?: { startOffset: number }; endOffset: number } };

function find(node: Node, tag: string): Node | undefined {
  for (const child of node.childNodes ?? []) {
    if (child.tagName === tag) return child;
    const inner = find(child, tag);
    if (inner) return inner;
  }
  return undefined;
}

function textOf(node: Node): string {
  return (node.childNodes ?? []).map((c) => (c.nodeName === "#text" ? c.value ?? "" : textOf(c))).join("");
}

/** Pelican's HTMLReader: `keywords` are the tags, a repeated meta name keeps every value (joined with commas here). */
export function readPelicanHtml(source: string): PelicanHtml {
  const text = source.replace(/^\uFEFF/, "");
  const document = parse(text, { sourceCodeLocationInfo: true }) as unknown as Node;
  const fields: Record<string, string> = {};
  const head = find(document, "head");
  const title = head && find(head, "title");
  if (title) fields.title = textOf(title);
  const metas: Node[] = [];
  const collect = (node: Node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === "meta") metas.push(child);
      else collect(child);
    }
  };
  if (head) collect(head);
  for (const meta of metas) {
    const attr = (name: string) => meta.attrs?.find((a) => a.name === name)?.value;
    const rawName = attr("name");
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase() === "keywords" ? "tags" : rawName.toLowerCase();
    const value = attr("content") || attr("contents") || "";
    fields[name] = name in fields ? `${fields[name]}, ${value}` : value;
  }
  const body = find(document, "body");
  const at = body?.sourceCodeLocation;
  if (!at?.startTag) return { fields, body: "", bodyLine: 1 };
  const start = at.startTag.endOffset;
  const end = at.endTag?.startOffset ?? text.length;
  return { fields, body: text.slice(start, end), bodyLine: text.slice(0, start).split("\n").length };
}
