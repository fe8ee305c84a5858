// raw:: html — passed through untouched; raw content for other formats is not for HTML output and is dropped.
import type { Directive } from "./types.ts";

export const raw: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: ["class", "encoding", "file", "url"], content: true, requiredArgs: 1 },
  run(call) {
    const formats = (call.args[0] ?? "").toLowerCase().split(/\s+/);
    if (call.options.file !== undefined || call.options.url !== undefined) {
      call.state.ctx.reporter.warning(call.line, `"raw" directive: the :file: and :url: options are not supported; content kept as a comment.`);
      return [{ type: "problem", source: call.source, message: "raw directive with external content", line: call.line }];
    }
    if (call.content.length === 0) {
      call.state.ctx.reporter.error(call.line, `Content block expected for the "raw" directive; none found.`);
      return [{ type: "problem", source: call.source, message: "raw directive without content", line: call.line }];
    }
    if (!formats.includes("html")) {
      call.state.ctx.reporter.info(call.line, `raw content for "${formats.join(" ")}" dropped from HTML output.`);
      return [];
    }
    return [{ type: "raw", format: "html", value: call.content.join("\n"), line: call.line }];
  },
};
