// The markdown-it options every markdown in the project is read with: the build's renderer and the reST writer's fragments.
import type { Options } from "markdown-it/lib/index.mjs";

/** Raw HTML on (imported pages need it; src/markdown/body.ts checks it), no autolinking, no typographic replacements. */
export const MARKDOWN_OPTIONS: Options = { html: true, linkify: false, typographer: false };
