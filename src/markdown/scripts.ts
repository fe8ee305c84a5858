// Finding what would run code in a page or an SVG file: script elements, event handlers, script URLs and their relatives.
//
// HTML is read by parse5, the HTML standard's parser, and judged by every start tag its tokenizer produces (with the
// tokenizer in the states the tree builder puts it in): a tag that the tree builder then drops or moves is judged too,
// since browsers do not all build the same tree (Chromium keeps elements inside <select> that parse5 drops). SVG files
// are read as browsers read them, as XML (saxes), and must be well-formed UTF-8 XML.
import {
  Parser,
  defaultTreeAdapter,
  type DefaultTreeAdapterMap,
  type DefaultTreeAdapterTypes as T,
  type Token,
} from "parse5";
import { SaxesParser, type SaxesTagNS } from "saxes";

export interface ScriptFinding {
  /** Offset in the text read, or 1-based line for SVG files, where it can be told. */
  offset?: number;
  line?: number;
  /** What was found, in words: `a <script> element`, `onerror="…" on <img>`. */
  found: string;
}

/** Schemes whose URLs run code when followed or loaded. */
const SCRIPT_SCHEMES = new Set(["javascript", "vbscript", "livescript", "mocha"]);

/** Attributes that hold a URL (or, for srcset and ping, a list of them) in HTML, SVG or MathML. */
export const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "data",
  "poster",
  "background",
  "cite",
  "longdesc",
  "lowsrc",
  "dynsrc",
  "ping",
  "icon",
  "manifest",
  "codebase",
  "archive",
  "classid",
  "usemap",
  "profile",
  "srcset",
  "imagesrcset",
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
  const mime =
    /^data:\s*([^;,]*)/i
      .exec(url.replace(/[\t\n\r]/g, "").trim())?.[1]
      ?.trim()
      .toLowerCase() ?? "";
  return !(
    ["img", "source", "image", "input"].includes(element) &&
    ["src", "srcset", "href"].includes(attribute) &&
    mime.startsWith("image/")
  );
}

/** The URLs of a srcset ("a.png 1x, b.png 2x"): each candidate's first word. */
export function srcsetUrls(value: string): string[] {
  return value.split(",").map((part) => part.trim().split(/\s+/)[0] ?? "");
}

export function localName(name: string): string {
  return (name.includes(":") ? name.slice(name.lastIndexOf(":") + 1) : name).toLowerCase();
}

function shorten(value: string): string {
  const flat = value.replace(/\s+/g, " ");
  return flat.length > 40 ? `${flat.slice(0, 37)}…` : flat;
}

/** A start tag as both readers give it: its name, its attributes, and where each sits. */
interface Tag {
  name: string;
  attrs: { name: string; value: string; at?: number }[];
  at?: number;
}

/** What in one start tag would run code, in words. */
function judgeTag(tag: Tag, report: (found: string, at: number | undefined) => void): void {
  const name = localName(tag.name);
  const attrs = new Map(tag.attrs.map((a) => [localName(a.name), a.value]));
  if (name === "script") report("a <script> element", tag.at);
  if (name === "base") report("a <base> element (it would change where every link on the page goes)", tag.at);
  if (name === "meta" && attrs.has("http-equiv"))
    report(
      `<meta http-equiv="${shorten(attrs.get("http-equiv")!)}"> (a refresh can send visitors to a script URL)`,
      tag.at,
    );
  if ((name === "iframe" || name === "frame") && attrs.has("srcdoc"))
    report(`<${name} srcdoc> (a page of its own, scripts included)`, tag.at);
  if (name === "applet") report("an <applet> element", tag.at);
  for (const attr of tag.attrs) {
    const attrName = localName(attr.name);
    const at = attr.at ?? tag.at;
    if (attrName.startsWith("on")) report(`${attrName}="${shorten(attr.value)}" on <${name}> (an event handler)`, at);
    else if (URL_ATTRIBUTES.has(attrName)) {
      const urls =
        attrName === "srcset" || attrName === "imagesrcset"
          ? srcsetUrls(attr.value)
          : attrName === "ping"
            ? attr.value.split(/\s+/)
            : [attr.value];
      if (urls.some((url) => isScriptUrl(url, name, attrName)))
        report(`${attrName}="${shorten(attr.value)}" on <${name}> (a URL that runs code)`, at);
    } else if (ANIMATION_ELEMENTS.has(name)) {
      const target = localName(attrs.get("attributename") ?? "");
      if (attrName === "attributename" && (target === "href" || target.startsWith("on")))
        report(`<${name} attributeName="${shorten(attr.value)}"> (it can set a link or an event handler)`, at);
      if (
        ["to", "from", "by", "values"].includes(attrName) &&
        attr.value.split(";").some((v) => isScriptUrl(v, name, "href"))
      )
        report(`${attrName}="${shorten(attr.value)}" on <${name}> (a URL that runs code)`, at);
    }
  }
}

/** parse5's parser, noting every start tag its tokenizer hands the tree builder. */
class TagWatcher extends Parser<DefaultTreeAdapterMap> {
  readonly tags: Token.TagToken[] = [];

  override onStartTag(token: Token.TagToken): void {
    this.tags.push(token);
    super.onStartTag(token);
  }
}

export interface ReadHtml {
  document: T.Document;
  findings: ScriptFinding[];
}

/** A whole HTML document parsed as a browser parses it, with every start tag judged; offsets are in `html`. */
export function readHtml(html: string): ReadHtml {
  const parser = new TagWatcher({
    sourceCodeLocationInfo: true,
    scriptingEnabled: true,
    treeAdapter: defaultTreeAdapter,
  });
  parser.tokenizer.write(html, true);
  const findings: ScriptFinding[] = [];
  for (const token of parser.tags) {
    const tag: Tag = {
      name: token.tagName,
      at: token.location?.startOffset,
      attrs: token.attrs.map((a) => ({
        name: a.name,
        value: a.value,
        at: token.location?.attrs?.[a.name]?.startOffset,
      })),
    };
    judgeTag(tag, (found, offset) => findings.push({ found, ...(offset !== undefined ? { offset } : {}) }));
  }
  return { document: parser.document, findings };
}

/**
 * Scripts in an SVG file served from the site. Browsers read it as XML, and its scripts run on the site's origin when
 * it is opened, so it is read as XML here: a file that is not well-formed XML is refused (a browser would show an
 * error, and an HTML reader would see other elements), as is a DOCTYPE with its own entities or an XSLT stylesheet.
 */
export function scriptsInSvg(text: string): ScriptFinding[] {
  const findings: ScriptFinding[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  let failed = false;
  parser.on("error", (error) => {
    if (!failed)
      findings.push({
        line: parser.line,
        found: `XML that is not well-formed (${error.message.replace(/^.*?:\d+:\d+: /, "")})`,
      });
    failed = true;
  });
  parser.on("doctype", (doctype) => {
    if (doctype.includes("["))
      findings.push({
        line: parser.line,
        found: "a DOCTYPE with its own declarations (entities can expand into scripts)",
      });
  });
  parser.on("processinginstruction", (instruction) => {
    if (instruction.target.toLowerCase() === "xml-stylesheet")
      findings.push({ line: parser.line, found: "an <?xml-stylesheet?> instruction (XSLT can write scripts)" });
  });
  parser.on("opentag", (tag: SaxesTagNS) => {
    const line = parser.line;
    const report = (found: string) => findings.push({ line, found });
    judgeTag(
      { name: tag.name, attrs: Object.values(tag.attributes).map((a) => ({ name: a.name, value: a.value })) },
      report,
    );
  });
  // An encoding declaration other than UTF-8 would make the browser read other characters than were checked.
  const declared = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(text)?.[1];
  if (declared && !/^utf-?8$/i.test(declared))
    findings.push({ line: 1, found: `an encoding of ${declared} (only UTF-8 is read)` });
  try {
    parser.write(text.replace(/^\uFEFF/, "")).close();
  } catch {
    // The error handler has reported it.
  }
  return findings;
}
