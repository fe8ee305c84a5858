// What static hosts are told besides the files: the `_headers` file Netlify and Cloudflare Pages read (caching, and the
// security headers with a Content-Security-Policy made from what the pages load), robots.txt naming the sitemap, and
// .nojekyll so a GitHub Pages branch publishes the /_assets/ folder as it is.
import { SourceSet, SOURCE_DIRECTIVES, type Sources } from "../markdown/resources.ts";
import { ASSETS_FOLDER } from "../model/assets.ts";
import type { Conference } from "../model/load.ts";
import { HEADERS_URL, NO_JEKYLL_URL, SITEMAP_URL } from "../model/urls.ts";
import { absoluteUrl } from "./urls.ts";

/** Hashed files never change under their name (src/model/assets.ts). */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Everything else (pages, calendars, schedules, images) is checked with the host on every visit. */
export const REVALIDATE = "public, max-age=0, must-revalidate";

/** The site's policy: each directive allows what some page or file uses, and nothing allows what none does. */
export function contentSecurityPolicy(conference: Conference): string {
  const sources = new SourceSet();
  sources.add("style-src", "'self'");
  sources.add("img-src", "'self'");
  if (conference.site.localTimeScriptUrl) sources.add("script-src", "'self'");
  for (const page of conference.pages) if (page.url !== undefined) sources.addAll(page.sources);
  if (conference.svgInlineStyles) sources.add("style-src", "'unsafe-inline'");
  const needed: Sources = sources.toSources();
  const directives = ["default-src 'none'"];
  for (const directive of SOURCE_DIRECTIVES) {
    // 'unsafe-inline' beside 'self' keeps its meaning; listing hosts after 'self' is plain CSP.
    if (needed[directive]) directives.push(`${directive} ${orderSources(needed[directive]!).join(" ")}`);
    else if (directive === "form-action") directives.push("form-action 'none'");
  }
  directives.push("base-uri 'none'", "frame-ancestors 'none'");
  return directives.join("; ");
}

/** Keywords first ('self', 'unsafe-inline'), then schemes, then hosts: the order people read policies in. */
function orderSources(list: string[]): string[] {
  const rank = (source: string) => (source.startsWith("'") ? 0 : source.endsWith(":") ? 1 : 2);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The `_headers` file. Its rules do not overlap: Cloudflare Pages joins the values of a header two matching rules set,
 * so the year-long caching of /_assets/ and the short caching of everything else are given to separate paths (each
 * top-level file and folder of the site), and the security headers to every path.
 */
export function headersFile(conference: Conference, outputPaths: string[]): string {
  const prefix = conference.settings.pathPrefix;
  const lines = [
    "# Headers for Netlify and Cloudflare Pages, written by the build (src/export/headers.ts): security on every path,",
    `# a year's caching for the hashed files in /${ASSETS_FOLDER}/, and a check with the host on every visit for the`,
    "# rest.",
    encodeURI(`${prefix}*`),
    `  Content-Security-Policy: ${contentSecurityPolicy(conference)}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    encodeURI(`${prefix}${ASSETS_FOLDER}/*`),
    `  Cache-Control: ${IMMUTABLE}`,
  ];
  const top = new Set<string>();
  for (const path of outputPaths) {
    const cut = path.indexOf("/");
    top.add(cut < 0 ? path : `${path.slice(0, cut)}/*`);
  }
  top.delete(`${ASSETS_FOLDER}/*`);
  top.delete(HEADERS_URL.slice(1));
  top.delete(NO_JEKYLL_URL.slice(1));
  // The home page is asked for as the folder itself too.
  if (top.has("index.html")) top.add("");
  // As browsers ask for them: "/Vorträge 2026/*" is "/Vortr%C3%A4ge%202026/*", and no space splits the rule's line.
  for (const entry of [...top].sort()) lines.push(encodeURI(`${prefix}${entry}`), `  Cache-Control: ${REVALIDATE}`);
  return `${lines.join("\n")}\n`;
}

/** robots.txt: every page may be crawled, and the sitemap lists them. */
export function robotsTxt(baseUrl: string): string {
  return `User-agent: *\nDisallow:\n\nSitemap: ${absoluteUrl(baseUrl, SITEMAP_URL)}\n`;
}

/** GitHub Pages runs Jekyll on a branch it publishes, and Jekyll leaves out folders starting with "_" without this
 * file. */
export const NO_JEKYLL = { path: NO_JEKYLL_URL.slice(1), content: "" };
