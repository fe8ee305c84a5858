// What `npm start` adds to Eleventy's dev server: data edits rebuild, and broken content is shown in the browser as one-line problems.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BuildState } from "./conference.ts";
import type { EleventyConfig } from "./types.ts";

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The page every navigation gets while the content is broken; the dev server adds its reload script, so a fix reloads it. */
export function problemsPage(failure: { heading: string; lines: string[] }): string {
  const items = failure.lines.map((line) => `<li><code>${escapeHtml(line)}</code></li>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Build failed</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}code{white-space:pre-wrap;word-break:break-word}li{margin:.5rem 0}</style></head>
<body><main><h1>Build failed</h1><p>${escapeHtml(failure.heading)}</p><ul>
${items}
</ul><p>Fix the files and save: this page reloads by itself.</p></main></body>
</html>
`;
}

export function registerDevServer(eleventyConfig: EleventyConfig, inputDir: string, state: BuildState): void {
  // Eleventy reads nothing in the content folder itself (src/eleventy/trust.ts), so it would watch none of it either.
  eleventyConfig.addWatchTarget(inputDir);
  // A saved file counts as written once it has not changed for 40 ms (Eleventy waits 150 ms): an edit shows sooner.
  eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 } });
  eleventyConfig.setServerOptions({
    middleware: [
      (request: IncomingMessage, response: ServerResponse, next: () => void) => {
        const navigation = request.headers["sec-fetch-mode"] === "navigate" || (request.headers.accept ?? "").includes("text/html");
        if (!state.failure || !navigation || request.url?.startsWith("/.11ty/")) return next();
        response.statusCode = 500;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end(problemsPage(state.failure));
      },
    ],
  });
}
