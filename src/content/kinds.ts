// What a content folder may hold, by file name: the build's walk (folder.ts) decides with these, and importers writing a
// content folder consult them, so that what they write is what the build will publish.
import { extname } from "node:path";

/** Files copied into the site as they are. SVG is checked for scripts before it is copied. */
export const ASSET_EXTENSIONS = new Set([
  ".png",
  ".jpg",
  ".jpeg",
  ".gif",
  ".svg",
  ".webp",
  ".avif",
  ".ico",
  ".pdf",
  ".txt",
  ".zip",
]);

/**
 * Files that a template engine, Eleventy or a browser would run. Content is data and text, so these are refused
 * rather than skipped: a speaker's pull request must not be able to slip code in under another name.
 */
const EXECUTABLE = /\.(?:njk|liquid|hbs|handlebars|mustache|ejs|haml|pug|jade|webc|vue|svelte|astro|[cm]?[jt]sx?|html?|xhtml|shtml|php)$/i;

export function isExecutable(name: string): boolean {
  return EXECUTABLE.test(name) || name.toLowerCase().includes(".11ty.");
}

/** Files site.json's `staticFiles` may not publish either: a browser applies an XML file's stylesheet, which may run scripts. */
export function mayListAsStatic(name: string): boolean {
  return !isExecutable(name) && !/\.(?:xml|xslt?|svgz)$/i.test(name);
}

/** A markdown page as Eleventy matches it: its glob is case-insensitive, so `TALK.MD` is a page too. */
export function isPage(name: string): boolean {
  return name.toLowerCase().endsWith(".md");
}

/** Whether the build copies the file by its name alone (others need listing in site.json's `staticFiles`). */
export function isAsset(name: string): boolean {
  return ASSET_EXTENSIONS.has(extname(name).toLowerCase());
}

/**
 * Files a host reads as its own settings rather than serving them: redirects and headers for every address (Netlify,
 * Cloudflare Pages), Apache's and IIS's folder settings. Content never publishes these, even when `staticFiles` lists
 * them: a speaker's pull request could send every visitor elsewhere.
 */
export function isHostSettings(relPath: string): boolean {
  const name = relPath.slice(relPath.lastIndexOf("/") + 1).toLowerCase();
  return (
    /^(?:\.htaccess|\.htpasswd|web\.config)$/.test(name) ||
    /^(?:_redirects|_headers|_routes\.json|netlify\.toml)$/i.test(relPath)
  );
}

/** `.well-known/` vouches for the whole domain (certificates, security contacts): only files site.json lists go
 * there. */
export function isWellKnown(relPath: string): boolean {
  return relPath.toLowerCase().startsWith(".well-known/");
}
