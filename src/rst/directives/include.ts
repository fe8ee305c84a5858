// include:: another file's text, read through the caller's readFile: parsed where the directive stands, or as a literal or code block.
import type { Block } from "../ast.ts";
import type { Directive } from "./types.ts";
import { readExternal } from "../files.ts";
import { toLines } from "../lines.ts";

/** Python's readlines: lines with their line ends. */
function linesWithEnds(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function intOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number.parseInt(value, 10);
  return Number.isNaN(n) ? undefined : n;
}

export const include: Directive = {
  spec: {
    args: 1, finalWhitespace: true, options: true, requiredArgs: 1,
    optionNames: ["class", "code", "encoding", "end-before", "end-line", "literal", "name", "number-lines", "parser", "start-after", "start-line", "tab-width"],
  },
  run(call) {
    const ctx = call.state.ctx;
    const path = (call.args[0] ?? "").replace(/\s+/g, " ").trim();
    const kept = (message: string): Block[] => [{ type: "problem", source: call.source, message, line: call.line }];
    // <isonum.txt> and its kind live in docutils' own folder, which content has no business reading.
    if (path.startsWith("<") && path.endsWith(">")) {
      ctx.reporter.warning(call.line, `"include" directive: docutils' standard file ${path} is not available here; not included.`);
      return kept("standard include file");
    }
    const read = readExternal(ctx, "include", path, call.line, call.options.encoding);
    if ("failed" in read) return kept(`include not read: ${read.failed}`);
    const o = call.options;
    const startLine = intOption(o["start-line"]);
    const endLine = intOption(o["end-line"]);
    let text = startLine || endLine !== undefined ? linesWithEnds(read.text).slice(startLine ?? 0, endLine).join("") : read.text;
    const after = o["start-after"];
    if (after) {
      const at = text.indexOf(after);
      if (at < 0) {
        ctx.reporter.error(call.line, `Problem with "start-after" option of "include" directive:\nText not found.`);
        return kept("start-after text not found");
      }
      text = text.slice(at + after.length);
    }
    const before = o["end-before"];
    if (before) {
      const at = text.indexOf(before);
      if (at < 0) {
        ctx.reporter.error(call.line, `Problem with "end-before" option of "include" directive:\nText not found.`);
        return kept("end-before text not found");
      }
      text = text.slice(0, at);
    }
    if (o.literal !== undefined || o.code !== undefined) {
      const numbered = o["number-lines"] !== undefined;
      const start = numbered ? intOption(o["number-lines"]) ?? 1 : undefined;
      const language = o.code?.trim() || undefined;
      return [{
        // A browser drops the line end right after <pre>, where docutils puts the text: so one leading line end goes.
        type: "literal_block", value: text.replace(/^\n/, "").replace(/\n$/, ""), line: call.line, ...(language ? { language } : {}),
        ...(numbered ? { linenos: "inline" as const, ...(start !== undefined && start !== 1 ? { linenostart: start } : {}) } : {}),
      }];
    }
    const entry = `${read.file}\u0000${[startLine, endLine, before, after].join("\u0000")}`;
    if (ctx.includeLog.length === 0) ctx.includeLog.push(`${ctx.fileStack[0] ?? "<string>"}\u0000\u0000\u0000\u0000`);
    if (ctx.includeLog.includes(entry)) {
      // docutils warns (and Pelican then stops on the page); a loop is an error either way, and is not followed.
      const chain = [read.file, ...ctx.includeLog.map((e) => e.split("\u0000")[0]!).reverse()].join("\n> ");
      ctx.reporter.error(call.line, `circular inclusion in "include" directive:\n${chain}`);
      return kept("circular inclusion");
    }
    const lines = toLines(text);
    const base = ctx.reporter.addSource(read.file, lines.length);
    ctx.includeLog.push(entry);
    try {
      return call.state.parseIncluded(lines, base, read.file);
    } finally {
      ctx.includeLog.pop();
    }
  },
};
