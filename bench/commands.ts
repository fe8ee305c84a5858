// How the benchmark runs our commands: exactly as `npm run build` / `npm start` / `npm run import` do (their node arguments read from
// package.json, so the two never drift apart), in a folder on RAM when the machine has one.
import { accessSync, constants, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** `node` arguments of an npm script such as "node --import ./src/preload.js --import tsx src/build.ts". */
export function npmScriptArgs(root: string, script: "build" | "start" | "import"): string[] {
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  const [node, ...args] = scripts[script]!.split(/\s+/);
  if (node !== "node") throw new Error(`package.json's "${script}" script does not start with node: ${scripts[script]}`);
  return args.map((arg) => (arg.startsWith("./") || /^src\//.test(arg) ? join(root, arg) : arg));
}

/**
 * Where the benchmark builds: /dev/shm (RAM) when writable, so that disk hiccups on a shared machine (a journal flush
 * can stall one run by a second) do not decide the figures; both builds measured write to the same place.
 */
export function benchFolder(): { dir: string; label: string } {
  try {
    accessSync("/dev/shm", constants.W_OK);
    return { dir: "/dev/shm", label: "/dev/shm (RAM)" };
  } catch {
    return { dir: tmpdir(), label: `${tmpdir()} (disk)` };
  }
}
