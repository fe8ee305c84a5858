// Where each page and file lives, decided once so pages, links, exports and the output check agree.
import { posix } from "node:path";

/** A content file's site-root URL: its permalink, else its path as a folder ("talk/x.md" → "/talk/x/"), as Eleventy would. */
export function pageUrl(relativePath: string, permalink?: string): string {
  if (permalink) {
    // "./css/site.css" and "css//site.css" are the file "css/site.css": one address, one owner (src/model/outputs.ts).
    const normalized = posix.normalize(`/${permalink.replace(/^\/+/, "")}`);
    const path = normalized === "/." ? "/" : normalized;
    return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
  }
  const stem = relativePath.replace(/\.md$/i, "");
  if (stem === "index") return "/";
  return `/${stem.replace(/\/index$/, "")}/`;
}

/** The file a URL is written to, under the output folder: "/talk/x/" → "talk/x/index.html". */
export function outputFileOf(url: string): string {
  const path = url.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}

/** The talk's calendar file beside its page: "/talk/moving.html" → "/talk/moving.ics", "/talk/x/" → "/talk/x.ics". */
export function icsUrlFor(pageUrl: string): string {
  if (pageUrl.endsWith("/")) return pageUrl === "/" ? "/talk.ics" : `${pageUrl.slice(0, -1)}.ics`;
  return pageUrl.replace(/\.html?$/, "") + ".ics";
}

/** The talk's share image beside its page: "/talk/moving.html" → "/talk/moving.og.png" (".og" keeps clear of a
 * talk's own images). */
export function shareImageUrlFor(pageUrl: string): string {
  return icsUrlFor(pageUrl).replace(/\.ics$/, ".og.png");
}

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** A resized speaker photo: "/speakers/photos/ada-96.1a2b3c4d5e.webp", named by a hash of its source so a new
 * photo gets a new address. */
export function speakerPhotoUrl(id: string, width: number, hash: string): string {
  return `/speakers/photos/${id}-${width}.${hash.slice(0, 10)}.webp`;
}

export function speakerPageUrl(id: string): string {
  return `/speakers/${id}.html`;
}

export const PROGRAM_URL = "/program.html";

/** The program's row for a start time, from its ISO time in the event's zone: "/program.html#at-2020-03-21-1110p0800". */
export function programSlotUrl(iso: string): string {
  return `${PROGRAM_URL}#${programSlotId(iso)}`;
}

/** The id of that row: the wall-clock time and its offset, which tells apart the two 02:30s of a night the clocks go back. */
export function programSlotId(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO time: ${iso}`);
  // Ids keep to letters, digits, "-" and "_": the offset's sign is "p" or "m".
  const offset =
    match[4] === "Z" ? "z" : `${match[4]!.startsWith("-") ? "m" : "p"}${match[4]!.slice(1).replace(":", "")}`;
  return `at-${match[1]}-${match[2]}${match[3]}${offset}`;
}

export const SPEAKERS_URL = "/speakers/";
export const NOT_FOUND_URL = "/404.html";
export const SITEMAP_URL = "/sitemap.xml";
export const CALENDAR_URL = "/calendar.ics";
export const SCHEDULE_XML_URL = "/schedule.xml";
export const SCHEDULE_JSON_URL = "/schedule.json";
/** Files for static hosts: headers (src/export/headers.ts), crawlers' rules, and "no Jekyll" for GitHub Pages
 * branches. */
export const HEADERS_URL = "/_headers";
export const ROBOTS_URL = "/robots.txt";
export const NO_JEKYLL_URL = "/.nojekyll";
/** The project's own files by their place in public/; each is published under a hashed name (src/model/assets.ts). */
export const STYLESHEET = "css/site.css";
export const FAVICON = "favicon.svg";
export const LOCAL_TIME_SCRIPT = "js/local-time.js";
/** The program grid's placements (src/model/programStyles.ts): classes rather than style attributes, for a strict
 * CSP. */
export const PROGRAM_STYLESHEET = "css/program.css";

/**
 * An absolute URL for a link from the model: site-root-relative URLs ("/talk/moving.html") are joined to the
 * base URL by dropping their leading "/"; URLs that already have a scheme ("https://…") are kept. Either way
 * the result is in URL-standard form, so non-ASCII characters and spaces are percent-encoded (an RFC 3986 URI,
 * as the iCalendar URL property and the JSON schema's "uri" format require); existing %XX escapes stay.
 */
export function absoluteUrl(baseUrl: string, url: string): string {
  const joined = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : baseUrl + url.replace(/^\/+/, "");
  try {
    return new URL(joined).href;
  } catch {
    throw new Error(`${JSON.stringify(url)} does not make a valid URL (with base ${JSON.stringify(baseUrl)})`);
  }
}
