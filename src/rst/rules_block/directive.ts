// Directives: ".. name:: arguments", options and content, dispatched to the directive table.
import type { BlockState } from "../state_block.ts";
import { firstKnownIndented } from "../lines.ts";
import { directives } from "../directives/index.ts";
import { parseDirectiveBlock } from "../directives/parse.ts";
import { keptAsLiteral, reportInternal } from "../guard.ts";

const DIRECTIVE = /^\.\. +([\p{L}\p{N}_][\p{L}\p{N}_.+:-]*?) ?::(?: +|$)/u;

export function directive(state: BlockState): boolean {
  const m = DIRECTIVE.exec(state.line());
  if (!m) return false;
  const at = state.pos;
  const line = state.lineNo(at);
  const block = firstKnownIndented(state.lines, at, m[0].length);
  state.pos = block.end;
  const source = state.lines.slice(at, block.end).join("\n");
  const name = (m[1] ?? "").toLowerCase();
  const entry = directives[name];
  if (!entry) {
    // Its text stays on the page (a plugin's directive holds the author's words): docutils' own message, kept visible.
    state.ctx.reporter.error(line, `Unknown directive type "${m[1]}".`);
    state.out.push({ type: "problem", source, message: `unknown directive "${m[1]}"`, line, visible: true });
    return true;
  }
  const parsed = parseDirectiveBlock(block.lines, entry.spec);
  if (parsed.error) {
    state.ctx.reporter.error(line, `Error in "${name}" directive:\n${parsed.error}.`);
    state.out.push({ type: "problem", source, message: `invalid "${name}" directive`, line });
    return true;
  }
  if (!entry.spec.content && parsed.content.length > 0) {
    state.ctx.reporter.error(line, `Error in "${name}" directive:\nno content permitted.`);
    state.out.push({ type: "problem", source, message: `"${name}" directive with content`, line });
    return true;
  }
  const required = entry.spec.requiredArgs ?? 0;
  if (parsed.args.length < required) {
    state.ctx.reporter.error(line, `Error in "${name}" directive:\n${required} argument(s) required, ${parsed.args.length} supplied.`);
    state.out.push({ type: "problem", source, message: `"${name}" directive without arguments`, line });
    return true;
  }
  const needs = entry.spec.contentRequired;
  if (needs && parsed.content.length === 0) {
    state.ctx.reporter[needs.level](line, needs.message ?? `Content block expected for the "${name}" directive; none found.`);
    state.out.push({ type: "problem", source, message: `"${name}" directive without content`, line });
    return true;
  }
  try {
    state.out.push(...entry.run({ name, args: parsed.args, options: parsed.options, content: parsed.content, contentLine: line + parsed.contentOffset, line, source, state }));
  } catch (err) {
    // A bug in one directive costs that directive, kept as literal text, never the page.
    reportInternal(state.ctx, line, `"${name}" directive`, err);
    state.out.push(keptAsLiteral(state.lines.slice(at, block.end), line));
  }
  return true;
}
