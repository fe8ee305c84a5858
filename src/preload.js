// Loaded before tsx (`node --import ./src/preload.js --import tsx …`): the build's npm dependencies are plain
// JavaScript, and imported here they skip tsx's loader hooks, which cost a round trip to its loader thread for each of
// their hundreds of modules. Measured on an empty site: 0.2–0.3 s of a 1.1 s start-up. Nothing else belongs here.

// Eleventy's ESM cache-buster hook re-imports changed JavaScript data files and configs while serving; the content has
// none (src/eleventy/trust.ts) and src/ is not reloaded, so it would only put one more hook before every import.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
await Promise.all(
  ["@11ty/eleventy", "markdown-it", "markdown-it-anchor", "nunjucks", "zod", "luxon", "js-yaml", "parse5", "jsonc-parser", "saxes", "@touch4it/ical-timezones"].map(
    (name) => import(name),
  ),
);
