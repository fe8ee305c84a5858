// `importPelicanSite`: a Pelican site's reST and markdown become our markdown + front matter, written where Pelican wrote them.
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, sep } from "node:path";
import yaml from "js-yaml";
import { DateTime, IANAZone } from "luxon";
import { readRst, type LinkKind, type RstDocument } from "../rst/index.ts";
import { demoteHeadings, readPelicanMarkdown, rewriteMarkdownLinks } from "./markdownSource.ts";
import { readPelicanSettings, type ImportProblem, type PelicanSettings } from "./settings.ts";
import { formatPelicanUrl, pelicanSlug } from "./urls.ts";

export interface ImportSummary {
  filesRead: number;
  pagesWritten: number;
  staticCopied: number;
  warnings: ImportProblem[];
}

interface Source {
  /** Path under the content folder, "/" separated: "pages/talk/moving.rst". */
  rel: string;
  path: string;
  kind: "page" | "article";
  /** The parsed reST, written once every page's URL is known; undefined for markdown. */
  rst?: RstDocument;
  /** The Pelican markdown's body and where it starts. */
  markdown?: { body: string; line: number };
  title?: string;
  fields: Record<string, string>;
  date?: DateTime;
  slug: string;
  url?: string;
  saveAs?: string;
}

const SOURCE = /\.(rst|md|markdown|mdown|mkd)$/i;
/** Metadata that becomes our own front matter fields, or that a URL already says. */
const CONSUMED = new Set(["title", "date", "url", "save_as", "slug", "tags", "status"]);
const DATE_FORMATS = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "yyyy/MM/dd HH:mm", "yyyy/MM/dd", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "dd MMMM yyyy", "MMMM d, yyyy", "d MMM yyyy"];

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Every file under `dir` ("/" separated, relative to `root`). A link is followed only while it stays inside the site's
 * folder `siteRoot`: one that leaves it (to /etc/passwd, to another project) would publish what it points at, so it is
 * skipped with a warning, as is a broken link or a loop; nothing aborts the import.
 */
function walk(dir: string, root: string, siteRoot: string, warnings: ImportProblem[], out: string[] = [], seen = new Set<string>()): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return out;
  seen.add(real);
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    let stats = lstatSync(path);
    if (stats.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
        stats = statSync(target);
      } catch {
        warnings.push({ file: path, message: "a link to nothing: skipped" });
        continue;
      }
      if (!isInside(siteRoot, target)) {
        warnings.push({ file: path, message: `a link to ${target}, outside the site's folder: skipped` });
        continue;
      }
      // A folder of the content itself is imported under its own path, not a second time under the link's.
      if (stats.isDirectory() && isInside(realpathSync(root), target)) {
        warnings.push({ file: path, message: `a link to ${relative(realpathSync(root), target) || "."}, a folder imported under its own path: skipped` });
        continue;
      }
    }
    if (stats.isDirectory()) walk(path, root, siteRoot, warnings, out, seen);
    else if (stats.isFile()) out.push(relative(root, path).split(sep).join("/"));
  }
  return out;
}

const folderSets = new WeakMap<string[], Set<string>>();

/** Folders as a set of normalised paths ("" for the whole content folder), for `under`; made once per list. */
function folderSet(folders: string[]): Set<string> {
  let set = folderSets.get(folders);
  if (!set) {
    set = new Set(folders.map((folder) => folder.replace(/\/+$/, "")));
    folderSets.set(folders, set);
  }
  return set;
}

/** Whether `rel` is one of `folders` or inside one: its own path and each of its parents looked up once. */
function under(rel: string, folders: Set<string>): boolean {
  if (folders.has("") || folders.has(rel)) return true;
  for (let cut = rel.lastIndexOf("/"); cut > 0; cut = rel.lastIndexOf("/", cut - 1)) if (folders.has(rel.slice(0, cut))) return true;
  return false;
}

/** A Pelican date in the site's zone, tried in the formats Pelican users write; undefined when none fits. */
export function parsePelicanDate(text: string, zone: string): DateTime | undefined {
  const trimmed = text.trim();
  for (const format of DATE_FORMATS) {
    const parsed = DateTime.fromFormat(trimmed, format, { zone, locale: "en" });
    if (parsed.isValid) return parsed;
  }
  const iso = DateTime.fromISO(trimmed, { zone, setZone: true });
  return iso.isValid ? iso.setZone(zone) : undefined;
}

function contentDirOf(siteDir: string, warnings: ImportProblem[]): string {
  const candidate = join(siteDir, "content");
  if (!existsSync(candidate) || !statSync(candidate).isDirectory()) return siteDir;
  if (!isInside(realpathSync(siteDir), realpathSync(candidate))) {
    warnings.push({ file: candidate, message: `a link to ${realpathSync(candidate)}, outside the site's folder: not read` });
    return siteDir;
  }
  return candidate;
}

function readSource(contentDir: string, rel: string, settings: PelicanSettings, zone: string, warnings: ImportProblem[]): Source {
  const path = join(contentDir, rel);
  const text = readFileSync(path, "utf8");
  let title: string | undefined;
  let fields: Record<string, string>;
  let rst: RstDocument | undefined;
  let markdown: Source["markdown"];
  if (/\.rst$/i.test(rel)) {
    rst = readRst(text, { file: rel });
    title = rst.fields.title ?? rst.title;
    fields = rst.fields;
  } else {
    const parsed = readPelicanMarkdown(text);
    fields = parsed.fields;
    title = fields.title;
    markdown = { body: parsed.body, line: parsed.bodyLine };
  }
  const kind = under(rel, folderSet(settings.pagePaths)) ? "page" : "article";
  const date = fields.date ? parsePelicanDate(fields.date, zone) : undefined;
  if (fields.date && !date) warnings.push({ file: path, message: `date "${fields.date}" is not a date Pelican's usual formats give; kept as written` });
  const slug = fields.slug ?? pelicanSlug(title ?? rel.replace(/^.*\/|\.\w+$/g, ""));
  const folder = rel.includes("/") ? rel.split("/").at(-2) : undefined;
  const category = fields.category ?? (kind === "article" && settings.useFolderAsCategory && folder && !settings.articlePaths.includes(rel.slice(0, rel.lastIndexOf("/"))) ? folder : settings.defaultCategory);
  const urlFields = { slug, date, category, author: fields.author, lang: fields.lang ?? settings.defaultLang };
  const url = fields.url ?? formatPelicanUrl(kind === "page" ? settings.pageUrl : settings.articleUrl, urlFields);
  const saveAs = fields.save_as ?? formatPelicanUrl(kind === "page" ? settings.pageSaveAs : settings.articleSaveAs, urlFields);
  if (!title) warnings.push({ file: path, message: "no title: Pelican would skip this file; the file name is used" });
  return { rel, path, kind, ...(rst ? { rst } : {}), ...(markdown ? { markdown } : {}), ...(title ? { title } : {}), fields, ...(date ? { date } : {}), slug, ...(url ? { url } : {}), ...(saveAs ? { saveAs } : {}) };
}

/**
 * Where a {filename}/{static}/{attach} link points in the new site, from the page that holds it. A file outside the
 * static paths that a page links is noted in `linked`, to be copied too.
 */
function linkResolver(source: Source, byRel: Map<string, Source>, statics: Set<string>, attachments: Set<string>, linked: Set<string>) {
  return (kind: string, target: string): string | undefined => {
    const decoded = decodeURI(target);
    const rel = decoded.startsWith("/") ? posix.normalize(decoded.slice(1)) : posix.normalize(posix.join(posix.dirname(source.rel), decoded));
    if (kind === "filename") {
      const page = byRel.get(rel);
      if (page?.url !== undefined) return `/${page.url.replace(/^\/+/, "")}`;
      if (statics.has(rel)) return `/${rel}`;
      return undefined;
    }
    if (kind === "static" || kind === "attach") {
      if (attachments.has(rel)) linked.add(rel);
      else if (!statics.has(rel)) return undefined;
      return `/${rel}`;
    }
    return undefined;
  };
}

function frontMatter(source: Source, zone: string): Record<string, unknown> {
  const data: Record<string, unknown> = { layout: "page", title: source.title ?? source.slug };
  if (source.date) data.date = source.date.setZone(zone).toFormat(source.date.second ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm");
  else if (source.fields.date) data.pelicanDate = source.fields.date;
  const status = source.fields.status?.toLowerCase();
  data.permalink = status === "draft" ? false : source.saveAs ?? false;
  if (source.kind === "article") data.kind = "article";
  if (source.fields.tags) data.tags = source.fields.tags.split(/[,;]/).map((t) => t.trim()).filter(Boolean);
  if (status && status !== "published") data.pelicanStatus = status;
  for (const [key, value] of Object.entries(source.fields)) if (!CONSUMED.has(key) && !(key in data)) data[key] = value;
  return data;
}

function writeMarkdown(path: string, data: Record<string, unknown>, body: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const head = yaml.dump(data, { lineWidth: -1, quotingType: '"', noRefs: true, sortKeys: false });
  writeFileSync(path, `---\n${head}---\n\n${body}`);
}

function siteSettings(settings: PelicanSettings, zone: string, warnings: ImportProblem[], siteDir: string): Record<string, unknown> {
  let url = settings.siteurl;
  if (!url || !/^https?:\/\//.test(url)) {
    warnings.push({ file: join(siteDir, "pelicanconf.py"), message: `SITEURL ${url ? `"${url}" is not an absolute URL` : "is not set"}: https://example.org is written; set the real one in _data/site.json or with SITE_URL` });
    url = "https://example.org";
  }
  return {
    name: settings.sitename ?? "Conference",
    ...(settings.subtitle ? { tagline: settings.subtitle } : {}),
    url,
    language: settings.defaultLang,
    timezone: zone,
    nav: settings.menuItems.map(([title, href]) => ({ title, url: /^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `/${href.replace(/^\/+/, "")}` })),
  };
}

export function importPelicanSite(siteDir: string, outputDir: string): ImportSummary {
  const warnings: ImportProblem[] = [];
  const settings = readPelicanSettings(siteDir, warnings);
  const contentDir = contentDirOf(siteDir, warnings);
  let zone = settings.timezone ?? "UTC";
  if (!IANAZone.isValidZone(zone)) {
    warnings.push({ file: join(siteDir, "pelicanconf.py"), message: `TIMEZONE "${zone}" is not an IANA zone; UTC is used` });
    zone = "UTC";
  } else if (!settings.timezone) warnings.push({ file: join(siteDir, "pelicanconf.py"), message: "TIMEZONE is not set: dates are read in UTC, as Pelican does" });
  const files = walk(contentDir, contentDir, realpathSync(siteDir), warnings);
  const staticPaths = folderSet(settings.staticPaths);
  const statics = new Set(files.filter((f) => !SOURCE.test(f) && under(f, staticPaths)));
  const attachments = new Set(files.filter((f) => !SOURCE.test(f) && !statics.has(f)));
  const sources = files.filter((f) => SOURCE.test(f)).map((rel) => readSource(contentDir, rel, settings, zone, warnings));
  const byRel = new Map(sources.map((s) => [s.rel, s]));
  const linked = new Set<string>();
  let pagesWritten = 0;
  const saved = new Map<string, string>();
  for (const source of sources) {
    const resolve = linkResolver(source, byRel, statics, attachments, linked);
    let body: string;
    if (source.rst) {
      const converted = source.rst.toMarkdown((kind: LinkKind, target: string) => resolve(kind, target));
      for (const problem of converted.problems) if (problem.level !== "info") warnings.push({ file: source.path, line: problem.line, message: problem.message });
      body = converted.markdown;
    } else {
      const { body: text, line } = source.markdown!;
      body = rewriteMarkdownLinks(text, resolve, (at, message) => warnings.push({ file: source.path, line: at, message }), line);
      body = demoteHeadings(body).replace(/\n*$/, "\n");
    }
    if (source.saveAs) {
      const other = saved.get(source.saveAs);
      if (other) warnings.push({ file: source.path, message: `writes ${source.saveAs} as ${other} does; the later file wins, as in Pelican` });
      saved.set(source.saveAs, source.rel);
    }
    writeMarkdown(join(outputDir, source.rel.replace(SOURCE, ".md")), frontMatter(source, zone), body);
    pagesWritten++;
  }
  const articles = sources.filter((s) => s.kind === "article");
  if (articles.length > 0 && !saved.has(settings.indexSaveAs)) {
    writeMarkdown(join(outputDir, "articles-index.md"), { layout: "articles", title: settings.sitename ? `${settings.sitename}: articles` : "Articles", permalink: settings.indexSaveAs }, "");
    pagesWritten++;
  }
  let staticCopied = 0;
  for (const rel of [...statics, ...linked]) {
    const target = join(outputDir, rel);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(contentDir, rel), target, { dereference: true });
    staticCopied++;
  }
  mkdirSync(join(outputDir, "_data"), { recursive: true });
  writeFileSync(join(outputDir, "_data", "site.json"), `${JSON.stringify(siteSettings(settings, zone, warnings, siteDir), null, 2)}\n`);
  return { filesRead: sources.length, pagesWritten, staticCopied, warnings };
}
