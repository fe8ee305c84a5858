// Fidelity on the sciwork20 Pelican corpus (read from ../shared at test time, never copied): our markdown rendered by
// createMarkdownRenderer against `pelican-fidelity reference`, compared the way the tool compares pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { rstToMarkdown } from "../../src/rst/index.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { compareSummaries, normHrefFor, summarize } from "./normalize.ts";
import { FIDELITY_TOOL, pelicanSkipReason, SCIWORK_CONTENT } from "../helpers/shared.ts";

const CONTENT = SCIWORK_CONTENT;
const TOOL = FIDELITY_TOOL;
const run = promisify(execFile);

function rstFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? rstFiles(p) : name.endsWith(".rst") ? [p] : [];
  });
}

const skip = pelicanSkipReason();
if (skip) console.log(`# corpus fidelity skipped: ${skip}`);

test("sciwork20 corpus: every page faithful to Pelican", { skip }, async () => {
  const files = rstFiles(CONTENT);
  const md = createMarkdownRenderer();
  // The tool's own pelican_read, loaded once in one python process for all files (one process per file is slow).
  const script = [
    "import importlib.machinery, importlib.util, json, sys",
    "loader = importlib.machinery.SourceFileLoader('fidelity', sys.argv[1])",
    "spec = importlib.util.spec_from_loader('fidelity', loader)",
    "tool = importlib.util.module_from_spec(spec)",
    "loader.exec_module(tool)",
    "out = []",
    "for f in sys.argv[3:]:",
    "    try:",
    "        body, meta = tool.pelican_read(f, sys.argv[2])",
    "        out.append({'body_html': body, 'metadata': meta})",
    "    except Exception as e:",
    "        out.append({'error': str(e)})",
    "print(json.dumps(out))",
  ].join("\n");
  const { stdout } = await run("/usr/bin/python3", ["-c", script, TOOL, CONTENT, ...files], { maxBuffer: 64 << 20 });
  const references = JSON.parse(stdout) as ({ body_html: string; metadata: Record<string, string> } | { error: string })[];
  const failures: string[] = [];
  let faithful = 0;
  files.forEach((file, i) => {
    const ref = references[i]!;
    const rel = relative(CONTENT, file);
    if ("error" in ref) { console.log(`${rel}: Pelican cannot read it, not counted`); return; }
    const conversion = rstToMarkdown(readFileSync(file, "utf8"), { file: rel });
    const html = md.render(conversion.markdown);
    const norm = normHrefFor((ref.metadata.save_as ?? "").replace(/^\/+/, ""), rel);
    const verdict = compareSummaries(summarize(ref.body_html, norm), summarize(html, norm));
    const titleOk = conversion.title === ref.metadata.title;
    console.log(`${verdict.ok && titleOk ? "faithful" : "DIFFERS "} ${rel} (text ${verdict.ratio.toFixed(3)})${titleOk ? "" : ` title ${JSON.stringify(conversion.title)} != ${JSON.stringify(ref.metadata.title)}`}`);
    for (const w of verdict.why) console.log(`    ${w}`);
    if (verdict.ok && titleOk) faithful++;
    else failures.push(rel);
  });
  console.log(`fidelity: ${faithful}/${faithful + failures.length} pages faithful`);
  assert.deepEqual(failures, []);
});
