// Reads markdown-it style fixture files: a one-line description, then input, ".", expected output, "." per block;
// optionally followed by the problems expected ("error 3: Malformed table.", continuation lines indented), then ".".
import { readFileSync } from "node:fs";
import type { RstProblem } from "../../src/rst/index.ts";

export interface FixtureBlock { file: string; line: number; description: string; input: string; expected: string; problems?: RstProblem[] }

const PROBLEM = /^(info|warning|error) (\d+): (.*)$/;

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
    let problems: RstProblem[] | undefined;
    if (PROBLEM.test(lines[i] ?? "")) {
      problems = [];
      while (i < lines.length && lines[i] !== ".") {
        const m = PROBLEM.exec(lines[i]!);
        if (m) problems.push({ level: m[1] as RstProblem["level"], line: Number(m[2]), message: m[3]! });
        else if (lines[i]!.startsWith("  ") && problems.length > 0) problems[problems.length - 1]!.message += `\n${lines[i]!.slice(2)}`;
        else throw new Error(`${file}:${i + 1}: expected a problem ("error 3: message") or "."`);
        i++;
      }
      if (i >= lines.length) throw new Error(`${file}:${line}: unterminated problems`);
      i++;
    }
    blocks.push({ file, line, description, input: input.join("\n") + "\n", expected: expected.join("\n"), ...(problems ? { problems } : {}) });
  }
  return blocks;
}

/** A problem as a fixture file writes it. */
export function formatProblem(p: RstProblem): string {
  return `${p.level} ${p.line}: ${p.message.replace(/\n/g, "\n  ")}`;
}
