// Builds a content folder through the same API `npm run build` uses, into a fresh temporary folder.
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { parseHTML } from "linkedom";
import { buildSite, type BuildResult } from "../../src/build.ts";

export const CONTENT = join(import.meta.dirname, "..", "..", "content");

export interface BuiltSite extends BuildResult {
  dir: string;
  read(path: string): string;
  document(path: string): Document;
  files(): string[];
}

export function temporaryDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `talk-pages-${label}-`));
}

export async function buildInto(options: { input?: string; pathPrefix?: string; siteUrl?: string; output?: string } = {}): Promise<BuiltSite> {
  const dir = options.output ?? join(temporaryDir("site"), "_site");
  const env: NodeJS.ProcessEnv = { PATH_PREFIX: options.pathPrefix ?? "/" };
  if (options.siteUrl) env.SITE_URL = options.siteUrl;
  const result = await buildSite({ input: options.input ?? CONTENT, output: dir, env });
  const read = (path: string) => readFileSync(join(dir, path), "utf8");
  return {
    ...result,
    dir,
    read,
    document: (path: string) => parseHTML(read(path)).document as unknown as Document,
    files: () => listFiles(dir).map((f) => relative(dir, f)),
  };
}

export function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}
