// `importPelicanSite`: a Pelican site's reST, markdown and HTML become our markdown + front matter, written where Pelican wrote them.
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from "node:path";
import yaml from "js-yaml";
import { DateTime, IANAZone } from "luxon";
import { readRst, type FileRead, type LinkKind, type RstDocument } from "../rst/index.ts";
import { rawHtml } from "../rst/writer/markdown.ts";
import { isAsset, isHostSettings, isPage, mayListAsStatic } from "../content/kinds.ts";
import { renderBody } from "../markdown/body.ts";
import { createMarkdownRenderer } from "../markdown/render.ts";
import { isInside, pelicanFiles, readContentTree, type ContentTree } from "./contentFiles.ts";
import { readPelicanHtml } from "./htmlSource.ts";
import { demoteHeadings, readPelicanMarkdown, rewriteMarkdownLinks } from "./markdownSource.ts";
import { readPelicanSettings, type ImportProblem, type PelicanSettings } from "./settings.ts";
import { expandSvgEntities } from "./svgEntities.ts";
import { assignTranslations, type Translatable } from "./translations.ts";
import { formatPelicanUrl, pelicanSlug } from "./urls.ts";

export interface ImportSummary {
  filesRead: number;
  pagesWritten: number;
  staticCopied: number;
  warnings: ImportProblem[];
}

export interface ImportOptions {
  /** The content folder, relative to the site's folder: what `pelican PATH` names (else PATH, else content/, else the site's folder). */
  content?: string;
}

type Kind = "page" | "article";

/** A file as read once: its body (reST parsed, markdown or HTML as text) and its own metadata. */
interface ReadFile {
  rel: string;
  path: string;
  rst?: RstDocument;
  /** The body of a markdown or HTML source and the line it starts on. */
  text?: { body: string; line: number; html: boolean };
  fields: Record<string, string>;
  title?: string;
}

/** One thing Pelican makes of a file: a page or an article (a file in both kinds of folder is both). */
interface Source extends Translatable {
  file: ReadFile;
  kind: Kind;
  fields: Record<string, string>;
  title?: string;
  date?: DateTime;
  status: string;
  /** Why Pelican does not publish it, when it does not. */
  invalid?: string;
  url?: string;
  saveAs?: string;
  /** The markdown file written for it, relative to the output folder. */
  output?: string;
}

/** Pelican's readers, by extension as Pelican matches them (case and all). */
const SOURCE_EXTENSIONS = new Set(["rst", "md", "markdown", "mkd", "mdown", "html", "htm"]);
/** Metadata that becomes our own front matter fields, or that a URL already says. */
const CONSUMED = new Set(["title", "date", "url", "save_as", "slug", "tags", "status", "lang"]);
const DATE_FORMATS = [
  "yyyy-M-d H:mm",
  "yyyy-M-d H:mm:ss",
  "yyyy-M-d",
  "yyyy/M/d H:mm",
  "yyyy/M/d",
  "yyyy-M-d'T'H:mm",
  "yyyy-M-d'T'H:mm:ss",
  "dd MMMM yyyy",
  "MMMM d, yyyy",
  "d MMM yyyy",
];
/** A file larger than this is no page anyone wrote; reading it whole could exhaust memory. */
const MAX_INCLUDED_BYTES = 16 * 1024 * 1024;

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

/** Pelican's lang is any string; a page's `lang` is a BCP 47 tag ("zh_TW" → "zh-TW"), or nothing where it cannot be one. */
function languageTag(lang: string): string | undefined {
  const [first, ...rest] = lang.trim().split(/[-_]/);
  const tag = [first?.toLowerCase() ?? "", ...rest].join("-");
  return /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(tag) ? tag : undefined;
}

/** The content folder: `pelican PATH`'s argument, else the PATH setting, else content/, else the site's folder itself. */
function contentDirOf(
  siteDir: string,
  settings: PelicanSettings,
  options: ImportOptions,
  warnings: ImportProblem[],
): string {
  const siteReal = realpathSync(siteDir);
  const named = options.content ?? settings.path;
  const where = options.content !== undefined ? "--content" : "PATH";
  if (named !== undefined) {
    const candidate = resolve(siteDir, named);
    if (!existsSync(candidate) || !statSync(candidate).isDirectory()) {
      warnings.push({
        file: join(siteDir, "pelicanconf.py"),
        message: `${where} "${named}" is not a folder: the site's folder is read instead`,
      });
      return siteDir;
    }
    if (!isInside(siteReal, realpathSync(candidate))) {
      warnings.push({
        file: join(siteDir, "pelicanconf.py"),
        message: `${where} "${named}" is outside the site's folder: not read; the site's folder is read instead`,
      });
      return siteDir;
    }
    return candidate;
  }
  const candidate = join(siteDir, "content");
  if (!existsSync(candidate) || !statSync(candidate).isDirectory()) return siteDir;
  if (!isInside(siteReal, realpathSync(candidate))) {
    warnings.push({
      file: candidate,
      message: `a link to ${realpathSync(candidate)}, outside the site's folder: not read`,
    });
    return siteDir;
  }
  return candidate;
}

/**
 * The reader include::, raw:: and csv-table:: read through: a path relative to the file that names it, inside the
 * site's folder (links followed, then checked), a regular file of sensible size. Names are relative to the content folder.
 */
function siteFileReader(contentDir: string, siteRoot: string, included: Set<string>) {
  return (path: string, from: string | undefined): FileRead => {
    const fromDir = posix.dirname(from ?? "index.rst");
    const name = posix.normalize(posix.join(fromDir, path.split(sep).join("/")));
    const absolute = isAbsolute(path) ? path : join(contentDir, name);
    if (!isInside(siteRoot, resolve(absolute))) return { error: "is outside the site's folder", refused: true };
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return { error: `No such file or directory: '${name}'` };
    }
    if (!isInside(siteRoot, real)) return { error: `is a link to ${real}, outside the site's folder`, refused: true };
    const stats = statSync(real);
    if (!stats.isFile()) return { error: `'${name}' is not a regular file`, refused: true };
    if (stats.size > MAX_INCLUDED_BYTES)
      return { error: `is larger than ${MAX_INCLUDED_BYTES / 1024 / 1024} MiB`, refused: true };
    const rel = relative(contentDir, real).split(sep).join("/");
    included.add(rel);
    return { file: isAbsolute(path) ? rel : name, bytes: readFileSync(real) };
  };
}

function readSourceFile(contentDir: string, rel: string, readFile: ReturnType<typeof siteFileReader>): ReadFile {
  const path = join(contentDir, rel);
  const text = readFileSync(path, "utf8");
  if (/\.rst$/.test(rel)) {
    const rst = readRst(text, { file: rel, readFile });
    const title = rst.fields.title ?? rst.title;
    return { rel, path, rst, fields: rst.fields, ...(title ? { title } : {}) };
  }
  const html = /\.html?$/.test(rel);
  const parsed = html ? readPelicanHtml(text) : readPelicanMarkdown(text);
  return {
    rel,
    path,
    text: { body: parsed.body, line: parsed.bodyLine, html },
    fields: parsed.fields,
    ...(parsed.fields.title ? { title: parsed.fields.title } : {}),
  };
}

/** FILENAME_METADATA and PATH_METADATA as patterns matched at the start (Python's re.match); one a JavaScript engine cannot read is reported once. */
function pathPatterns(
  settings: PelicanSettings,
  settingsFile: string,
  warnings: ImportProblem[],
): { filename?: RegExp; path?: RegExp } {
  const compile = (name: string, pattern: string) => {
    if (!pattern) return undefined;
    try {
      return new RegExp(`^(?:${pattern})`);
    } catch (error) {
      warnings.push({
        file: settingsFile,
        message: `${name} "${pattern}" is not a pattern this import can read (${(error as Error).message}): not used`,
      });
      return undefined;
    }
  };
  const filename = compile("FILENAME_METADATA", settings.filenameMetadata);
  const path = compile("PATH_METADATA", settings.pathMetadata);
  return { ...(filename ? { filename } : {}), ...(path ? { path } : {}) };
}

function pathMetadata(re: RegExp | undefined, subject: string, into: Record<string, string>): void {
  if (!re || !subject) return;
  for (const [key, value] of Object.entries(re.exec(subject)?.groups ?? {}))
    if (value !== undefined && !(key.toLowerCase() in into)) into[key.toLowerCase()] = value;
}

/** Pelican's read_file: its defaults, EXTRA_PATH_METADATA, what the path says, then the file's own metadata over all. */
function metadataOf(
  file: ReadFile,
  settings: PelicanSettings,
  patterns: ReturnType<typeof pathPatterns>,
): Record<string, string> {
  const fields: Record<string, string> = { ...settings.defaultMetadata, category: settings.defaultCategory };
  for (const key of Object.keys(settings.extraPathMetadata).sort()) {
    if (file.rel === key || file.rel.startsWith(`${key.replace(/\/+$/, "")}/`))
      Object.assign(fields, settings.extraPathMetadata[key]);
  }
  const fromPath: Record<string, string> = {};
  const base = posix.basename(file.rel).replace(/\.[^.]*$/, "");
  pathMetadata(patterns.filename, base, fromPath);
  pathMetadata(patterns.path, file.rel, fromPath);
  const folder = posix.basename(posix.dirname(file.rel));
  if (settings.useFolderAsCategory && folder !== "." && !("category" in fromPath)) fromPath.category = folder;
  return { ...fields, ...fromPath, ...file.fields };
}

function makeSource(
  file: ReadFile,
  kind: Kind,
  settings: PelicanSettings,
  patterns: ReturnType<typeof pathPatterns>,
  zone: string,
  warnings: ImportProblem[],
): Source {
  const fields = metadataOf(file, settings, patterns);
  const title = fields.title ?? file.title;
  const status = (fields.status ?? "published").toLowerCase();
  const date = fields.date ? parsePelicanDate(fields.date, zone) : undefined;
  if (fields.date && !date)
    warnings.push({
      file: file.path,
      message: `date "${fields.date}" is not a date Pelican's usual formats give; kept as written`,
    });
  const slug = fields.slug ?? pelicanSlug(title ?? posix.basename(file.rel).replace(/\.[^.]*$/, ""));
  const defaultLang = settings.defaultLang.toLowerCase();
  const lang = fields.lang ?? defaultLang;
  let invalid: string | undefined;
  if (!title) invalid = "no title";
  else if (kind === "article" && !fields.date && status !== "draft")
    invalid = "no date (Pelican needs one for an article)";
  else if (!["published", "hidden", "draft"].includes(status))
    invalid = `status "${status}", which Pelican does not know`;
  return {
    file,
    kind,
    fields,
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    status,
    slug,
    lang,
    inDefaultLang: lang === defaultLang,
    ...(invalid ? { invalid } : {}),
  };
}

/** Where Pelican writes a valid source: its :save_as:/:url:, else the kind's pattern, the _LANG_ one outside the default language. */
function placeSource(source: Source, settings: PelicanSettings): void {
  const category = source.fields.category;
  const fields = { slug: source.slug, date: source.date, category, author: source.fields.author, lang: source.lang };
  const [url, saveAs] =
    source.kind === "page"
      ? source.inDefaultLang
        ? [settings.pageUrl, settings.pageSaveAs]
        : [settings.pageLangUrl, settings.pageLangSaveAs]
      : source.inDefaultLang
        ? [settings.articleUrl, settings.articleSaveAs]
        : [settings.articleLangUrl, settings.articleLangSaveAs];
  const u = source.fields.url ?? formatPelicanUrl(url, fields);
  const s = source.fields.save_as ?? formatPelicanUrl(saveAs, fields);
  if (u !== undefined) source.url = u;
  if (s !== undefined) source.saveAs = s.replace(/^\/+/, "");
}

function frontMatter(
  source: Source,
  zone: string,
  permalink: string | false,
  translationKey: string | undefined,
): Record<string, unknown> {
  const data: Record<string, unknown> = { layout: "page", title: source.title ?? source.slug };
  if (source.date)
    data.date = source.date.setZone(zone).toFormat(source.date.second ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd HH:mm");
  else if (source.fields.date) data.pelicanDate = source.fields.date;
  data.permalink = permalink;
  if (source.kind === "article") data.kind = "article";
  if (source.fields.tags)
    data.tags = source.fields.tags
      .split(/[,;]/)
      .map((t) => t.trim())
      .filter(Boolean);
  if (source.status !== "published") data.pelicanStatus = source.status;
  const tag = source.fields.lang !== undefined || translationKey ? languageTag(source.lang) : undefined;
  if (tag) data.lang = tag;
  else if (source.fields.lang !== undefined) data.pelicanLang = source.fields.lang;
  if (translationKey) data.translationKey = translationKey;
  for (const [key, value] of Object.entries(source.fields)) if (!CONSUMED.has(key) && !(key in data)) data[key] = value;
  // A page's category is one only Pelican's defaults gave it (its folder, DEFAULT_CATEGORY): no theme shows it.
  if (source.kind === "page" && source.file.fields.category === undefined) delete data.category;
  return data;
}

/** Writes a page; returns the line its body starts on. */
function writeMarkdown(path: string, data: Record<string, unknown>, body: string): number {
  mkdirSync(dirname(path), { recursive: true });
  const head = yaml.dump(data, { lineWidth: -1, quotingType: '"', noRefs: true, sortKeys: false });
  writeFileSync(path, `---\n${head}---\n\n${body}`);
  return head.split("\n").length + 3;
}

/** The scripts a page's raw HTML carries, as the build will find them (src/markdown/body.ts), with their lines. */
function scriptWarnings(
  md: ReturnType<typeof createMarkdownRenderer>,
  path: string,
  body: string,
  bodyLine: number,
): ImportProblem[] {
  const { scripts } = renderBody(md, body, { pathPrefix: "/", allowScripts: false });
  return scripts.map((finding) => ({
    file: path,
    ...(finding.line !== undefined ? { line: bodyLine + finding.line - 1 } : {}),
    message:
      `${finding.found}: the build refuses scripts in pages unless _data/site.json says "allowScripts": true ` +
      "(set it only if you trust them)",
  }));
}

function siteSettings(
  settings: PelicanSettings,
  zone: string,
  warnings: ImportProblem[],
  siteDir: string,
  staticFiles: string[],
): Record<string, unknown> {
  let url = settings.siteurl;
  if (!url || !/^https?:\/\//.test(url)) {
    warnings.push({
      file: join(siteDir, "pelicanconf.py"),
      message:
        `SITEURL ${url ? `"${url}" is not an absolute URL` : "is not set"}: https://example.org is written; ` +
        "set the real one in _data/site.json or with SITE_URL",
    });
    url = "https://example.org";
  }
  return {
    name: settings.sitename ?? "Conference",
    ...(settings.subtitle ? { tagline: settings.subtitle } : {}),
    url,
    language: languageTag(settings.defaultLang) ?? "en",
    timezone: zone,
    nav: settings.menuItems.map(([title, href]) => ({ title, url: navUrl(href, settings.siteurl) })),
    ...(staticFiles.length > 0 ? { staticFiles } : {}),
  };
}

/** A menu link: one under SITEURL (MENUITEMS written as SITEURL + '/x.html') from the site root, like a relative one. */
function navUrl(href: string, siteurl: string | undefined): string {
  const base = siteurl?.replace(/\/+$/, "");
  const local = base && (href === base || href.startsWith(`${base}/`)) ? href.slice(base.length) : href;
  return /^[a-z][a-z0-9+.-]*:/i.test(local) ? local : `/${local.replace(/^\/+/, "")}`;
}

/** A static file's place: EXTRA_PATH_METADATA's save_as/url or path, else STATIC_SAVE_AS and STATIC_URL with its path. */
function staticPlace(rel: string, settings: PelicanSettings): { saveAs: string; url: string } {
  const meta: Record<string, string> = {};
  for (const key of Object.keys(settings.extraPathMetadata).sort()) {
    if (rel === key || rel.startsWith(`${key.replace(/\/+$/, "")}/`))
      Object.assign(meta, settings.extraPathMetadata[key]);
  }
  // A path naming a folder ("./front_img/"): Pelican copies the file into it, keeping its own name.
  const path =
    meta.path === undefined ? rel : meta.path.endsWith("/") ? `${meta.path}${posix.basename(rel)}` : meta.path;
  const fill = (pattern: string) => pattern.replace(/\{path\}/g, path);
  return {
    saveAs: (meta.save_as ?? fill(settings.staticSaveAs)).replace(/^\/+/, ""),
    url: (meta.url ?? fill(settings.staticUrl)).replace(/^\/+/, ""),
  };
}

/** A markdown file name for each source: beside the source, named after it; a second claimant gets its kind in the name. */
function outputName(source: Source, taken: Set<string>): string {
  const stem = source.file.rel.replace(/\.[^./]*$/, "");
  const candidates = [`${stem}.md`, `${stem}.${source.kind}.md`, `${source.file.rel}.md`];
  for (let n = 2; ; n++) {
    const name = candidates.shift() ?? `${stem}.${source.kind}-${n}.md`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

export function importPelicanSite(siteDir: string, outputDir: string, options: ImportOptions = {}): ImportSummary {
  const warnings: ImportProblem[] = [];
  const settingsFile = join(siteDir, "pelicanconf.py");
  const settings = readPelicanSettings(siteDir, warnings);
  const contentDir = contentDirOf(siteDir, settings, options, warnings);
  const siteRoot = realpathSync(siteDir);
  let zone = settings.timezone ?? "UTC";
  if (!IANAZone.isValidZone(zone)) {
    warnings.push({ file: settingsFile, message: `TIMEZONE "${zone}" is not an IANA zone; UTC is used` });
    zone = "UTC";
  } else if (!settings.timezone)
    warnings.push({ file: settingsFile, message: "TIMEZONE is not set: dates are read in UTC, as Pelican does" });

  const tree: ContentTree = readContentTree(contentDir, siteRoot, warnings);
  const rules = { ignoreFiles: settings.ignoreFiles, extensions: SOURCE_EXTENSIONS };
  const articleFiles = pelicanFiles(
    tree,
    contentDir,
    settings.articlePaths,
    { ...rules, excludes: settings.articleExcludes },
    warnings,
    settingsFile,
  );
  const pageFiles = pelicanFiles(
    tree,
    contentDir,
    settings.pagePaths,
    { ...rules, excludes: settings.pageExcludes },
    warnings,
    settingsFile,
  );
  // TEMPLATE_PAGES are Jinja templates Pelican renders with its theme: nothing here can render them.
  for (const [template, target] of Object.entries(settings.templatePages).sort()) {
    const rel = posix.normalize(template);
    articleFiles.delete(rel);
    pageFiles.delete(rel);
    if (tree.files.has(rel))
      warnings.push({
        file: join(contentDir, rel),
        message: `a TEMPLATE_PAGES template (Jinja, which Pelican renders to ${target}): templates are not imported`,
      });
  }
  const included = new Set<string>();
  const readFile = siteFileReader(contentDir, siteRoot, included);
  const files = new Map<string, ReadFile>();
  const read = (rel: string) => files.get(rel) ?? files.set(rel, readSourceFile(contentDir, rel, readFile)).get(rel)!;
  // Pelican's generators in its order: articles, then pages; a file in both kinds of folder is read as both.
  const patterns = pathPatterns(settings, settingsFile, warnings);
  const sources = [
    ...[...articleFiles].sort().map((rel) => makeSource(read(rel), "article", settings, patterns, zone, warnings)),
    ...[...pageFiles].sort().map((rel) => makeSource(read(rel), "page", settings, patterns, zone, warnings)),
  ];
  const valid = sources.filter((s) => !s.invalid);
  for (const source of valid) placeSource(source, settings);
  const keys = assignTranslations(valid, settings);

  // Two sources writing one file: Pelican lets a :save_as: override, and otherwise stops ("File ... is to be overwritten").
  const writers = new Map<string, Source>();
  const unpublished = new Set<Source>();
  for (const source of [...valid].sort(
    (a, b) => Number(b.fields.save_as !== undefined) - Number(a.fields.save_as !== undefined),
  )) {
    if (source.status === "draft" || !source.saveAs) continue;
    const first = writers.get(source.saveAs);
    if (!first) {
      writers.set(source.saveAs, source);
      continue;
    }
    unpublished.add(source);
    const overwritten = 'stops there ("File is to be overwritten")';
    const pelican = first.fields.save_as !== undefined ? "lets that file's :save_as: win" : overwritten;
    const message = `writes ${source.saveAs} as ${first.file.rel} does; Pelican ${pelican}: imported unpublished`;
    warnings.push({ file: source.file.path, message });
  }

  // {filename} links: the pages generator runs last, so a file that is both an article and a page links to the page.
  const byRel = new Map<string, Source>();
  for (const source of valid)
    if (source.status !== "draft" || !byRel.has(source.file.rel)) byRel.set(source.file.rel, source);
  const potential = new Set([
    ...articleFiles,
    ...pageFiles,
    ...Object.keys(settings.templatePages).map((t) => posix.normalize(t)),
  ]);
  const staticFound = pelicanFiles(
    tree,
    contentDir,
    settings.staticPaths,
    { ignoreFiles: settings.ignoreFiles, excludes: settings.staticExcludes },
    warnings,
    settingsFile,
  );
  const statics = new Set([...staticFound].filter((rel) => !(settings.staticExcludeSources && potential.has(rel))));
  const linked = new Set<string>();
  const resolveLink =
    (from: ReadFile) =>
    (kind: string, target: string): string | undefined => {
      const decoded = decodeURI(target);
      const rel = decoded.startsWith("/")
        ? posix.normalize(decoded.slice(1))
        : posix.normalize(posix.join(posix.dirname(from.rel), decoded));
      if (kind === "filename") {
        const source = byRel.get(rel);
        if (source?.url !== undefined) return `/${source.url.replace(/^\/+/, "")}`;
        if (statics.has(rel)) return `/${staticPlace(rel, settings).url}`;
        return undefined;
      }
      if (kind === "static" || kind === "attach") {
        if (!tree.files.has(rel) || (settings.staticExcludeSources && potential.has(rel))) return undefined;
        if (!statics.has(rel)) linked.add(rel);
        return `/${staticPlace(rel, settings).url}`;
      }
      return undefined;
    };

  const taken = new Set<string>();
  const scriptCheck = createMarkdownRenderer();
  let pagesWritten = 0;
  const bodies = new Map<ReadFile, string>();
  const bodyOf = (file: ReadFile): string => {
    let body = bodies.get(file);
    if (body !== undefined) return body;
    const linkTo = resolveLink(file);
    if (file.rst) {
      const converted = file.rst.toMarkdown((kind: LinkKind, target: string) => linkTo(kind, target));
      for (const problem of converted.problems) {
        if (problem.level !== "info")
          warnings.push({
            file: problem.file ? join(contentDir, problem.file) : file.path,
            line: problem.line,
            message: problem.message,
          });
      }
      body = converted.markdown;
    } else {
      const { body: text, line, html } = file.text!;
      body = rewriteMarkdownLinks(
        text,
        linkTo,
        (at, message) => warnings.push({ file: file.path, line: at, message }),
        line,
      );
      body = html ? `${rawHtml(body)}\n` : demoteHeadings(body).replace(/\n*$/, "\n");
    }
    bodies.set(file, body);
    return body;
  };
  for (const source of sources) {
    if (source.invalid) {
      // A file read only as another's include:: is a part of that page, not one of its own.
      if (source.invalid === "no title" && included.has(source.file.rel)) continue;
      warnings.push({
        file: source.file.path,
        message: `${source.invalid}: Pelican does not publish it; imported unpublished`,
      });
    }
    const permalink =
      source.invalid || source.status === "draft" || unpublished.has(source) ? false : (source.saveAs ?? false);
    source.output = outputName(source, taken);
    const written = join(outputDir, source.output);
    const bodyLine = writeMarkdown(
      written,
      frontMatter(source, zone, permalink, keys.get(source)),
      bodyOf(source.file),
    );
    // Pelican publishes scripts as they are; the build does not, so the import says where they are before it fails.
    if (permalink !== false) warnings.push(...scriptWarnings(scriptCheck, written, bodyOf(source.file), bodyLine));
    pagesWritten++;
  }
  const articles = valid.filter((s) => s.kind === "article");
  if (articles.length > 0 && !writers.has(settings.indexSaveAs)) {
    writeMarkdown(
      join(outputDir, "articles-index.md"),
      {
        layout: "articles",
        title: settings.sitename ? `${settings.sitename}: articles` : "Articles",
        permalink: settings.indexSaveAs,
      },
      "",
    );
    pagesWritten++;
  }

  let staticCopied = 0;
  const listed: string[] = [];
  const placedStatics: string[] = [];
  for (const rel of [...statics, ...linked].sort()) {
    const { saveAs } = staticPlace(rel, settings);
    const target = posix.normalize(saveAs);
    const name = posix.basename(target);
    if (target.startsWith("../") || target === ".." || isAbsolute(target)) {
      warnings.push({
        file: join(contentDir, rel),
        message: `would be written at ${saveAs}, outside the site: not copied`,
      });
      continue;
    }
    // The build publishes no code or HTML from a content folder (src/content/kinds.ts), and nothing hidden.
    if (
      !mayListAsStatic(name) ||
      target.split("/").some((part) => part.startsWith(".")) ||
      target.startsWith("_data/") ||
      isHostSettings(target)
    ) {
      warnings.push({
        file: join(contentDir, rel),
        message:
          "a static file the build does not publish " +
          "(code, HTML, XML, hidden, or the host's own settings such as _redirects): not copied",
      });
      continue;
    }
    if (taken.has(target.toLowerCase())) {
      warnings.push({
        file: join(contentDir, rel),
        message: `a static file at ${target}, where a page's markdown is written: not copied`,
      });
      continue;
    }
    taken.add(target.toLowerCase());
    mkdirSync(dirname(join(outputDir, target)), { recursive: true });
    const expanded = /\.svg$/i.test(rel) ? expandSvgEntities(readFileSync(join(contentDir, rel), "utf8")) : undefined;
    if (expanded !== undefined) writeFileSync(join(outputDir, target), expanded);
    else cpSync(join(contentDir, rel), join(outputDir, target), { dereference: true });
    if (!isAsset(name) || isPage(name)) listed.push(target);
    placedStatics.push(target);
    staticCopied++;
  }
  // A menu entry for a page Pelican's theme made (archives, a blog index, a feed) leads nowhere in the new site: say so.
  const written = new Set(
    [...writers.keys(), ...placedStatics, ...(articles.length > 0 ? [settings.indexSaveAs] : [])].map((p) =>
      p.toLowerCase(),
    ),
  );
  for (const [title, href] of settings.menuItems) {
    const url = navUrl(href, settings.siteurl);
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
    const path = decodeURI(url.replace(/[?#].*$/, "")).replace(/^\/+/, "");
    const candidates = path === "" || path.endsWith("/") ? [`${path}index.html`] : [path, `${path}/index.html`];
    if (!candidates.some((c) => written.has(c.toLowerCase()))) {
      warnings.push({
        file: settingsFile,
        line: settings.lines.MENUITEMS,
        message:
          `MENUITEMS "${title}" links to ${url}, which no imported page or file is written at ` +
          "(a page Pelican's theme makes?)",
      });
    }
  }
  mkdirSync(join(outputDir, "_data"), { recursive: true });
  writeFileSync(
    join(outputDir, "_data", "site.json"),
    `${JSON.stringify(siteSettings(settings, zone, warnings, siteDir, listed), null, 2)}\n`,
  );
  return { filesRead: files.size, pagesWritten, staticCopied, warnings };
}
