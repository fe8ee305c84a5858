// Substitution definitions: ".. |name| replace:: text", "image::", "unicode::", "date::".
import type { BlockState } from "../state_block.ts";
import type { Inline } from "../ast.ts";
import { firstKnownIndented } from "../lines.ts";
import { parseDirectiveBlock } from "../directives/parse.ts";
import { imageSpec } from "../directives/image.ts";
import { escapeToNull, unescape } from "../state_inline.ts";

const SUBSTITUTION = /^\.\. +\|(?![ ])((?:[^|\\]|\\.)+?)(?<![ \\])\|(?: +|$)/;
const DIRECTIVE = /^([\p{L}\p{N}_][\p{L}\p{N}_.+:-]*?) ?::(?: +|$)/u;

function unicodeText(args: string): string {
  const out: string[] = [];
  for (const token of args.split(/\s+/)) {
    if (token === ".." ) break;
    const m = /^(?:0x|x|\\x|U\+|u|\\u|&#x)([0-9a-f]+);?$/i.exec(token) ?? /^&#([0-9]+);$/.exec(token);
    if (m) {
      const radix = token.startsWith("&#") && !token.startsWith("&#x") ? 10 : 16;
      const cp = Number.parseInt(m[1] ?? "", radix);
      out.push(cp <= 0x10ffff ? String.fromCodePoint(cp) : token);
    } else if (/^[0-9]+$/.test(token)) {
      out.push(String.fromCodePoint(Math.min(Number.parseInt(token, 10), 0x10ffff)));
    } else {
      out.push(token);
    }
  }
  return out.join("");
}

export function substitutionDefinition(state: BlockState): boolean {
  const m = SUBSTITUTION.exec(state.line());
  if (!m) return false;
  const at = state.pos;
  const line = state.lineNo(at);
  const block = firstKnownIndented(state.lines, at, m[0].length);
  state.pos = block.end;
  const name = unescape(escapeToNull(m[1] ?? ""));
  const first = block.lines[0] ?? "";
  const d = DIRECTIVE.exec(first);
  if (!d) {
    state.ctx.reporter.error(line, `Substitution definition "${name}" missing contents.`);
    state.out.push({ type: "problem", source: state.lines.slice(at, block.end).join("\n"), message: "substitution definition without directive", line });
    return true;
  }
  const kind = (d[1] ?? "").toLowerCase();
  const rest = [first.slice(d[0].length), ...block.lines.slice(1)];
  let inlines: Inline[] | undefined;
  if (kind === "replace") {
    const text = rest.join("\n").trim();
    const nested = state.parseNested(rest.map((l) => l.trim()), line);
    const para = nested[0];
    inlines = nested.length === 1 && para?.type === "paragraph" ? para.children : state.inline(text, line);
  } else if (kind === "image") {
    const parsed = parseDirectiveBlock(rest, { args: 1, finalWhitespace: true, options: true });
    const spec = imageSpec({ args: parsed.args, options: parsed.options, line });
    if (spec.alt === undefined) spec.alt = name;
    inlines = [{ type: "image", image: spec }];
  } else if (kind === "unicode") {
    inlines = [{ type: "text", value: unicodeText(rest.join(" ").trim()) }];
  } else if (kind === "raw") {
    const parsed = parseDirectiveBlock(rest, { args: 1, finalWhitespace: true, options: true, content: true });
    const formats = (parsed.args[0] ?? "").toLowerCase().split(/\s+/);
    inlines = formats.includes("html") ? [{ type: "raw", value: parsed.content.join("\n") }] : [];
  } else if (kind === "date") {
    const now = new Date();
    inlines = [{ type: "text", value: now.toISOString().slice(0, 10) }];
    state.ctx.reporter.info(line, `"date" substitution "${name}" uses the conversion date.`);
  } else {
    state.ctx.reporter.error(line, `Invalid substitution definition directive "${kind}" for "${name}".`);
    state.out.push({ type: "problem", source: state.lines.slice(at, block.end).join("\n"), message: `unsupported substitution directive "${kind}"`, line });
    return true;
  }
  if (state.ctx.substitutions.has(name)) state.ctx.reporter.error(line, `Duplicate substitution definition name: "${name}".`);
  state.ctx.substitutions.set(name, { inlines, line });
  return true;
}
