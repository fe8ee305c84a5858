// `npm run import -- PELICAN_DIR --output CONTENT_DIR [--content DIR]` (through src/import.ts): one summary, warnings
// with file and line, exit 1 only when the input cannot be read.
import { relative, resolve } from "node:path";
import { importPelicanSite } from "./import.ts";

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

/** Imports the Pelican site in `siteDir` (a folder; `content` the content folder inside it) into `output`; the exit code. */
export function runPelicanImport(siteDir: string, output: string, quiet: boolean, content?: string): number {
  const started = performance.now();
  let summary;
  try {
    summary = importPelicanSite(resolve(siteDir), resolve(output), content !== undefined ? { content } : {});
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!quiet) for (const w of summary.warnings) console.warn(`warning: ${display(w.file)}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  console.log(
    `Imported ${summary.filesRead} files into ${output}: ${summary.pagesWritten} pages written, ${summary.staticCopied} static files copied, ${summary.warnings.length} warning${summary.warnings.length === 1 ? "" : "s"}, in ${seconds.toFixed(2)} s`,
  );
  return 0;
}
