// Pelican's settings as far as an import needs them: pelicanconf.py's plain literals over Pelican's own defaults.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { readPythonAssignments, type PyValue } from "./pythonLiterals.ts";

export interface ImportProblem {
  file: string;
  line?: number;
  message: string;
}

export interface PelicanSettings {
  sitename?: string;
  siteurl?: string;
  subtitle?: string;
  timezone?: string;
  defaultLang: string;
  menuItems: [string, string][];
  /** PATH as written (relative to pelicanconf.py's folder), when the file sets it. */
  path?: string;
  articlePaths: string[];
  /** ARTICLE_EXCLUDES with PAGE_PATHS added, as Pelican's configure_settings does (and PAGE_EXCLUDES likewise). */
  articleExcludes: string[];
  pagePaths: string[];
  pageExcludes: string[];
  staticPaths: string[];
  staticExcludes: string[];
  staticExcludeSources: boolean;
  ignoreFiles: string[];
  articleUrl: string;
  articleSaveAs: string;
  articleLangUrl: string;
  articleLangSaveAs: string;
  pageUrl: string;
  pageSaveAs: string;
  pageLangUrl: string;
  pageLangSaveAs: string;
  staticUrl: string;
  staticSaveAs: string;
  indexSaveAs: string;
  defaultCategory: string;
  useFolderAsCategory: boolean;
  /** ARTICLE_TRANSLATION_ID and PAGE_TRANSLATION_ID: the metadata that makes items translations of each other; [] for none. */
  articleTranslationId: string[];
  pageTranslationId: string[];
  /** FILENAME_METADATA and PATH_METADATA as JavaScript patterns ("" for none). */
  filenameMetadata: string;
  pathMetadata: string;
  /** EXTRA_PATH_METADATA: metadata for a file, or for every file under a folder. */
  extraPathMetadata: Record<string, Record<string, string>>;
  defaultMetadata: Record<string, string>;
  /** TEMPLATE_PAGES: Jinja templates (relative to the content folder) and where Pelican renders them. */
  templatePages: Record<string, string>;
  /** The line of each setting read from pelicanconf.py, for messages about its value. */
  lines: Record<string, number>;
}

/** Pelican 4.8's defaults for the settings read here. */
export const PELICAN_DEFAULTS: PelicanSettings = {
  defaultLang: "en",
  menuItems: [],
  articlePaths: [""],
  articleExcludes: [],
  pagePaths: ["pages"],
  pageExcludes: [],
  staticPaths: ["images"],
  staticExcludes: [],
  staticExcludeSources: true,
  ignoreFiles: [".#*"],
  articleUrl: "{slug}.html",
  articleSaveAs: "{slug}.html",
  articleLangUrl: "{slug}-{lang}.html",
  articleLangSaveAs: "{slug}-{lang}.html",
  pageUrl: "pages/{slug}.html",
  pageSaveAs: "pages/{slug}.html",
  pageLangUrl: "pages/{slug}-{lang}.html",
  pageLangSaveAs: "pages/{slug}-{lang}.html",
  staticUrl: "{path}",
  staticSaveAs: "{path}",
  indexSaveAs: "index.html",
  defaultCategory: "misc",
  useFolderAsCategory: true,
  articleTranslationId: ["slug"],
  pageTranslationId: ["slug"],
  filenameMetadata: "(?<date>\\d{4}-\\d{2}-\\d{2}).*",
  pathMetadata: "",
  extraPathMetadata: {},
  defaultMetadata: {},
  templatePages: {},
  lines: {},
};

/** Settings Pelican reads as lists of paths: a string there is a mistake it warns about and replaces with the default. */
const PATH_LISTS = ["ARTICLE_PATHS", "ARTICLE_EXCLUDES", "PAGE_PATHS", "PAGE_EXCLUDES", "STATIC_PATHS", "STATIC_EXCLUDES", "IGNORE_FILES"] as const;

const asString = (value: PyValue | undefined) => (typeof value === "string" ? value : undefined);
const asStrings = (value: PyValue | undefined) => (Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined);
const asBoolean = (value: PyValue | undefined) => (typeof value === "boolean" ? value : undefined);

/** A Python regular expression's named groups, `(?P<name>…)`, in JavaScript's spelling. */
function pythonPattern(value: PyValue | undefined, fallback: string): string {
  if (value === null || value === false) return "";
  return typeof value === "string" ? value.replace(/\(\?P</g, "(?<").replace(/\(\?P=(\w+)\)/g, "\\k<$1>") : fallback;
}

function translationId(value: PyValue | undefined): string[] {
  if (value === undefined) return ["slug"];
  if (typeof value === "string") return value ? [value] : [];
  return asStrings(value) ?? [];
}

function stringMap(value: PyValue | undefined): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export function readPelicanSettings(siteDir: string, problems: ImportProblem[]): PelicanSettings {
  const path = join(siteDir, "pelicanconf.py");
  const settings = { ...PELICAN_DEFAULTS };
  if (!existsSync(path)) return settings;
  const target = realpathSync(path);
  const rel = relative(realpathSync(siteDir), target);
  if (rel.startsWith("..") || isAbsolute(rel)) {
    problems.push({ file: path, message: `a link to ${target}, outside the site's folder: not read; Pelican's defaults are used` });
    return settings;
  }
  // A pipe or a device would never end; a settings file larger than this is not one anyone wrote.
  const stats = statSync(target);
  if (!stats.isFile() || stats.size > 4 * 1024 * 1024) {
    problems.push({ file: path, message: `${stats.isFile() ? "larger than 4 MiB" : "not a regular file"}: not read; Pelican's defaults are used` });
    return settings;
  }
  const values = new Map<string, PyValue>();
  const lines = new Map<string, number>();
  for (const assignment of readPythonAssignments(readFileSync(path, "utf8"))) {
    if (assignment.skipped && /^[A-Z][A-Z0-9_]*$/.test(assignment.name)) problems.push({ file: path, line: assignment.line, message: `${assignment.name}: ${assignment.skipped}; Pelican's default is used` });
    else if (assignment.skipped) problems.push({ file: path, line: assignment.line, message: `"${assignment.name}": ${assignment.skipped}` });
    else {
      values.set(assignment.name, assignment.value!);
      lines.set(assignment.name, assignment.line);
    }
  }
  // Pelican's handle_deprecated_settings: ARTICLE_DIR and PAGE_DIR become one-folder PATHS lists.
  for (const kind of ["ARTICLE", "PAGE"]) {
    const old = values.get(`${kind}_DIR`);
    if (typeof old === "string") values.set(`${kind}_PATHS`, [old]);
  }
  for (const name of PATH_LISTS) {
    const value = values.get(name);
    if (typeof value === "string") {
      problems.push({ file: path, line: lines.get(name), message: `${name} is a string, not a list: Pelican falls back to its default, and so does the import` });
      values.delete(name);
    }
  }
  const list = (name: (typeof PATH_LISTS)[number], fallback: string[]) => [...(asStrings(values.get(name)) ?? fallback)];
  const articlePaths = list("ARTICLE_PATHS", settings.articlePaths);
  const pagePaths = list("PAGE_PATHS", settings.pagePaths);
  // configure_settings: each kind's folders are excluded from the other kind's walk.
  const articleExcludes = list("ARTICLE_EXCLUDES", []);
  for (const folder of pagePaths) if (!articleExcludes.includes(folder)) articleExcludes.push(folder);
  const pageExcludes = list("PAGE_EXCLUDES", []);
  for (const folder of articlePaths) if (!pageExcludes.includes(folder)) pageExcludes.push(folder);
  const menu = values.get("MENUITEMS");
  const text = (name: string, fallback: string) => {
    const value = values.get(name);
    if (value === undefined || typeof value === "string") return value ?? fallback;
    // Pelican would stop on it (a tuple has no .format); a trailing comma makes one.
    problems.push({ file: path, line: lines.get(name), message: `${name} is ${Array.isArray(value) ? "a tuple or list (a trailing comma?)" : `${JSON.stringify(value)}`}, not a string: Pelican's default is used` });
    return fallback;
  };
  const epm = values.get("EXTRA_PATH_METADATA");
  return {
    sitename: asString(values.get("SITENAME")),
    siteurl: asString(values.get("SITEURL")) || undefined,
    subtitle: asString(values.get("SITESUBTITLE")),
    timezone: asString(values.get("TIMEZONE")),
    defaultLang: text("DEFAULT_LANG", settings.defaultLang),
    menuItems: Array.isArray(menu)
      ? menu.filter((item): item is [string, string] => Array.isArray(item) && typeof item[0] === "string" && typeof item[1] === "string")
      : [],
    ...(asString(values.get("PATH")) ? { path: asString(values.get("PATH")) } : {}),
    articlePaths,
    articleExcludes,
    pagePaths,
    pageExcludes,
    staticPaths: list("STATIC_PATHS", settings.staticPaths),
    staticExcludes: list("STATIC_EXCLUDES", []),
    staticExcludeSources: asBoolean(values.get("STATIC_EXCLUDE_SOURCES")) ?? true,
    ignoreFiles: list("IGNORE_FILES", settings.ignoreFiles),
    articleUrl: text("ARTICLE_URL", settings.articleUrl),
    articleSaveAs: text("ARTICLE_SAVE_AS", settings.articleSaveAs),
    articleLangUrl: text("ARTICLE_LANG_URL", settings.articleLangUrl),
    articleLangSaveAs: text("ARTICLE_LANG_SAVE_AS", settings.articleLangSaveAs),
    pageUrl: text("PAGE_URL", settings.pageUrl),
    pageSaveAs: text("PAGE_SAVE_AS", settings.pageSaveAs),
    pageLangUrl: text("PAGE_LANG_URL", settings.pageLangUrl),
    pageLangSaveAs: text("PAGE_LANG_SAVE_AS", settings.pageLangSaveAs),
    staticUrl: text("STATIC_URL", settings.staticUrl),
    staticSaveAs: text("STATIC_SAVE_AS", settings.staticSaveAs),
    indexSaveAs: text("INDEX_SAVE_AS", settings.indexSaveAs),
    defaultCategory: text("DEFAULT_CATEGORY", settings.defaultCategory),
    useFolderAsCategory: asBoolean(values.get("USE_FOLDER_AS_CATEGORY")) ?? true,
    articleTranslationId: translationId(values.get("ARTICLE_TRANSLATION_ID")),
    pageTranslationId: translationId(values.get("PAGE_TRANSLATION_ID")),
    filenameMetadata: pythonPattern(values.get("FILENAME_METADATA"), settings.filenameMetadata),
    pathMetadata: pythonPattern(values.get("PATH_METADATA"), settings.pathMetadata),
    extraPathMetadata: epm && typeof epm === "object" && !Array.isArray(epm)
      ? Object.fromEntries(Object.entries(epm).map(([key, meta]) => [key, stringMap(meta)]))
      : {},
    defaultMetadata: stringMap(values.get("DEFAULT_METADATA")),
    templatePages: stringMap(values.get("TEMPLATE_PAGES")),
    lines: Object.fromEntries(lines),
  };
}
