// A page's transfer weight: its HTML plus every stylesheet it links, each gzip-compressed as a static host would send it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";

export interface PageWeight {
  htmlBytes: number;
  htmlGzip: number;
  cssBytes: number;
  cssGzip: number;
  totalGzip: number;
  files: string[];
}

export function pageWeight(siteDir: string, page: string, pathPrefix: string): PageWeight {
  const html = readFileSync(join(siteDir, page));
  const { document } = parseHTML(html.toString("utf8"));
  const files = [page];
  let cssBytes = 0;
  let cssGzip = 0;
  for (const link of Array.from(document.querySelectorAll('link[rel="stylesheet"][href]'))) {
    const href = link.getAttribute("href") ?? "";
    const path = href.startsWith(pathPrefix) ? href.slice(pathPrefix.length) : href;
    const css = readFileSync(join(siteDir, path));
    files.push(path);
    cssBytes += css.length;
    cssGzip += gzipSync(css, { level: 6 }).length;
  }
  const htmlGzip = gzipSync(html, { level: 6 }).length;
  return { htmlBytes: html.length, htmlGzip, cssBytes, cssGzip, totalGzip: htmlGzip + cssGzip, files };
}
