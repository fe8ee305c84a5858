// Pelican's slugs and URL patterns ("articles/{date:%Y}/{slug}.html"), so imported pages keep their old addresses.
import { DateTime } from "luxon";

/** Pelican's default slugify: ASCII, lower case, punctuation dropped, spaces and hyphens to one hyphen. */
export function pelicanSlug(title: string): string {
  return title
    .replace(/<[^>]*>/g, "")
    .normalize("NFKD")
    .replace(/[^\x00-\x7f]/g, "")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[-\s]+/g, "-")
    .toLowerCase();
}

const STRFTIME: Record<string, (d: DateTime) => string> = {
  Y: (d) => d.toFormat("yyyy"),
  y: (d) => d.toFormat("yy"),
  m: (d) => d.toFormat("MM"),
  d: (d) => d.toFormat("dd"),
  H: (d) => d.toFormat("HH"),
  M: (d) => d.toFormat("mm"),
  S: (d) => d.toFormat("ss"),
  j: (d) => d.toFormat("ooo"),
  b: (d) => d.setLocale("en").toFormat("LLL"),
  B: (d) => d.setLocale("en").toFormat("LLLL"),
  a: (d) => d.setLocale("en").toFormat("ccc"),
  A: (d) => d.setLocale("en").toFormat("cccc"),
  "%": () => "%",
};

export interface UrlFields {
  slug: string;
  date?: DateTime;
  category?: string;
  author?: string;
  lang?: string;
}

/** Fills a Pelican URL pattern; undefined when it names a field the page does not have. */
export function formatPelicanUrl(pattern: string, fields: UrlFields): string | undefined {
  let missing = false;
  const out = pattern.replace(/\{(\w+)(?::([^}]*))?\}/g, (_, name: string, format?: string) => {
    if (name === "date") {
      if (!fields.date) return ((missing = true), "");
      return (format ?? "%Y-%m-%d").replace(/%(.)/g, (whole, code: string) => STRFTIME[code]?.(fields.date!) ?? whole);
    }
    const value = name === "slug" ? fields.slug : name === "category" ? fields.category && pelicanSlug(fields.category) : name === "author" ? fields.author && pelicanSlug(fields.author) : name === "lang" ? fields.lang : undefined;
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? undefined : out;
}
