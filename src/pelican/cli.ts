// `npm run import -- PELICAN_DIR --output CONTENT_DIR [--content DIR]`: one summary, warnings with file and line, exit 1 only when the input cannot be read.
import { existsSync, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { importPelicanSite } from "./import.ts";

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { output: { type: "string", short: "o" }, content: { type: "string" }, quiet: { type: "boolean", short: "q" } } });
  const [siteDir] = positionals;
  if (!siteDir || !values.output) {
    console.error("usage: npm run import -- PELICAN_DIR --output CONTENT_DIR [--content DIR]   (PELICAN_DIR holds pelicanconf.py and content/, or is the content folder; --content names the content folder inside it, as `pelican DIR` does)");
    return 2;
  }
  if (!existsSync(siteDir) || !statSync(siteDir).isDirectory()) {
    console.error(`import failed: ${siteDir} is not a folder`);
    return 1;
  }
  const started = performance.now();
  let summary;
  try {
    summary = importPelicanSite(resolve(siteDir), resolve(values.output), values.content !== undefined ? { content: values.content } : {});
  } catch (error) {
    console.error(`import failed: ${(error as Error).message}`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  if (!values.quiet) for (const w of summary.warnings) console.warn(`warning: ${display(w.file)}${w.line ? `:${w.line}` : ""}: ${w.message}`);
  console.log(
    `Imported ${summary.filesRead} files into ${values.output}: ${summary.pagesWritten} pages written, ${summary.staticCopied} static files copied, ${summary.warnings.length} warning${summary.warnings.length === 1 ? "" : "s"}, in ${seconds.toFixed(2)} s`,
  );
  return 0;
}

process.exitCode = main();
