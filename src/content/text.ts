// Reading a content file as text: a byte-order mark is dropped, and bytes that are not UTF-8 are a problem with a line.
import { lstatSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { isAbsolute, relative } from "node:path";

export type TextFile = { text: string } | { line?: number; expected: string; found: string };

/** Larger than any page or data file a conference writes; a bigger one is a mistake or an attack on the build. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/** Offset of the first byte that does not start or continue a UTF-8 sequence (only called once isUtf8 said no). */
function firstInvalidByte(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}

/**
 * The file's text, or why it is not read: not a regular file (a pipe or a device would never end), a link leaving
 * `root`, larger than MAX_TEXT_BYTES, or where it stops being UTF-8 (silently turning bytes into U+FFFD would publish
 * damaged text).
 */
export function readTextFile(path: string, root?: string): TextFile {
  if (root !== undefined && lstatSync(path).isSymbolicLink()) {
    const rel = relative(realpathSync(root), realpathSync(path));
    if (rel.startsWith("..") || isAbsolute(rel)) return { expected: "a file, or a link to a file inside the content folder", found: "a link to a file outside it" };
  }
  const stats = statSync(path);
  if (!stats.isFile()) return { expected: "a file", found: "a device, socket or pipe" };
  if (stats.size > MAX_TEXT_BYTES) return { expected: `a file of at most ${MAX_TEXT_BYTES / 1024 / 1024} MiB`, found: `${(stats.size / 1024 / 1024).toFixed(1)} MiB` };
  const bytes = readFileSync(path);
  if (!isUtf8(bytes)) {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return { line, expected: "UTF-8 text", found: `the byte 0x${bytes[at]?.toString(16).padStart(2, "0") ?? "??"}, which is not UTF-8 (is the file saved in another encoding?)` };
  }
  const text = bytes.toString("utf8");
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
