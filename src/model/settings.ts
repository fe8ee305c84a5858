// The site's settings: content/_data/site.json, checked, with SITE_URL and PATH_PREFIX from the environment on top.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readJsonFile } from "../content/jsonFile.ts";
import { ContentError, describeValue, displayPath, type ContentProblem } from "../schema/problem.ts";
import { absoluteHttpUrl, HTTP_URL_EXPECTED, settingsFileSchema, type SettingsFile } from "../schema/settings.ts";

export interface Settings extends Omit<SettingsFile, "url" | "pathPrefix"> {
  /** The public address of the site's root, with the path prefix and a trailing slash: https://conf.example.org/2020/ */
  baseUrl: string;
  /** Where the site sits under its host: "/" or "/2020/". */
  pathPrefix: string;
}

export const SETTINGS_FILE = join("_data", "site.json");

/** "/2020" or "2020/" or "" become "/2020/" and "/". */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/** The settings, or a ContentError saying everything wrong with them. */
export function readSettings(inputDir: string, env: NodeJS.ProcessEnv = process.env): Settings {
  const path = join(inputDir, SETTINGS_FILE);
  if (!existsSync(path)) {
    throw new ContentError([{ file: displayPath(path), expected: "a settings file with the site's name, url and timezone", found: "no file" }]);
  }
  const problems: ContentProblem[] = [];
  const read = readJsonFile(path, settingsFileSchema, problems, inputDir);
  if (!read) throw new ContentError(problems);
  const { url: fileUrl, pathPrefix: filePrefix, ...settings } = read.data;
  let url = fileUrl;
  if (env.SITE_URL) {
    if (!absoluteHttpUrl.safeParse(env.SITE_URL).success) {
      throw new ContentError([{ file: "environment", field: "SITE_URL", expected: HTTP_URL_EXPECTED, found: describeValue(env.SITE_URL) }]);
    }
    url = env.SITE_URL;
  }
  const parsedUrl = new URL(url);
  // The prefix: PATH_PREFIX, else the path of the address the site is deployed at (SITE_URL's when given, so a host's
  // preview address moves the prefix with it), else site.json's. An empty variable (`PATH_PREFIX=` in a CI file) is
  // unset, as SITE_URL's is.
  const pathPrefix = normalizePathPrefix(env.PATH_PREFIX || (env.SITE_URL ? parsedUrl.pathname : (filePrefix ?? parsedUrl.pathname)));
  return { ...settings, baseUrl: `${parsedUrl.origin}${pathPrefix}`, pathPrefix };
}
