// Filters: small named functions that format what src/ prepared (templates never compute).
import { DateTime } from "luxon";
import { sitemapXml } from "../export/sitemap.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { EleventyConfig } from "./types.ts";

export function isoDate(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toISO({ suppressMilliseconds: true }) ?? "";
}

export function readableDate(date: Date, zone: string, language: string): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(language).toLocaleString(DateTime.DATE_FULL);
}

/** JSON for a <script> element: "<" escaped so no string in the data can close the element. */
export function jsonScript(value: unknown): string {
  return JSON.stringify(value, null, 0).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function registerFilters(eleventyConfig: EleventyConfig, site: SiteSettings): void {
  eleventyConfig.addFilter("isoDate", (date: Date) => isoDate(date, site.timezone));
  eleventyConfig.addFilter("readableDate", (date: Date) => readableDate(date, site.timezone, site.language));
  eleventyConfig.addFilter("jsonScript", jsonScript);
  eleventyConfig.addFilter("sitemapXml", (urls: string[]) => sitemapXml(urls, site.baseUrl));
}
