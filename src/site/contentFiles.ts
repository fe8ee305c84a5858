// The files of a content folder the build uses: _data, hidden folders and node_modules left out, in a stable order.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Absolute paths of the files whose name passes `keep`, depth first, sorted by name at each level. */
export function listContentFiles(inputDir: string, keep: (name: string) => boolean): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".") || name.startsWith("_") || name === "node_modules") continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (keep(name)) files.push(path);
    }
  };
  walk(inputDir);
  return files;
}
