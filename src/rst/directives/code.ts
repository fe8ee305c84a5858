// code::, code-block:: and sourcecode:: (Pelican's and Sphinx's names): a literal block with a language.
import type { Directive } from "./types.ts";

export const code: Directive = {
  spec: { args: 1, options: true, content: true },
  run(call) {
    if (call.content.length === 0) {
      call.state.ctx.reporter.warning(call.line, `Content block expected for the "${call.name}" directive; none found.`);
      return [];
    }
    const language = call.args[0];
    // Pelican's code-block and sourcecode emit a raw node, which docutils' title and docinfo transforms step over.
    const pelicanRaw = call.name !== "code";
    // Pelican's :linenos: (empty means "table", "none" means none); docutils' code:: has :number-lines: instead.
    const requested = call.options.linenos ?? (call.options["number-lines"] !== undefined ? "inline" : undefined);
    const linenos = requested === undefined || requested === "none" ? undefined : requested === "inline" ? "inline" : "table";
    const startOption = call.options.linenostart ?? call.options["number-lines"];
    const linenostart = startOption ? Number.parseInt(startOption, 10) : undefined;
    return [{
      type: "literal_block", value: call.content.join("\n"), line: call.contentLine, ...(language ? { language } : {}), ...(pelicanRaw ? { pelicanRaw } : {}),
      ...(linenos ? { linenos } : {}), ...(linenos && linenostart && !Number.isNaN(linenostart) ? { linenostart } : {}),
    }];
  },
};

export const parsedLiteral: Directive = {
  spec: { args: 0, options: true, content: true },
  run(call) {
    const value = call.content.join("\n");
    return [{ type: "literal_block", value, line: call.contentLine, inlines: call.state.inline(value, call.contentLine) }];
  },
};
