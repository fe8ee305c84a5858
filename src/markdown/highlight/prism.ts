// Prism loaded on first use, and of its grammars only those the pages ask for: a site without code pays nothing.
import { createRequire } from "node:module";
import type * as Prism from "prismjs";
import { COMPONENTS, GRAMMAR_OF } from "./languages.ts";

const load = createRequire(import.meta.url);
let prism: typeof Prism | undefined;
const loaded = new Set<string>();

/** The Prism grammar for a fence name, loading it (and Prism) the first time; undefined for languages not highlighted. */
export function grammarFor(language: string): { prism: typeof Prism; grammar: Prism.Grammar } | undefined {
  const name = GRAMMAR_OF.get(language.toLowerCase());
  if (!name) return undefined;
  prism ??= load("prismjs/components/prism-core.min.js") as typeof Prism;
  for (const component of COMPONENTS[name] ?? []) {
    if (loaded.has(component)) continue;
    // Component files add themselves to the global Prism: make sure it is this one.
    (globalThis as { Prism?: unknown }).Prism = prism;
    load(`prismjs/components/prism-${component}.min.js`);
    loaded.add(component);
  }
  const grammar = prism.languages[name];
  return grammar ? { prism, grammar } : undefined;
}
