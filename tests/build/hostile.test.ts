// Issue 7, items 1 and 2: a content folder from a pull request can neither write outside the output folder nor run code.
// Each test builds such content and checks the harm did not happen: no file outside, no marker written by the payload.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import type { Doc, SiteView } from "../../src/model/docs.ts";
import { renderDoc, type Layouts } from "../../src/render/layouts.ts";
import Eleventy from "@11ty/eleventy";
import { findContentError } from "../../src/build.ts";
import { registerTrust } from "../../src/eleventy/trust.ts";
import type { EleventyConfig } from "../../src/eleventy/types.ts";
import { ContentError } from "../../src/schema/problem.ts";
import { RESERVED_FIELDS } from "../../src/schema/frontMatter.ts";
import { buildInto, buildProblems, configAround, CONTENT, copyContent, temporaryDir, writeInto } from "../helpers/site.ts";

/** JavaScript that leaves a file at `marker` when it runs. */
const payload = (marker: string) => `process.getBuiltinModule('fs').writeFileSync(${JSON.stringify(marker)}, 'ran')`;

function page(frontMatter: string, body = "Hello.\n"): string {
  return `---\ntitle: A page\n${frontMatter}---\n\n${body}`;
}

describe("issue 7.1: nothing is written outside the output folder", () => {
  test("a computed permalink (eleventyComputed) is refused, and nothing lands outside", async () => {
    const { root, input } = copyContent("escape", (dir) => writeInto(dir, "x.md", page('eleventyComputed:\n  permalink: "../../escaped.html"\n')));
    const problems = await buildProblems(input, join(root, "out", "_site"));
    assert.deepEqual(problems.map((p) => [p.field, p.line]), [["eleventyComputed", 3]]);
    assert.match(problems[0]!.file, /x\.md$/);
    assert.ok(!existsSync(join(root, "escaped.html")) && !existsSync(join(root, "..", "escaped.html")));
  });

  test("permalinkBypassOutputDir is refused, and the absolute path is not written", async () => {
    const { root, input } = copyContent("bypass");
    const target = join(root, "bypassed.html");
    writeInto(input, "x.md", page(`permalink: ${target}\npermalinkBypassOutputDir: true\n`));
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => p.field), ["permalinkBypassOutputDir"]);
    assert.ok(!existsSync(target));
  });

  test("every field Eleventy or the templates would act on is refused on a page, naming the field", async () => {
    const fields = ["pagination", "dynamicPermalink", "eleventyImport", "eleventyExcludeFromCollections", "site", "doc", "render"];
    const { input } = copyContent("reserved", (dir) => writeInto(dir, "x.md", page(fields.map((f) => `${f}: 1\n`).join(""))));
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => p.field).sort(), [...fields].sort());
    for (const p of problems) assert.match(p.expected, /the build sets it; a page may not/);
  });

  test("a permalink with .., ?, #, % or template tags is refused", async () => {
    const bad = ["a/../../x.html", "talk/q?x=1.html", "talk/x#y.html", "talk/%2e%2e/x.html", "{{ 7 * 7 }}.html", "x\\..\\y.html"];
    for (const permalink of bad) {
      const { input } = copyContent("permalink", (dir) => writeInto(dir, "x.md", page(`permalink: ${JSON.stringify(permalink)}\n`)));
      const problems = await buildProblems(input);
      assert.ok(problems.length > 0 && problems.every((p) => p.field === "permalink" && p.line === 3), `${permalink}: ${JSON.stringify(problems)}`);
    }
  });

  test("pages in hidden and _ folders, and .MD files, are checked like every other page", async () => {
    for (const path of [".drafts/x.md", "_drafts/x.md", "X.MD"]) {
      const { root, input } = copyContent("hidden");
      writeInto(input, path, page(`permalink: ${join(root, "bypassed.html")}\npermalinkBypassOutputDir: true\n`));
      const problems = await buildProblems(input);
      assert.deepEqual(problems.map((p) => p.field), ["permalinkBypassOutputDir"], path);
      assert.ok(problems[0]!.file.endsWith(path), problems[0]!.file);
      assert.ok(!existsSync(join(root, "bypassed.html")), path);
    }
  });

  test("a page without a layout gets the page layout (README's default), not a bare fragment", async () => {
    const { input } = copyContent("layout", (dir) => writeInto(dir, "notes.md", "---\ntitle: Notes\n---\n\nSome notes.\n"));
    const site = await buildInto({ input });
    const document = site.document("notes/index.html");
    assert.equal(document.querySelector("h1")?.textContent, "Notes");
    assert.ok(document.querySelector("header.site-header"), "the site's header is there");
  });

  test("every output path is checked against the output folder before anything is written", async () => {
    // A template of the project's own with a bad permalink stands for whatever the content check might miss.
    const root = temporaryDir("guard");
    const config = configAround(root, { after: 'eleventyConfig.addTemplate("escape.njk", "escaped", { permalink: "../escaped.html", layout: false });' });
    const eleventy = new Eleventy(CONTENT, join(root, "out"), { configPath: config, quietMode: true });
    eleventy.logger.overrideLogger({ log() {}, info() {}, warn() {}, error() {} });
    await assert.rejects(eleventy.write(), (error: unknown) => {
      const content = findContentError(error);
      assert.ok(content, String(error));
      assert.equal(content.problems[0]!.expected, "a page address inside the site");
      return true;
    });
    assert.ok(!existsSync(join(root, "escaped.html")));
    assert.ok(!existsSync(join(root, "out", "talk", "moving.html")), "no page was written either");
  });

  test("Eleventy builds nothing from the content folder: only the project's own templates", () => {
    const hooks: { preprocess?: (data: unknown) => unknown } = {};
    const config = {
      setDataDirectory() {}, setDataFileSuffixes() {}, setUseGitIgnore() {}, setFrontMatterParsingOptions() {}, addGlobalData() {},
      ignores: new Set<string>(),
      virtualTemplates: { "_generated/program.njk": {} },
      directories: { output: "/tmp/out" },
      addPreprocessor(_name: string, _ext: string, callback: (data: unknown) => unknown) {
        hooks.preprocess = callback;
      },
    } as unknown as EleventyConfig;
    registerTrust(config, "/site/content");
    assert.equal(hooks.preprocess!({ page: { inputPath: "/site/content/_generated/program.njk" } }), undefined);
    assert.throws(() => hooks.preprocess!({ page: { inputPath: "/site/content/talk/a.md" } }), ContentError);
    assert.throws(() => hooks.preprocess!({ page: { inputPath: "/site/content/.git/x.njk" } }), ContentError);
  });

  test("every name the build gives templates is a field pages may not set", () => {
    // Pages are rendered by src/render/ with a context of its own: each of its names must be refused in front matter.
    let names: string[] = [];
    const spy = { render: (_kind: string, context: Record<string, unknown>) => ((names = Object.keys(context)), "") } as unknown as Layouts;
    renderDoc(spy, {} as SiteView, { kind: "notfound" } as Doc);
    assert.ok(names.length >= 3, names.join(", "));
    for (const name of names) assert.ok(RESERVED_FIELDS.has(name), `${name} is not reserved`);
  });
});

describe("issue 7.2: no code runs from the content folder", () => {
  test("a Nunjucks template in the content folder is refused by path, and its code does not run", async () => {
    const { root, input } = copyContent("njk");
    const marker = join(root, "pwned");
    writeInto(input, "x.njk", `---\ntitle: X\n---\n{{ range.constructor("return ${payload(marker).replace(/"/g, '\\"')}")() }}\n`);
    const problems = await buildProblems(input);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.file, /x\.njk$/);
    assert.match(problems[0]!.expected, /code and templates live in the project/);
    assert.ok(!existsSync(marker));
  });

  test("JavaScript data files, template data files and 11ty.js templates are refused, and do not run", async () => {
    const { root, input } = copyContent("js");
    const marker = join(root, "pwned");
    const code = `${payload(marker)};\nmodule.exports = {};\n`;
    for (const path of ["_data/evil.js", "_data/evil.cjs", "talk/moving.11tydata.js", "talk/talk.11tydata.cjs", "feed.11ty.js", "helper.mjs"]) writeInto(input, path, code);
    const problems = await buildProblems(input);
    assert.equal(problems.length, 6);
    assert.ok(!existsSync(marker));
  });

  test("JavaScript front matter is refused before it could run", async () => {
    const { root, input } = copyContent("jsfm");
    const marker = join(root, "pwned");
    writeInto(input, "x.md", `---js\n${payload(marker)};\nconst title = "X";\n---\nHi.\n`);
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => [p.line, p.expected, p.found]), [[1, 'front matter in YAML, between two "---" lines', "front matter in JavaScript"]]);
    assert.ok(!existsSync(marker));
  });

  test("a page cannot switch its body or permalink to a template engine", async () => {
    const { root, input } = copyContent("engine");
    const marker = join(root, "pwned");
    const tag = `{{ range.constructor("return ${payload(marker).replace(/"/g, '\\"')}")() }}`;
    writeInto(input, "x.md", page("templateEngineOverride: njk,md\n", `${tag}\n`));
    writeInto(input, "y.md", page(`permalink: ${JSON.stringify(`${tag}.html`)}\n`));
    const problems = await buildProblems(input);
    assert.deepEqual(problems.map((p) => p.field).sort(), ["permalink", "templateEngineOverride"]);
    assert.ok(!existsSync(marker));
  });

  test("data files beside a page are not read: they would set fields no schema checked", async () => {
    const { root, input } = copyContent("datafile");
    writeInto(input, "notes.md", "---\ntitle: Notes\n---\n\nNotes.\n");
    writeInto(input, "notes.json", JSON.stringify({ permalink: join(root, "bypassed.html"), permalinkBypassOutputDir: true, title: "From data" }));
    writeInto(input, "notes.11tydata.json", JSON.stringify({ title: "From data" }));
    const site = await buildInto({ input });
    assert.equal(site.document("notes/index.html").querySelector("h1")?.textContent, "Notes");
    assert.ok(!existsSync(join(root, "bypassed.html")));
  });

  test("a link out of the content folder is refused: it would publish what it points at", async () => {
    const { root, input } = copyContent("symlink");
    writeFileSync(join(root, "secret.txt"), "the builder's secret\n");
    symlinkSync(join(root, "secret.txt"), join(input, "secret.txt"));
    mkdirSync(join(root, "elsewhere"));
    symlinkSync(join(root, "elsewhere"), join(input, "elsewhere"));
    const problems = await buildProblems(input, join(root, "out", "_site"));
    assert.deepEqual(problems.map((p) => p.file.split(/[/\\]/).at(-1)).sort(), ["elsewhere", "secret.txt"]);
    assert.ok(!existsSync(join(root, "out")) || readdirSync(join(root, "out")).every((name) => !name.startsWith("_site")));
  });
});
