// code::, code-block:: and sourcecode:: (Pelican's and Sphinx's names): a literal block with a language.
import type { Directive } from "./types.ts";

export const code: Directive = {
  spec: { args: 1, options: true, optionNames: ["class", "name", "number-lines"], content: true, contentRequired: { level: "error" } },
  run(call) {
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

/** Pelican's code-block and sourcecode take Pygments' HTML formatter options instead. */
export const pygmentsCode: Directive = {
  spec: {
    ...code.spec,
    finalWhitespace: true,
    requiredArgs: 1,
    optionNames: ["anchorlinenos", "classprefix", "hl_lines", "lineanchors", "linenos", "linenospecial", "linenostart", "linenostep",
      "lineseparator", "linespans", "nobackground", "nowrap", "tagsfile", "tagurlformat"],
  },
  run: code.run,
};

export const parsedLiteral: Directive = {
  spec: { args: 0, options: true, optionNames: ["class", "name"], content: true, contentRequired: { level: "error" } },
  run(call) {
    const value = call.content.join("\n");
    return [{ type: "literal_block", value, line: call.contentLine, inlines: call.state.inline(value, call.contentLine) }];
  },
};
