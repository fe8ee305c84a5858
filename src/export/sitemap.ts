// sitemap.xml (sitemaps.org): every page's public address, for search engines.
import { absoluteUrl } from "./urls.ts";
import { xmlText } from "./xml.ts";

/** The sitemap for the given site-root URLs under `baseUrl`. */
export function sitemapXml(urls: string[], baseUrl: string): string {
  const entries = urls.map((url) => `  <url><loc>${xmlText(absoluteUrl(baseUrl, url))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`;
}
