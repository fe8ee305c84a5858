// The files of a Pelican content folder, and which of them Pelican's generators pick up (its get_files, walk for walk).
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, posix, relative, sep } from "node:path";
import type { ImportProblem } from "./settings.ts";

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** A content folder as a tree: "/" separated paths relative to it, "" for the folder itself. */
export interface ContentTree {
  files: Set<string>;
  /** Each folder's subfolders and files, by name, sorted. */
  folders: Map<string, { folders: string[]; files: string[] }>;
}

/**
 * Every file under `root`. A link is followed only while it stays inside the site's folder `siteRoot`: one that leaves
 * it (to /etc/passwd, to another project) would publish what it points at, so it is skipped with a warning, as is a
 * broken link or a loop; nothing aborts the import. Hidden files and folders (.git) are not read.
 */
export function readContentTree(root: string, siteRoot: string, warnings: ImportProblem[]): ContentTree {
  const tree: ContentTree = { files: new Set(), folders: new Map() };
  const realRoot = realpathSync(root);
  const seen = new Set<string>();
  const visit = (dir: string, rel: string) => {
    const real = realpathSync(dir);
    if (seen.has(real)) return;
    seen.add(real);
    const entry = { folders: [] as string[], files: [] as string[] };
    tree.folders.set(rel, entry);
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
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
        if (stats.isDirectory() && isInside(realRoot, target)) {
          warnings.push({ file: path, message: `a link to ${relative(realRoot, target) || "."}, a folder imported under its own path: skipped` });
          continue;
        }
      }
      if (stats.isDirectory()) {
        entry.folders.push(name);
        visit(path, relPath);
      } else if (stats.isFile()) {
        entry.files.push(name);
        tree.files.add(relPath);
      }
    }
  };
  visit(root, "");
  return tree;
}

/** Python's posixpath.join, whose quirks (an absolute part restarts the path) Pelican's walk inherits. */
function pyJoin(a: string, b: string): string {
  if (b.startsWith("/")) return b;
  return !a || a.endsWith("/") ? a + b : `${a}/${b}`;
}

/** Python's posixpath.split. */
function pySplit(path: string): [string, string] {
  const i = path.lastIndexOf("/") + 1;
  let head = path.slice(0, i);
  if (head && !/^\/+$/.test(head)) head = head.replace(/\/+$/, "");
  return [head, path.slice(i)];
}

const fnmatchCache = new Map<string, RegExp>();

/** Python's fnmatch: *, ?, [seq] and [!seq], matched against the whole name. */
export function fnmatch(name: string, pattern: string): boolean {
  let compiled = fnmatchCache.get(pattern);
  if (!compiled) {
    compiled = fnmatchPattern(pattern);
    fnmatchCache.set(pattern, compiled);
  }
  return compiled.test(name);
}

function fnmatchPattern(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else if (ch === "[") {
      const end = pattern.indexOf("]", i + 2);
      if (end < 0) { re += "\\["; continue; }
      let set = pattern.slice(i + 1, end).replace(/\\/g, "\\\\");
      if (set.startsWith("!")) set = `^${set.slice(1)}`;
      re += `[${set}]`;
      i = end;
    } else re += ch.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

export interface WalkRules {
  excludes: string[];
  ignoreFiles: string[];
  /** Extensions without the dot ("rst", "md"), case as written; undefined for every file. */
  extensions?: ReadonlySet<string>;
}

/**
 * Pelican's Generator.get_files: each path of `paths` (a folder or a file, relative to the content folder) walked as
 * os.walk walks it, skipping the folders `excludes` names where the walk meets them, and names IGNORE_FILES matches.
 * Paths come back "/" separated and normalised, so a file named by two paths is one entry.
 */
export function pelicanFiles(tree: ContentTree, contentRoot: string, paths: string[], rules: WalkRules, warnings: ImportProblem[], settingsFile: string): Set<string> {
  const base = posix.normalize(contentRoot.split(sep).join("/"));
  const exclusions = new Map<string, Set<string>>();
  for (const exclude of rules.excludes) {
    const [parent, name] = pySplit(pyJoin(base, exclude));
    (exclusions.get(parent) ?? exclusions.set(parent, new Set()).get(parent)!).add(name);
  }
  const ignored = (name: string) => rules.ignoreFiles.some((pattern) => fnmatch(name, pattern));
  const wanted = (name: string) => {
    if (ignored(name)) return false;
    const dot = name.lastIndexOf(".");
    return !rules.extensions || (dot > 0 && rules.extensions.has(name.slice(dot + 1)));
  };
  const found = new Set<string>();
  for (const path of paths) {
    const root = path ? pyJoin(base, path) : base;
    const normalised = posix.normalize(root);
    const rel = normalised === base ? "" : normalised.startsWith(`${base}/`) ? normalised.slice(base.length + 1) : undefined;
    if (rel === undefined) {
      warnings.push({ file: settingsFile, message: `"${path}" is outside the content folder: not read` });
      continue;
    }
    if (tree.folders.has(rel)) {
      const walk = (dirpath: string, relDir: string) => {
        const entry = tree.folders.get(relDir)!;
        for (const name of entry.files) if (wanted(name)) found.add(relDir ? `${relDir}/${name}` : name);
        const excluded = exclusions.get(dirpath);
        for (const name of entry.folders) {
          if (excluded?.has(name) || ignored(name)) continue;
          walk(pyJoin(dirpath, name), relDir ? `${relDir}/${name}` : name);
        }
      };
      walk(root, rel);
    } else if (tree.files.has(rel) && wanted(posix.basename(rel))) found.add(rel);
  }
  return found;
}
