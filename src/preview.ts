// `npm run preview`: the built site served on this machine under its path prefix, as the host will serve it.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readSettings } from "./model/settings.ts";
import { servePreview } from "./preview/server.ts";
import { failureReport } from "./report.ts";

const USAGE = "usage: npm run preview -- [--input DIR] [--output DIR] [--port N] [--host NAME]   (defaults: content, _site, 8080, localhost; the path prefix is the build's: site.json with SITE_URL and PATH_PREFIX)";

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { input: { type: "string", default: "content" }, output: { type: "string", default: "_site" }, port: { type: "string", default: "8080" }, host: { type: "string", default: "localhost" } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: expected a port number, found ${JSON.stringify(values.port)}\n${USAGE}`);
    return 2;
  }
  const output = resolve(values.output!);
  if (!existsSync(output)) {
    console.error(`${values.output} does not exist: run npm run build first`);
    return 1;
  }
  let pathPrefix: string;
  try {
    // The same settings and environment the build read: one owner of the prefix.
    pathPrefix = readSettings(resolve(values.input!)).pathPrefix;
  } catch (error) {
    const report = failureReport(error, "nothing served");
    console.error([report.heading, ...report.lines.map((line) => `  ${line}`)].join("\n"));
    return 1;
  }
  const preview = await servePreview({ root: output, pathPrefix, host: values.host!, port });
  console.log(`Serving ${values.output} at ${preview.url} (no rebuild; Ctrl-C stops it)`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  return 0;
}

const code = await main();
if (code !== 0) process.exitCode = code;
