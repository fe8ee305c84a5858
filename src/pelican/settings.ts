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
  articlePaths: string[];
  pagePaths: string[];
  staticPaths: string[];
  articleUrl: string;
  articleSaveAs: string;
  pageUrl: string;
  pageSaveAs: string;
  indexSaveAs: string;
  defaultCategory: string;
  useFolderAsCategory: boolean;
}

/** Pelican 4's defaults for the settings read here. */
export const PELICAN_DEFAULTS: PelicanSettings = {
  defaultLang: "en",
  menuItems: [],
  articlePaths: [""],
  pagePaths: ["pages"],
  staticPaths: ["images"],
  articleUrl: "{slug}.html",
  articleSaveAs: "{slug}.html",
  pageUrl: "pages/{slug}.html",
  pageSaveAs: "pages/{slug}.html",
  indexSaveAs: "index.html",
  defaultCategory: "misc",
  useFolderAsCategory: true,
};

const asString = (value: PyValue | undefined) => (typeof value === "string" ? value : undefined);
const asStrings = (value: PyValue | undefined) => (Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : undefined);

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
  for (const assignment of readPythonAssignments(readFileSync(path, "utf8"))) {
    if (assignment.skipped && /^[A-Z][A-Z0-9_]*$/.test(assignment.name)) problems.push({ file: path, line: assignment.line, message: `${assignment.name}: ${assignment.skipped}; Pelican's default is used` });
    else if (assignment.skipped) problems.push({ file: path, line: assignment.line, message: `"${assignment.name}": ${assignment.skipped}` });
    else values.set(assignment.name, assignment.value!);
  }
  const menu = values.get("MENUITEMS");
  return {
    sitename: asString(values.get("SITENAME")),
    siteurl: asString(values.get("SITEURL")) || undefined,
    subtitle: asString(values.get("SITESUBTITLE")),
    timezone: asString(values.get("TIMEZONE")),
    defaultLang: asString(values.get("DEFAULT_LANG")) ?? settings.defaultLang,
    menuItems: Array.isArray(menu)
      ? menu.filter((item): item is [string, string] => Array.isArray(item) && typeof item[0] === "string" && typeof item[1] === "string")
      : [],
    articlePaths: asStrings(values.get("ARTICLE_PATHS")) ?? settings.articlePaths,
    pagePaths: asStrings(values.get("PAGE_PATHS")) ?? settings.pagePaths,
    staticPaths: asStrings(values.get("STATIC_PATHS")) ?? settings.staticPaths,
    articleUrl: asString(values.get("ARTICLE_URL")) ?? settings.articleUrl,
    articleSaveAs: asString(values.get("ARTICLE_SAVE_AS")) ?? settings.articleSaveAs,
    pageUrl: asString(values.get("PAGE_URL")) ?? settings.pageUrl,
    pageSaveAs: asString(values.get("PAGE_SAVE_AS")) ?? settings.pageSaveAs,
    indexSaveAs: asString(values.get("INDEX_SAVE_AS")) ?? settings.indexSaveAs,
    defaultCategory: asString(values.get("DEFAULT_CATEGORY")) ?? settings.defaultCategory,
    useFolderAsCategory: typeof values.get("USE_FOLDER_AS_CATEGORY") === "boolean" ? (values.get("USE_FOLDER_AS_CATEGORY") as boolean) : true,
  };
}
