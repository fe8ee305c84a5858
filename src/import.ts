// `npm run import -- INPUT --output CONTENT_DIR`: a folder is a Pelican site (src/pelican/), a .xml or .json file a
// frab or pretalx schedule (src/frab/). Either way the result is a content folder `npm run build` builds.
import { existsSync, statSync } from "node:fs";
import { extname } from "node:path";
import { parseArgs } from "node:util";
import { runFrabImport } from "./frab/cli.ts";
import { runPelicanImport } from "./pelican/cli.ts";

const USAGE = [
  "usage: npm run import -- PELICAN_DIR --output CONTENT_DIR [--content DIR]   (PELICAN_DIR holds pelicanconf.py and content/, or is the content folder; --content names the content folder inside it, as `pelican DIR` does)",
  "       npm run import -- schedule.xml --output CONTENT_DIR [--timezone ZONE]   (or schedule.json: a frab or pretalx export; ZONE when it names none)",
].join("\n");

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { output: { type: "string", short: "o" }, quiet: { type: "boolean", short: "q" }, timezone: { type: "string" }, content: { type: "string" } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [input] = positionals;
  if (!input || !values.output || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const isFolder = existsSync(input) && statSync(input).isDirectory();
  if (!isFolder && /^\.(xml|json)$/i.test(extname(input))) {
    if (values.content !== undefined) {
      console.error(`--content is for Pelican sites; a frab schedule is one file\n${USAGE}`);
      return 2;
    }
    return runFrabImport(input, values.output, { quiet: values.quiet ?? false, ...(values.timezone ? { timezone: values.timezone } : {}) });
  }
  if (values.timezone !== undefined) {
    console.error(`--timezone is for frab schedules (schedule.xml or schedule.json); a Pelican site's zone is its TIMEZONE\n${USAGE}`);
    return 2;
  }
  if (!isFolder) {
    console.error(`import failed: ${input} is not a folder (a Pelican site), nor a schedule.xml or schedule.json file`);
    return 1;
  }
  return runPelicanImport(input, values.output, values.quiet ?? false, values.content);
}

process.exitCode = main();
