// Directives with no visible output in a page body (metadata, styling hints, numbering): reported, not converted.
import type { Directive } from "./types.ts";

export function silent(message: string, level: "info" | "warning"): Directive {
  return {
    spec: { args: 1, finalWhitespace: true, options: true, content: true },
    run(call) {
      call.state.ctx.reporter[level](call.line, `"${call.name}" directive: ${message}`);
      return [];
    },
  };
}
