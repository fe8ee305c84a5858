// One fuzz input through the reader (and now and then markdown-it): how long it took, and its failure, if any.
import { performance } from "node:perf_hooks";
import type { MarkdownIt } from "markdown-it";
import { rstToMarkdown } from "../../../src/rst/index.ts";

export const LIMIT_MS = 100;
export const SIZE_LIMIT = 10_000;

export interface Failure {
  /** Groups failures of one bug: where it happened (an internal error's place), else its message. */
  key: string;
  message: string;
}

/** Every failure of one input: each internal error it caused, or the one throw or render crash. */
export interface Outcome { ms: number; markdown: string; failures: Failure[] }

function thrownAt(err: unknown): string {
  const m = /src[\\/]rst[\\/]([^\s:()]+\.ts):(\d+)/.exec(err instanceof Error ? err.stack ?? "" : "");
  return m ? ` at ${m[1]}:${m[2]}` : "";
}

/** Converts `input` (and renders the markdown when `md` is given); an internal error, a throw or a render crash is a failure. */
export function check(input: string, md?: MarkdownIt): Outcome {
  const t0 = performance.now();
  let conversion;
  try {
    conversion = rstToMarkdown(input);
  } catch (err) {
    const message = `threw: ${err instanceof Error ? err.message : String(err)}${thrownAt(err)}`;
    return { ms: performance.now() - t0, markdown: "", failures: [{ key: message, message }] };
  }
  const ms = performance.now() - t0;
  const failures = conversion.problems.filter((p) => p.message.startsWith("internal")).map((p) => {
    const m = /^internal error \(([^)]*)\): [\s\S]*? at (\S+)$/.exec(p.message);
    return { key: m ? `${m[1]} at ${m[2]}` : p.message, message: `line ${p.line}: ${p.message}` };
  });
  if (failures.length > 0) return { ms, markdown: conversion.markdown, failures };
  if (md) {
    try {
      md.render(conversion.markdown);
    } catch (err) {
      const message = `markdown-it threw on the written markdown: ${err instanceof Error ? err.message : String(err)}`;
      return { ms, markdown: conversion.markdown, failures: [{ key: message, message }] };
    }
  }
  return { ms, markdown: conversion.markdown, failures: [] };
}

/** The best of a few more runs of a slow input: its algorithmic cost, without a garbage collection pause or JIT compilation in it. */
export function retime(input: string, ms: number): number {
  for (let again = 0; again < 3 && ms > LIMIT_MS / 4; again++) {
    const t0 = performance.now();
    rstToMarkdown(input);
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
}
