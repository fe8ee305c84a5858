// Filters: small named functions that format what src/ prepared (templates never compute).
import { DateTime } from "luxon";
import type { SiteSettings } from "../site/settings.ts";
import type { EleventyConfig } from "./types.ts";

export function absoluteUrl(url: string, site: SiteSettings): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  return new URL(url.replace(/^\/+/, ""), site.baseUrl).href;
}

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

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** sitemaps.org XML for the given site-root URLs. */
export function sitemapXml(urls: string[], site: SiteSettings): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(absoluteUrl(url, site))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`;
}

export function registerFilters(eleventyConfig: EleventyConfig, site: SiteSettings): void {
  eleventyConfig.addFilter("absoluteUrl", (url: string) => absoluteUrl(url, site));
  eleventyConfig.addFilter("isoDate", (date: Date) => isoDate(date, site.timezone));
  eleventyConfig.addFilter("readableDate", (date: Date) => readableDate(date, site.timezone, site.language));
  eleventyConfig.addFilter("jsonScript", jsonScript);
  eleventyConfig.addFilter("sitemapXml", (urls: string[]) => sitemapXml(urls, site));
}
