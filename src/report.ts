// A failed build as the organizer reads it: one line per content problem, or the chain of causes, never a stack trace.
import { ContentError, formatProblem, type ContentProblem } from "./schema/problem.ts";

/** An error and what it wraps (Eleventy's originalError, or cause), outermost first, at most ten deep. */
function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 10; ) {
    chain.push(current);
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return chain;
}

/**
 * The ContentError behind whatever Eleventy wrapped it in, if there is one. Told by its name and problems rather than
 * instanceof: Eleventy may load the config (and the modules it imports) a second time, as another module instance.
 */
export function findContentError(error: unknown): ContentError | undefined {
  return errorChain(error).find((e): e is ContentError => e instanceof Error && e.name === "ContentError" && Array.isArray((e as ContentError).problems));
}

/** The heading and the lines of a failure report: `Build failed: 2 problems in the content (_site left as it was):`. */
export function failureReport(error: unknown, outcome: string): { heading: string; lines: string[] } {
  const content = findContentError(error);
  if (content) {
    const count = content.problems.length;
    return { heading: `Build failed: ${count} problem${count === 1 ? "" : "s"} in the content (${outcome}):`, lines: content.problems.map(formatProblem) };
  }
  return { heading: `Build failed (${outcome}):`, lines: errorChain(error).map((cause) => String((cause as Error)?.message ?? cause)) };
}

/** Under GitHub Actions (GITHUB_ACTIONS=true) problems are also printed as workflow commands, shown on the files. */
export function onGitHubActions(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.GITHUB_ACTIONS === "true";
}

/** A GitHub workflow command: `::error file=content/talk/x.md,line=4::content/talk/x.md:4: field …`, escaped as GitHub reads it. */
export function githubAnnotation(kind: "error" | "warning", problem: ContentProblem): string {
  const data = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
  const place = [`file=${property(problem.file)}`, ...(problem.line ? [`line=${problem.line}`] : []), ...(problem.column ? [`col=${problem.column}`] : [])];
  return `::${kind} ${place.join(",")}::${data(formatProblem(problem))}`;
}
