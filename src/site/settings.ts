// The site's settings: content/_data/site.json, checked, with SITE_URL and PATH_PREFIX from the environment on top.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { ContentError, describeValue, displayPath, type ContentProblem } from "../schema/problem.ts";
import { readJsonFile } from "../schema/jsonFile.ts";
import { ianaZone, languageTag, navUrl, text } from "../schema/fields.ts";

const absoluteHttpUrl = z
  .string({ required_error: "the address the site is published at, such as https://conf.example.org/2020" })
  .refine((url) => /^https?:\/\/[^/\s]/.test(url) && URL.canParse(url), "an absolute http(s) URL such as https://conf.example.org/2020");

const siteFileSchema = z
  .object({
    name: z.string({ required_error: "the site's name" }).trim().min(1, "the site's name"),
    tagline: z.string().optional(),
    url: absoluteHttpUrl,
    pathPrefix: z.string().optional(),
    language: languageTag.default("en"),
    timezone: z.string({ required_error: 'the IANA time zone content dates are written in, such as "Asia/Taipei"' }).pipe(ianaZone),
    description: z.string().optional(),
    nav: z.array(z.object({ title: text, url: navUrl }).strict()).default([]),
    // Content may not run scripts unless the site says so: pages arrive as pull requests from speakers.
    allowScripts: z.boolean({ invalid_type_error: "true or false" }).default(false),
  }, { invalid_type_error: 'the site\'s fields, such as { "name": …, "url": …, "timezone": … }' })
  .strict();

export interface SiteSettings {
  name: string;
  tagline?: string;
  description?: string;
  /** The public address of the site's root, with the path prefix and a trailing slash: https://conf.example.org/2020/ */
  baseUrl: string;
  /** Where the site sits under its host: "/" or "/2020/". */
  pathPrefix: string;
  language: string;
  timezone: string;
  nav: { title: string; url: string }[];
  /** Whether pages and SVG files may carry scripts, event handlers and script URLs (site.json's "allowScripts"). */
  allowScripts: boolean;
}

export const SITE_FILE = join("_data", "site.json");

/** "/2020" or "2020/" or "" become "/2020/" and "/". */
export function normalizePathPrefix(prefix: string): string {
  const trimmed = prefix.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function readSiteSettings(inputDir: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const path = join(inputDir, SITE_FILE);
  if (!existsSync(path)) {
    throw new ContentError([{ file: displayPath(path), field: "", expected: "a settings file with the site's name, url and timezone", found: "no file" }]);
  }
  const problems: ContentProblem[] = [];
  const read = readJsonFile(path, siteFileSchema, problems);
  if (!read) throw new ContentError(problems);
  const site = read.data;

  let url = site.url;
  if (env.SITE_URL) {
    const checked = absoluteHttpUrl.safeParse(env.SITE_URL);
    if (!checked.success) {
      throw new ContentError([{ file: "environment", field: "SITE_URL", expected: "an absolute http(s) URL", found: describeValue(env.SITE_URL) }]);
    }
    url = env.SITE_URL;
  }
  const parsedUrl = new URL(url);
  const pathPrefix = normalizePathPrefix(env.PATH_PREFIX ?? site.pathPrefix ?? parsedUrl.pathname);
  return {
    name: site.name,
    tagline: site.tagline,
    description: site.description,
    baseUrl: `${parsedUrl.origin}${pathPrefix}`,
    pathPrefix,
    language: site.language,
    timezone: site.timezone,
    nav: site.nav,
    allowScripts: site.allowScripts,
  };
}
