// raw:: html — passed through untouched (from its content or a :file:); raw content for other formats is not for HTML output and is dropped.
import type { Directive } from "./types.ts";
import { readExternal } from "../files.ts";

export const raw: Directive = {
  spec: { args: 1, finalWhitespace: true, options: true, optionNames: ["class", "encoding", "file", "url"], content: true, requiredArgs: 1 },
  run(call) {
    const formats = (call.args[0] ?? "").toLowerCase().split(/\s+/);
    const ctx = call.state.ctx;
    const kept = (message: string) => [{ type: "problem" as const, source: call.source, message, line: call.line }];
    let value = call.content.join("\n");
    if (call.content.length > 0 && (call.options.file !== undefined || call.options.url !== undefined)) {
      ctx.reporter.error(call.line, `"raw" directive may not both specify an external file and have content.`);
      return kept("raw directive with content and external data");
    }
    if (call.options.file !== undefined && call.options.url !== undefined) {
      ctx.reporter.error(call.line, `The "file" and "url" options may not be simultaneously specified for the "raw" directive.`);
      return kept("raw directive with :file: and :url:");
    }
    if (call.options.url !== undefined) {
      // Content is read from the site's own folder only: a build that fetched URLs would publish whatever they return.
      ctx.reporter.warning(call.line, `"raw" directive: :url: content is not fetched ("${call.options.url}"); left out.`);
      return kept("raw directive with :url:");
    }
    if (call.options.file !== undefined) {
      if (!formats.includes("html")) return [];
      const read = readExternal(ctx, "raw", call.options.file, call.line, call.options.encoding);
      if ("failed" in read) return kept(`raw file not read: ${read.failed}`);
      value = read.text;
    } else if (call.content.length === 0) {
      ctx.reporter.error(call.line, `Content block expected for the "raw" directive; none found.`);
      return kept("raw directive without content");
    }
    if (!formats.includes("html")) {
      call.state.ctx.reporter.info(call.line, `raw content for "${formats.join(" ")}" dropped from HTML output.`);
      return [];
    }
    return [{ type: "raw", format: "html", value, line: call.line }];
  },
};
