// Files that include::, raw:: and csv-table:: name, read through the caller's readFile and decoded as docutils decodes them.
import type { DocContext } from "./context.ts";

export type ExternalText = { text: string; file: string } | { failed: string };

/**
 * The text of `path` for directive `name` at `line`, or why not (already reported): docutils' messages where it has
 * one, a warning where the reader refused the path (it leaves the site's folder).
 */
export function readExternal(ctx: DocContext, name: string, path: string, line: number, encoding?: string): ExternalText {
  const reader = ctx.options.readFile;
  if (!reader) {
    ctx.reporter.warning(line, `"${name}" directive: "${path}" was not read (no files can be read here).`);
    return { failed: "no files can be read here" };
  }
  const read = reader(path, ctx.currentFile);
  if ("error" in read) {
    if (read.refused) ctx.reporter.warning(line, `"${name}" directive: "${path}" ${read.error}; not read.`);
    else ctx.reporter.error(line, `Problems with "${name}" directive path:\n${read.error}.`);
    return { failed: read.error };
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding ?? "utf-8", { fatal: true });
  } catch {
    ctx.reporter.error(line, `Error in "${name}" directive:\ninvalid option value: (option: "encoding"; value: '${encoding}')\nunknown encoding: "${encoding}".`);
    return { failed: "unknown encoding" };
  }
  try {
    return { text: decoder.decode(read.bytes).replace(/^\uFEFF/, ""), file: read.file };
  } catch {
    ctx.reporter.error(line, `Problem with "${name}" directive:\nUnicodeDecodeError: "${read.file}" is not ${encoding ?? "utf-8"} text.`);
    return { failed: "not text" };
  }
}
