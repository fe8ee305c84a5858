// Issue 7, item 4: raw HTML in a page body stays allowed, but what would run a script is refused with file and line,
// unless the site opts in with "allowScripts": true; SVG files copied into the site are held to the same rule.
import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { parseHTML } from "linkedom";
import { buildInto, buildProblems, copyContent, editJson, publishedAsset, writeInto } from "../helpers/site.ts";
import { readFileSync } from "node:fs";

/** Bodies a hostile pull request could send, each with what the build should say it found. */
const HOSTILE: [string, RegExp][] = [
  ["<script>alert(1)</script>", /a <script> element/],
  ['<img src="x.png" onerror="alert(1)" alt="">', /onerror="alert\(1\)" on <img>/],
  ['<a href="javascript:alert(1)">click</a>', /href="javascript:alert\(1\)" on <a>/],
  ['<a href="&#106;ava&#x09;script:alert(1)">encoded</a>', /href=".*" on <a> \(a URL that runs code\)/],
  ['<a href=" JavaScript:alert(1)">spaced</a>', /on <a> \(a URL that runs code\)/],
  ['<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;" title="x"></iframe>', /<iframe srcdoc>/],
  ['<iframe src="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;" title="x"></iframe>', /src="data:text\/html.*" on <iframe>/],
  ['<svg><script>alert(1)</script></svg>', /a <script> element/],
  ['<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text y="20">x</text></a></svg>', /attributeName="href"/],
  ['<math><mi href="javascript:alert(1)">x</mi></math>', /href="javascript:alert\(1\)" on <mi>/],
  ['<form action="javascript:alert(1)"><button>Go</button></form>', /action="javascript:alert\(1\)" on <form>/],
  ['<object data="javascript:alert(1)"></object>', /data="javascript:alert\(1\)" on <object>/],
  ['<meta http-equiv="refresh" content="0; url=javascript:alert(1)">', /<meta http-equiv="refresh">/],
  ['<base href="https://evil.example/">', /a <base> element/],
  // A stray <body> tag adds its attributes to the page's own <body>, which then runs them.
  ['<body onload="alert(1)">', /onload="alert\(1\)" on <body>/],
  // Inside <svg>, <style> is not raw text: the <img> breaks out of it and runs its handler.
  ['<svg><style><img src="x" onerror="alert(1)"></style></svg>', /onerror="alert\(1\)" on <img>/],
  ['<template shadowrootmode="open"><img src="x" onerror="alert(1)"></template>', /onerror/],
  // Left open, the quote would swallow the layout after the body, and the next quote in it would end the attribute.
  ["<div title='", /left open at the end of the body/],
];

function talkWithBody(dir: string, body: string): void {
  const path = join(dir, "talk", "moving.md");
  const text = readFileSync(path, "utf8");
  const end = text.indexOf("\n---\n", 4) + 5;
  writeInto(dir, "talk/moving.md", `${text.slice(0, end)}\nOpening paragraph.\n\n${body}\n`);
}

describe("issue 7.4: scripts in raw HTML", () => {
  for (const [html, found] of HOSTILE) {
    test(`refused with file and line: ${html.replace(/\n/g, "\\n").slice(0, 70)}`, async () => {
      const { input } = copyContent("script", (dir) => talkWithBody(dir, html));
      const problems = await buildProblems(input);
      assert.ok(problems.length >= 1, "at least one problem");
      const [problem] = problems;
      assert.match(problem!.file, /talk[/\\]moving\.md$/);
      // The seed talk's front matter ends on line 14; the opening paragraph is line 16 and the HTML line 18.
      assert.equal(problem!.line, 18, `line of ${html}`);
      assert.match(problem!.found ?? "", found);
      assert.match(problem!.expected, /"allowScripts": true/);
    });
  }

  test("raw HTML without scripts still builds: tables, details, iframes from other sites, inline SVG, links of every kind", async () => {
    const safe = [
      '<details><summary>More</summary><p>Hidden <b>text</b>.</p></details>',
      '<iframe src="https://www.openstreetmap.org/export/embed.html" title="Map" loading="lazy"></iframe>',
      '<svg viewBox="0 0 2 2" role="img" aria-label="dot"><circle cx="1" cy="1" r="1"/><a href="https://example.org/"><text>x</text></a></svg>',
      '<p><a href="mailto:board@example.org">mail</a> <a href="/program.html">program</a> <a href="#top">top</a> <a href="https://example.org/?q=javascript:">search</a></p>',
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline picture">',
      '<table><tr><th scope="col">a</th></tr><tr><td onion="not an event handler?">b</td></tr></table>'.replace(' onion="not an event handler?"', ""),
    ];
    const { input } = copyContent("safe-html", (dir) => talkWithBody(dir, safe.join("\n\n")));
    const site = await buildInto({ input });
    const document = site.document("talk/moving.html");
    assert.ok(document.querySelector(".prose details summary"));
    assert.ok(document.querySelector('.prose iframe[src^="https://www.openstreetmap.org/"]'));
  });

  test('a site that sets "allowScripts": true keeps its scripts', async () => {
    const { input } = copyContent("allow", (dir) => {
      talkWithBody(dir, '<script>document.title = "x";</script>');
      editJson(join(dir, "_data", "site.json"), (site) => (site.allowScripts = true));
    });
    const site = await buildInto({ input });
    assert.ok(site.read("talk/moving.html").includes('<script>document.title = "x";</script>'));
  });

  test("an SVG file with a script is refused; an SVG picture without one is copied", async () => {
    const { input } = copyContent("svg", (dir) => {
      writeInto(dir, "images/evil.svg", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">\n<script>alert(2)</script>\n</svg>\n');
      writeInto(dir, "images/prefixed.svg", '<s:svg xmlns:s="http://www.w3.org/2000/svg">\n<s:script>alert(3)</s:script>\n</s:svg>\n');
      writeInto(dir, "images/entity.svg", '<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(4)&#60;/script&#62;">]>\n<svg xmlns="http://www.w3.org/2000/svg">&x;</svg>\n');
    });
    const problems = await buildProblems(input);
    const byFile = (name: string) => problems.filter((p) => p.file.endsWith(name)).map((p) => `${p.line}: ${p.found}`);
    assert.deepEqual(byFile("evil.svg").sort(), ['1: onload="alert(1)" on <svg> (an event handler)', "2: a <script> element"]);
    assert.ok(byFile("prefixed.svg").includes("2: a <script> element"), byFile("prefixed.svg").join("; "));
    assert.ok(byFile("entity.svg").includes("1: a DOCTYPE with its own declarations (entities can expand into scripts)"), byFile("entity.svg").join("; "));
  });

  test("README's promise holds for the built site: no script but JSON-LD and the site's own local-time script, on talk pages only", async () => {
    const site = await buildInto();
    const own: string[] = [];
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      const { document } = parseHTML(site.read(file));
      for (const script of document.querySelectorAll("script")) {
        if (script.getAttribute("type") === "application/ld+json") continue;
        assert.equal(script.getAttribute("src"), `/${publishedAsset("js/local-time.js")}`, `${file}: ${script.outerHTML}`);
        assert.equal(script.textContent, "", file);
        own.push(file);
      }
      for (const element of document.querySelectorAll("*")) {
        for (const name of element.getAttributeNames()) assert.ok(!name.startsWith("on"), `${file}: ${name}`);
      }
    }
    assert.ok(own.includes("talk/moving.html"), "a talk with a time has it");
    assert.ok(own.every((file) => /^(talk|tutorial|sprint)\//.test(file)), own.join(", "));
    assert.ok(Buffer.byteLength(site.read(publishedAsset("js/local-time.js"))) <= 2048, "at most 2 KB");
  });

  test('with "localTime": false in site.json no page has a script but its JSON-LD', async () => {
    const { input } = copyContent("no-local-time", (dir) => editJson(join(dir, "_data", "site.json"), (settings) => (settings.localTime = false)));
    const site = await buildInto({ input });
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      const { document } = parseHTML(site.read(file));
      for (const script of document.querySelectorAll("script")) assert.equal(script.getAttribute("type"), "application/ld+json", file);
    }
  });
});
