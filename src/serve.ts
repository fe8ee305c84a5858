// `npm start`: builds a content folder, serves it on this machine under its path prefix, and rebuilds and reloads on every change.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { PROJECT_ROOT } from "./eleventy/paths.ts";

const USAGE = "usage: npm start -- [--input DIR] [--output DIR] [--port N] [--host NAME]   (defaults: content, _site, 8080, localhost)";

/**
 * Eleventy's dev server listens on every network interface and has no option to say otherwise. A preview of content
 * that is not yet published (a speaker's pull request, say) belongs on this machine unless asked: `--host 0.0.0.0`.
 */
function listenOn(host: string): void {
  const prototype = EleventyDevServer.prototype as unknown as { _serverListen(port: number): void; server: { listen(options: object): void } };
  prototype._serverListen = function (this: typeof prototype, port: number) {
    this.server.listen({ port, host });
  };
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        input: { type: "string", default: "content" },
        output: { type: "string", default: "_site" },
        port: { type: "string", default: "8080" },
        host: { type: "string", default: "localhost" },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: expected a port number, found ${JSON.stringify(values.port)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  listenOn(values.host ?? "localhost");
  const eleventy = new Eleventy(resolve(values.input ?? "content"), resolve(values.output ?? "_site"), {
    configPath: resolve(PROJECT_ROOT, ".eleventy.ts"),
    runMode: "serve",
    quietMode: true,
  });
  // Ctrl-C, or a SIGTERM to npm (which passes it on), stops the watcher and the server, and with them the process.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await eleventy.stopWatch();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  // npm passes a SIGTERM to the shell it started this in, and the shell does not pass it on: when the process that
  // started this one goes away, the server goes with it.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 500).unref();
  await eleventy.init();
  await eleventy.watch();
  // Eleventy rebuilds when a file changes or is added, not when one is deleted: a deleted talk must leave the preview too.
  const watcher = (eleventy as unknown as { watcher?: { on(event: string, listener: (path: string) => void): void; emit(event: string, path: string): void } }).watcher;
  watcher?.on("unlink", (path) => watcher.emit("change", path));
  await eleventy.serve(port);
}

await main();
