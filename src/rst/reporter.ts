// Collects problems as {level, line, message}, like docutils' Reporter, instead of stopping at the first.

export type ProblemLevel = "info" | "warning" | "error";
export interface RstProblem { level: ProblemLevel; line: number; message: string }

export class Reporter {
  readonly problems: RstProblem[] = [];
  info(line: number, message: string): void { this.problems.push({ level: "info", line, message }); }
  warning(line: number, message: string): void { this.problems.push({ level: "warning", line, message }); }
  error(line: number, message: string): void { this.problems.push({ level: "error", line, message }); }
}
