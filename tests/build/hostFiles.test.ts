// Issue 7 review: content cannot publish what a host reads as its own settings (redirects, headers, server settings),
// even through site.json's staticFiles, and puts nothing under .well-known/ that site.json does not list.
import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { buildInto, buildProblems, copyContent, editJson, writeInto } from "../helpers/site.ts";

test("_redirects, _headers, .htaccess and web.config are refused with their path, listed in staticFiles or not", async () => {
  const { input } = copyContent("host-files", (dir) => {
    writeInto(dir, "_redirects", "/* https://elsewhere.example.net/ 302\n");
    writeInto(dir, "_headers", "/*\n  Content-Security-Policy: default-src *\n");
    writeInto(dir, "talk/.htaccess", "Redirect / https://elsewhere.example.net/\n");
    writeInto(dir, "web.config", "<configuration/>\n");
    editJson(join(dir, "_data/site.json"), (site) => void (site.staticFiles = ["_redirects", "_headers", "talk/.htaccess"]));
  });
  const problems = await buildProblems(input);
  for (const name of ["_redirects", "_headers", ".htaccess", "web.config"]) {
    const problem = problems.find((p) => p.file.endsWith(name));
    assert.match(problem?.expected ?? "", /no file the host reads as its settings/, name);
  }
});

test("a file under .well-known/ is published only when site.json lists it", async () => {
  const unlisted = copyContent("well-known", (dir) => writeInto(dir, ".well-known/acme-challenge/token.txt", "a token\n"));
  const problems = await buildProblems(unlisted.input);
  assert.match(problems.find((p) => p.file.endsWith("token.txt"))?.expected ?? "", /only when _data\/site.json's "staticFiles" lists it/);
  const listed = copyContent("well-known-listed", (dir) => {
    writeInto(dir, ".well-known/security.txt", "Contact: mailto:security@example.org\n");
    editJson(join(dir, "_data/site.json"), (site) => void (site.staticFiles = [".well-known/security.txt"]));
  });
  const site = await buildInto({ input: listed.input });
  assert.equal(site.read(".well-known/security.txt"), "Contact: mailto:security@example.org\n");
});
