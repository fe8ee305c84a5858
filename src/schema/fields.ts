// Field types shared by every data file and front matter: ids, languages, zones, text and the links content may carry.
import { IANAZone } from "luxon";
import { z } from "zod";

export const id = z
  .string({ invalid_type_error: "an id of lowercase letters, digits and hyphens" })
  .regex(/^[a-z0-9][a-z0-9-]*$/, "an id of lowercase letters, digits and hyphens")
  .max(100, "an id of at most 100 characters");

export const languageTag = z.string({ invalid_type_error: 'a BCP 47 language tag such as "en" or "zh-TW"' }).regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a BCP 47 language tag such as "en" or "zh-TW"');

export const ianaZone = z.string({ invalid_type_error: 'an IANA time zone such as "Asia/Taipei"' }).refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone such as "Asia/Taipei"');

/** Text that says something: surrounding spaces trimmed, not empty. */
export const text = z.string().trim().min(1, "non-empty text");

/** The scheme of an absolute URL as a browser reads it, lowercased; undefined for a relative URL. */
function schemeOf(value: string): string | undefined {
  try {
    return new URL(value).protocol.slice(0, -1);
  } catch {
    return undefined;
  }
}

/**
 * A link a visitor follows. zod's .url() accepts `javascript:` and `data:` URLs, which run code on click, so the schemes
 * are listed instead: web addresses always, `mailto:` where an address makes sense.
 */
function link(schemes: readonly string[], expected: string) {
  return z
    .string({ invalid_type_error: expected })
    .refine((value) => value === value.trim() && schemes.includes(schemeOf(value) ?? "") && (schemeOf(value) === "mailto" || new URL(value).host !== ""), expected);
}

/** Slides, video, a venue's site: http(s) only. */
export const webUrl = link(["http", "https"], 'an http(s) address such as "https://example.org/slides"');

/** Where to reach a person: a web page or a mailto: address. */
export const contactUrl = link(["http", "https", "mailto"], 'an http(s) address or a mailto: address, such as "https://example.org/~ada"');

/** A menu entry: a path from the site root ("/program.html"), or an http(s) or mailto: address. */
export const navUrl = z.union([
  z.string().regex(/^\/(?!\/)[^\s\\]*$/, 'a path from the site root such as "/program.html", or an http(s) or mailto: address'),
  contactUrl,
]);
