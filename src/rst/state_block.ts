// Block parsing state: a run of (already dedented) lines, a cursor, and the blocks parsed so far.
import type { Block, Inline } from "./ast.ts";
import type { DocContext } from "./context.ts";
import { parseInline } from "./parser_inline.ts";

const MAX_NESTING = 64;

export type NestedParser = (lines: string[], base: number, ctx: DocContext, nested: boolean) => Block[];

export class BlockState {
  pos = 0;
  readonly out: Block[] = [];

  constructor(
    readonly lines: string[],
    /** Source line number (1-based) of lines[0]. */
    readonly base: number,
    readonly ctx: DocContext,
    /** Inside a list item, block quote, directive...: section titles are not allowed here. */
    readonly nested: boolean,
    private readonly nestedParser: NestedParser,
  ) {}

  line(i: number = this.pos): string { return this.lines[i] ?? ""; }
  lineNo(i: number = this.pos): number { return this.base + i; }
  get eof(): boolean { return this.pos >= this.lines.length; }

  /** Parses an indented body (list item, definition, directive content) as blocks of its own. */
  parseNested(lines: string[], base: number): Block[] {
    // Deeply nested input (hundreds of list markers or indents) is kept as literal text instead of recursing further.
    if (this.ctx.nesting >= MAX_NESTING) {
      this.ctx.reporter.error(base, `Nesting deeper than ${MAX_NESTING} levels; kept as literal text.`);
      return lines.some((l) => l.trim()) ? [{ type: "literal_block", value: lines.join("\n"), line: base }] : [];
    }
    this.ctx.nesting++;
    try {
      return this.nestedParser(lines, base, this.ctx, true);
    } finally {
      this.ctx.nesting--;
    }
  }

  /** Parses an included file's lines where the include:: stands: at the document's level, sections allowed there too. */
  parseIncluded(lines: string[], base: number, file: string): Block[] {
    if (this.ctx.nesting >= MAX_NESTING) {
      this.ctx.reporter.error(base, `Nesting deeper than ${MAX_NESTING} levels; kept as literal text.`);
      return lines.some((l) => l.trim()) ? [{ type: "literal_block", value: lines.join("\n"), line: base }] : [];
    }
    this.ctx.nesting++;
    this.ctx.fileStack.push(file);
    try {
      return this.nestedParser(lines, base, this.ctx, this.nested);
    } finally {
      this.ctx.fileStack.pop();
      this.ctx.nesting--;
    }
  }

  inline(text: string, line: number): Inline[] { return parseInline(text, this.ctx, line); }
}
