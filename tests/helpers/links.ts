// Every internal link, asset and fragment in a built site, checked against the files and ids that are really there.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { listFiles } from "./site.ts";

export interface BrokenLink {
  page: string;
  ref: string;
  why: string;
}

const REFERENCES = "a[href], link[href], img[src], script[src], source[src], iframe[src], meta[property='og:url'], meta[property='og:image']";

function fileFor(dir: string, path: string): string | undefined {
  const file = join(dir, path);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, "index.html");
  return existsSync(index) ? index : undefined;
}

export function findBrokenLinks(dir: string, pathPrefix: string, baseUrl: string): { checked: number; broken: BrokenLink[] } {
  const broken: BrokenLink[] = [];
  let checked = 0;
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsOf.has(file)) {
      const { document } = parseHTML(readFileSync(file, "utf8"));
      idsOf.set(file, new Set(Array.from(document.querySelectorAll("[id]"), (el) => el.getAttribute("id") ?? "")));
    }
    return idsOf.get(file)!;
  };
  for (const file of listFiles(dir).filter((f) => f.endsWith(".html"))) {
    const page = relative(dir, file);
    const pageUrl = new URL(page, `http://site.invalid${pathPrefix}`);
    const { document } = parseHTML(readFileSync(file, "utf8"));
    for (const el of Array.from(document.querySelectorAll(REFERENCES))) {
      const ref = el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("content") ?? "";
      let target: URL;
      if (ref.startsWith(baseUrl)) target = new URL(ref.slice(baseUrl.length), `http://site.invalid${pathPrefix}`);
      else if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith("//")) continue;
      else target = new URL(ref, pageUrl);
      checked += 1;
      const path = decodeURIComponent(target.pathname);
      if (!path.startsWith(pathPrefix)) {
        broken.push({ page, ref, why: `outside the path prefix ${pathPrefix}` });
        continue;
      }
      const found = fileFor(dir, path.slice(pathPrefix.length));
      if (!found) {
        broken.push({ page, ref, why: "no such file" });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && found.endsWith(".html") && !ids(found).has(fragment)) broken.push({ page, ref, why: `no element with id "${fragment}"` });
    }
  }
  return { checked, broken };
}
