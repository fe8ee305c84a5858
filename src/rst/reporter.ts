// Collects problems as {level, line, message}, like docutils' Reporter, instead of stopping at the first.

export type ProblemLevel = "info" | "warning" | "error";
/** `file` is set when the problem is in an included file; `line` is then that file's line. */
export interface RstProblem { level: ProblemLevel; line: number; message: string; file?: string }

/** Lines of included files are numbered from here on, so every block keeps one line number that says where it came from. */
export const INCLUDED_LINES = 2 ** 30;

export class Reporter {
  readonly problems: RstProblem[] = [];
  /** Included files in the order they were read, each owning the line numbers from its base on. */
  private readonly sources: { base: number; file: string }[] = [];
  private nextBase = INCLUDED_LINES;

  /** Line numbers for a file of `lineCount` lines read by include::; its first line gets the number returned. */
  addSource(file: string, lineCount: number): number {
    const base = this.nextBase;
    this.sources.push({ base, file });
    this.nextBase += lineCount + 1;
    return base;
  }

  /** The file (when not the document's own) and line a line number stands for. */
  locate(line: number): { line: number; file?: string } {
    if (line < INCLUDED_LINES || this.sources.length === 0) return { line };
    let lo = 0;
    let hi = this.sources.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.sources[mid]!.base <= line) lo = mid;
      else hi = mid - 1;
    }
    const source = this.sources[lo]!;
    return { line: line - source.base + 1, file: source.file };
  }

  private push(level: ProblemLevel, line: number, message: string): void {
    const at = this.locate(line);
    this.problems.push({ level, line: at.line, message, ...(at.file !== undefined ? { file: at.file } : {}) });
  }

  info(line: number, message: string): void { this.push("info", line, message); }
  warning(line: number, message: string): void { this.push("warning", line, message); }
  error(line: number, message: string): void { this.push("error", line, message); }
}
