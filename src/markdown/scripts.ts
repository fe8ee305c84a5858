// Finding what would run code in a page or an SVG file: script elements, event handlers, script URLs and their relatives.
// (A markdown body is parsed in src/markdown/body.ts, which uses findInTree.)
import { parse, type DefaultTreeAdapterTypes as T } from "parse5";

export interface ScriptFinding {
  /** 1-based line in the markdown body or the SVG file, where it can be told. */
  line?: number;
  /** What was found, in words: `a <script> element`, `onerror="…" on <img>`. */
  found: string;
}

/** Schemes whose URLs run code when followed or loaded. */
const SCRIPT_SCHEMES = new Set(["javascript", "vbscript", "livescript", "mocha"]);

/** Attributes that hold a URL (or, for srcset and ping, a list of them) in HTML, SVG or MathML. */
export const URL_ATTRIBUTES = new Set([
  "href", "src", "action", "formaction", "data", "poster", "background", "cite", "longdesc", "lowsrc", "dynsrc", "ping",
  "icon", "manifest", "codebase", "archive", "classid", "usemap", "profile", "srcset", "imagesrcset",
]);

/** SVG animation elements: they can set an href (or an event handler) to a script URL after the page has loaded. */
const ANIMATION_ELEMENTS = new Set(["animate", "set", "animatemotion", "animatetransform", "discard"]);

/** The scheme of a URL as a browser reads it: tabs and newlines anywhere and controls or spaces around are ignored. */
export function urlScheme(value: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = value.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, "");
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether loading or following `url` from `element.attribute` could run code. */
function isScriptUrl(url: string, element: string, attribute: string): boolean {
  const scheme = urlScheme(url);
  if (!scheme) return false;
  if (SCRIPT_SCHEMES.has(scheme)) return true;
  if (scheme !== "data") return false;
  // A data: image shown by <img> or <source> is a picture; a data: document in a link, a frame or an object is a page of its own.
  const mime = /^data:\s*([^;,]*)/i.exec(url.replace(/[\t\n\r]/g, "").trim())?.[1]?.trim().toLowerCase() ?? "";
  return !(["img", "source", "image", "input"].includes(element) && ["src", "srcset", "href"].includes(attribute) && mime.startsWith("image/"));
}

export function localName(name: string): string {
  return (name.includes(":") ? name.slice(name.lastIndexOf(":") + 1) : name).toLowerCase();
}

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, " ");
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}

/** Every finding in a parsed document, with the source offset where parse5 knows it. */
export function findInTree(root: T.ParentNode, report: (found: string, offset: number | undefined) => void): void {
  const visit = (node: T.ChildNode | T.ParentNode) => {
    if ("tagName" in node) {
      const element = node as T.Element;
      const tag = localName(element.tagName);
      const at = element.sourceCodeLocation?.startOffset;
      const attrs = new Map(element.attrs.map((a) => [localName(a.name), a.value]));
      if (tag === "script") report("a <script> element", at);
      if (tag === "base") report("a <base> element (it would change where every link on the page goes)", at);
      if (tag === "meta" && attrs.has("http-equiv")) report(`<meta http-equiv="${shorten(attrs.get("http-equiv")!)}"> (a refresh can send visitors to a script URL)`, at);
      if ((tag === "iframe" || tag === "frame") && attrs.has("srcdoc")) report(`<${tag} srcdoc> (a page of its own, scripts included)`, at);
      if (tag === "applet") report("an <applet> element", at);
      for (const attr of element.attrs) {
        const name = localName(attr.name);
        const attrAt = element.sourceCodeLocation?.attrs?.[attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name]?.startOffset ?? at;
        if (name.startsWith("on")) report(`${name}="${shorten(attr.value)}" on <${tag}> (an event handler)`, attrAt);
        else if (URL_ATTRIBUTES.has(name)) {
          const urls = name === "srcset" || name === "imagesrcset" ? attr.value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "") : name === "ping" ? attr.value.split(/\s+/) : [attr.value];
          if (urls.some((url) => isScriptUrl(url, tag, name))) report(`${name}="${shorten(attr.value)}" on <${tag}> (a URL that runs code)`, attrAt);
        } else if (ANIMATION_ELEMENTS.has(tag)) {
          const target = localName(attrs.get("attributename") ?? "");
          if (name === "attributename" && (target === "href" || target.startsWith("on"))) report(`<${tag} attributeName="${shorten(attr.value)}"> (it can set a link or an event handler)`, attrAt);
          if (["to", "from", "by", "values"].includes(name) && attr.value.split(";").some((v) => isScriptUrl(v, tag, "href"))) report(`${name}="${shorten(attr.value)}" on <${tag}> (a URL that runs code)`, attrAt);
        }
      }
      // A <template>'s children are in its content: declarative shadow roots render them.
      if (tag === "template" && "content" in element) visit((element as T.Template).content);
    }
    if ("childNodes" in node) for (const child of node.childNodes) visit(child);
  };
  visit(root);
}

/** Scripts in an SVG file served from the site: its own scripts run on the site's origin when it is opened. */
export function scriptsInSvg(text: string): ScriptFinding[] {
  const lines = (offset: number) => text.slice(0, offset).split("\n").length;
  const findings: ScriptFinding[] = [];
  // XML can build markup from entities and run XSLT, which an HTML parser would not see.
  const entity = /<!ENTITY/i.exec(text);
  if (entity) findings.push({ line: lines(entity.index), found: "an <!ENTITY> declaration (entities can expand into scripts)" });
  const stylesheet = /<\?xml-stylesheet/i.exec(text);
  if (stylesheet) findings.push({ line: lines(stylesheet.index), found: "an <?xml-stylesheet?> instruction (XSLT can write scripts)" });
  const prefixed = /<\s*[\w.-]+:script\b/i.exec(text);
  if (prefixed) findings.push({ line: lines(prefixed.index), found: "a <script> element" });
  findInTree(parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: true }), (found, offset) => findings.push({ line: offset === undefined ? undefined : lines(offset), found }));
  return findings;
}
