// The one walk over a content folder: every file classified once as a page, an asset, a data file, refused or unpublished.
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { FRAB_MANIFEST } from "../schema/manifest.ts";
import { displayPath, type ContentProblem } from "../schema/problem.ts";
import { isAsset, isExecutable, isHostSettings, isPage, isWellKnown, mayListAsStatic } from "./kinds.ts";

/** Every file under a folder, as "/"-separated paths from `root`. */
export function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path, root) : [relative(root, path).split(sep).join("/")];
    });
}

/** The data files the build reads from `_data/`; nothing else there is read by anyone. */
export const DATA_FILES = ["site.json", "event.json", "speakers.json"] as const;

/** Folders no one publishes: version control and installed packages (Eleventy skips them too). */
const SKIPPED_FOLDERS = new Set([".git", "node_modules"]);

export interface ContentFolder {
  /** Absolute paths of the markdown pages, sorted: exactly the files Eleventy may build. */
  pages: string[];
  /** Absolute paths of the files copied as they are. */
  assets: string[];
  /** Files neither built nor copied (a `.csv`, a `.rst` source): listed in a warning, never silently dropped. */
  unpublished: string[];
  /** Refused files: code, links leaving the folder, unknown files in `_data/`. */
  problems: ContentProblem[];
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/**
 * Every file under `inputDir` (hidden files and `_` folders included: Eleventy builds those as well), depth first and
 * sorted by name at each level so the order is the same on every machine. `staticFiles` (site.json's, paths under the
 * folder) are copied as they are whatever their name says, a README.md too, unless they are code.
 */
export function scanContentFolder(inputDir: string, staticFiles: ReadonlySet<string> = new Set()): ContentFolder {
  const folder: ContentFolder = { pages: [], assets: [], unpublished: [], problems: [] };
  const root = realpathSync(inputDir);
  const refuse = (path: string, expected: string, found: string) =>
    folder.problems.push({ file: displayPath(path), expected, found });
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      // A name becomes part of URLs, calendar ids and messages: control characters would break the lines they go in.
      if (/[\u0000-\u001f\u007f\\]/.test(name)) {
        refuse(path, "a file name without control characters or backslashes", JSON.stringify(name));
        continue;
      }
      let stats = lstatSync(path);
      if (stats.isSymbolicLink()) {
        // A link may point at a file inside the folder; one that leaves it would publish whatever it points at.
        let target: string;
        try {
          target = realpathSync(path);
        } catch {
          refuse(path, "a file, or a link to a file inside the content folder", "a link to nothing");
          continue;
        }
        stats = statSync(target);
        if (!isInside(root, target)) {
          refuse(path, "a file, or a link to a file inside the content folder", `a link to ${target}, outside it`);
          continue;
        }
        if (stats.isDirectory()) {
          refuse(path, "a real folder (copy it rather than link it)", "a link to a folder");
          continue;
        }
      }
      if (stats.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(name)) walk(path, relPath);
        continue;
      }
      if (staticFiles.has(relPath)) listed.add(relPath);
      if (rel === "" && name === FRAB_MANIFEST && stats.isFile()) {
        // The frab importer's record of what it wrote (src/schema/manifest.ts): neither published nor worth a warning.
        continue;
      }
      if (!stats.isFile()) {
        refuse(path, "a file or a folder", "a device, socket or pipe");
      } else if (rel === "_data" || rel.startsWith("_data/")) {
        if (rel !== "_data" || !(DATA_FILES as readonly string[]).includes(name)) {
          refuse(path, `only ${DATA_FILES.join(", ")} in _data (templates read nothing else)`, JSON.stringify(name));
        }
      } else if (isExecutable(name)) {
        refuse(
          path,
          "markdown pages, data and static files (code and templates live in the project, not in the content)",
          `a ${extname(name) || name} file`,
        );
      } else if (name === ".eleventyignore") {
        refuse(path, "no .eleventyignore (every page in the content folder is checked and built)", "one");
      } else if (isHostSettings(relPath)) {
        refuse(
          path,
          "no file the host reads as its settings (the build writes _headers itself; " +
            "redirects and server settings belong to the hosting, not the content)",
          JSON.stringify(relPath),
        );
      } else if (isWellKnown(relPath) && !staticFiles.has(relPath)) {
        refuse(
          path,
          'a file under .well-known/ only when _data/site.json\'s "staticFiles" lists it ' +
            "(it speaks for the whole domain)",
          JSON.stringify(relPath),
        );
      } else if (staticFiles.has(relPath)) {
        if (mayListAsStatic(name)) folder.assets.push(path);
        else
          refuse(
            path,
            "static files that are not code, HTML or XML",
            `a ${extname(name) || name} file listed in _data/site.json's staticFiles`,
          );
      } else if (isPage(name)) {
        folder.pages.push(path);
      } else if (isAsset(name)) {
        folder.assets.push(path);
      } else {
        folder.unpublished.push(path);
      }
    }
  };
  const listed = new Set<string>();
  walk(inputDir, "");
  for (const path of staticFiles) {
    if (!listed.has(path))
      refuse(
        join(inputDir, "_data", "site.json"),
        `files of the content folder in "staticFiles"`,
        `"${path}", which is not one`,
      );
  }
  return folder;
}
