// Splits a directive block into arguments, options and content the way docutils' parse_directive_block does.
import type { DirectiveSpec } from "./types.ts";
import { isBlank, dedent } from "../lines.ts";
import { FIELD_MARKER } from "../rules_block/common.ts";

export interface ParsedDirective { args: string[]; options: Record<string, string>; content: string[]; contentOffset: number; error?: string }

/** An option block as docutils reads it: a field list, each name known (when `names` is given) and given once. */
export function parseOptions(lines: string[], names?: readonly string[]): { options: Record<string, string>; error?: string } {
  const fields: [string, string][] = [];
  let i = 0;
  while (i < lines.length) {
    const m = FIELD_MARKER.exec(lines[i] ?? "");
    if (!m) return { options: {}, error: "invalid option block" };
    const body = [(lines[i] ?? "").slice(m[0].length)];
    i++;
    while (i < lines.length && /^\s/.test(lines[i] ?? "")) body.push((lines[i] ?? "").trim()), i++;
    fields.push([m[1] ?? "", body.join("\n").trim()]);
  }
  const options: Record<string, string> = {};
  for (const [field, value] of fields) {
    if (/\s/.test(field.trim())) return { options, error: "invalid option data: extension option field name may not contain multiple words" };
    const name = field.toLowerCase();
    if (names && !names.includes(name)) return { options, error: `unknown option: "${name}"` };
    if (name in options) return { options, error: `invalid option data: duplicate option "${name}"` };
    options[name] = value;
  }
  return { options };
}

export function parseDirectiveBlock(block: string[], spec: DirectiveSpec): ParsedDirective {
  let lines = [...block];
  let offset = 0;
  if (lines.length > 0 && isBlank(lines[0])) { lines.shift(); offset++; }
  while (lines.length > 0 && isBlank(lines[lines.length - 1])) lines.pop();
  let argBlock: string[] = [];
  let content: string[];
  let contentOffset: number;
  let i = 0;
  if (lines.length > 0 && (spec.args > 0 || spec.options)) {
    while (i < lines.length && !isBlank(lines[i])) i++;
    argBlock = lines.slice(0, i);
    content = lines.slice(i + 1);
    contentOffset = offset + i + 1;
  } else {
    content = lines;
    contentOffset = offset;
  }
  let options: Record<string, string> = {};
  let error: string | undefined;
  if (spec.options) {
    const at = argBlock.findIndex((l) => FIELD_MARKER.test(l));
    if (at >= 0) {
      const parsed = parseOptions(argBlock.slice(at), spec.optionNames);
      options = parsed.options;
      error = parsed.error;
      argBlock = argBlock.slice(0, at);
    }
  }
  if (argBlock.length > 0 && spec.args === 0) {
    content = [...argBlock, ...lines.slice(i)];
    contentOffset = offset;
    argBlock = [];
  }
  while (content.length > 0 && isBlank(content[0])) { content.shift(); contentOffset++; }
  const argText = argBlock.join("\n").trim();
  let args: string[] = [];
  if (argText) {
    if (spec.finalWhitespace) {
      const words = argText.split(/\s+/);
      args = [...words.slice(0, spec.args - 1), words.slice(spec.args - 1).join(" ")];
      if (spec.args === 1) args = [argText];
    } else {
      args = argText.split(/\s+/);
      if (args.length > spec.args) error ??= `maximum ${spec.args} argument(s) allowed, ${args.length} supplied`;
    }
  }
  return { args, options, content: dedent(content), contentOffset, ...(error ? { error } : {}) };
}
