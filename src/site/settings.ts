// The site's settings: content/_data/site.json, checked, with SITE_URL and PATH_PREFIX from the environment on top.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { IANAZone } from "luxon";
import { z } from "zod";
import { ContentError, describeValue, type ContentProblem } from "../schema/problem.ts";
import { displayPath, readJsonFile } from "../schema/jsonFile.ts";

const absoluteHttpUrl = z
  .string()
  .url()
  .refine((url) => /^https?:\/\//.test(url), "an absolute http(s) URL such as https://conf.example.org/2020");

const siteFileSchema = z
  .object({
    name: z.string().min(1),
    tagline: z.string().optional(),
    url: absoluteHttpUrl,
    pathPrefix: z.string().optional(),
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "a BCP 47 language tag such as \"en\" or \"zh-TW\"").default("en"),
    timezone: z.string().refine((zone) => IANAZone.isValidZone(zone), "an IANA time zone such as \"Asia/Taipei\""),
    description: z.string().optional(),
    nav: z.array(z.object({ title: z.string().min(1), url: z.string().min(1) }).strict()).default([]),
  })
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
  };
}
