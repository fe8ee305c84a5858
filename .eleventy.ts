// Eleventy's configuration: it only wires the register…() functions from src/eleventy/, each one concern of the build.
import type { EleventyConfig } from "./src/eleventy/types.ts";
import { registerConference, settingsForConfig } from "./src/eleventy/conference.ts";
import { registerProjectFiles } from "./src/eleventy/projectFiles.ts";
import { registerTrust } from "./src/eleventy/trust.ts";
import { registerDevServer } from "./src/eleventy/devServer.ts";

export default function (eleventyConfig: EleventyConfig) {
  const inputDir = (eleventyConfig.directories as { input: string }).input;
  // The model: settings, event, speakers and every content file, read and checked before each build (src/model/);
  // every page rendered from it with the project's layouts, and written with the calendars, schedules and assets.
  const state = registerConference(eleventyConfig, inputDir);
  // Content is data: Eleventy renders only the project's templates, runs no code from the content folder, writes only into the output.
  registerTrust(eleventyConfig, inputDir);
  // The project's own files: templates and CSS watched, public/ copied.
  registerProjectFiles(eleventyConfig);
  // While serving: data edits rebuild, and broken content shows its problems in the browser.
  registerDevServer(eleventyConfig, inputDir, state);
  return {
    // For the dev server, which serves the site under it; links carry the prefix already (src/model/docs.ts).
    pathPrefix: settingsForConfig(inputDir).pathPrefix,
    markdownTemplateEngine: false as const,
    htmlTemplateEngine: false as const,
  };
}
