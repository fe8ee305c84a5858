// Reads markdown-it style fixture files: a one-line description, then input, ".", expected output, "." per block.
import { readFileSync } from "node:fs";

export interface FixtureBlock { file: string; line: number; description: string; input: string; expected: string }

export function readFixtures(path: string, file: string): FixtureBlock[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const blocks: FixtureBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i]!.trim() === "") { i++; continue; }
    const line = i + 1;
    const description = lines[i]!;
    i++;
    if (lines[i] !== ".") throw new Error(`${file}:${i + 1}: expected "." after the description`);
    i++;
    const input: string[] = [];
    while (i < lines.length && lines[i] !== ".") input.push(lines[i++]!);
    i++;
    const expected: string[] = [];
    while (i < lines.length && lines[i] !== ".") expected.push(lines[i++]!);
    if (i >= lines.length) throw new Error(`${file}:${line}: unterminated block`);
    i++;
    blocks.push({ file, line, description, input: input.join("\n") + "\n", expected: expected.join("\n") });
  }
  return blocks;
}
