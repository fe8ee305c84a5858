// Fenced code highlighted by Prism at build time: token classes, plain text for anything else, line numbers, the language
// table against Prism's own component list, grammars loaded only when asked for, and words as pelican-fidelity reads them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { highlightCode, PIECE_LENGTH } from "../../src/markdown/highlight/index.ts";
import { COMPONENTS, GRAMMAR_OF, SUPPORTED_NAMES } from "../../src/markdown/highlight/languages.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { decodeEntities, similarity } from "../rst/normalize.ts";

/** [classes, text] of every span that holds only text. */
const leaves = (html: string) => [...html.matchAll(/<span class="([^"]+)">([^<]*)<\/span>/g)].map((m) => [m[1]!, decodeEntities(m[2]!)] as const);
const classOf = (html: string, text: string) => leaves(html).find(([, t]) => t === text)?.[0];

test("python: def and return are keywords; strings, comments and names are told apart", () => {
  const html = highlightCode('def area(r):\n    """Doc."""\n    return 3.14 * r ** 2  # m²\nlabel = str(area(2)) + "cm"\n', "python");
  assert.equal(classOf(html, "def"), "token keyword");
  assert.equal(classOf(html, "return"), "token keyword");
  assert.equal(classOf(html, '"cm"'), "token string");
  assert.equal(classOf(html, '"""Doc."""'), "token triple-quoted-string string");
  assert.equal(classOf(html, "# m²"), "token comment");
  assert.equal(classOf(html, "area"), "token function");
  assert.equal(classOf(html, "3.14"), "token number");
  assert.equal(classOf(html, "str"), "token builtin");
  // A plain name is no token at all: before, every word was "n".
  assert.ok(!leaves(html).some(([, t]) => t === "r"), html);
});

test("code text is escaped; quotes and no-break spaces are kept as they are", () => {
  const html = highlightCode('s = "<b>&\u00a0"\n', "python");
  assert.equal(html, 's <span class="token operator">=</span> <span class="token string">"&lt;b&gt;&amp;\u00a0"</span>\n');
});

const md = createMarkdownRenderer();

test("unknown languages and plain fences stay escaped plain text", () => {
  assert.equal(highlightCode("key: <v>", "klingon"), "");
  assert.equal(highlightCode("plain words", "text"), "");
  assert.equal(md.render("```klingon\nqa' <b>\n```\n"), '<pre tabindex="0"><code class="language-klingon">qa\' &lt;b&gt;\n</code></pre>\n');
  assert.equal(md.render("```\nx = <1>\n```\n"), '<pre tabindex="0"><code>x = &lt;1&gt;\n</code></pre>\n');
  assert.equal(md.render("    indented <code>\n"), '<pre tabindex="0"><code>indented &lt;code&gt;\n</code></pre>\n');
});

test("a fence name is matched in any case, and highlighted fences keep markdown-it's language class", () => {
  assert.match(md.render("```Python\nreturn\n```\n"), /^<pre tabindex="0"><code class="language-Python"><span class="token keyword">return<\/span>\n<\/code><\/pre>/);
});

test("line numbers: a number column beside the code (table), or a number before each line (inline)", () => {
  const table = highlightCode("a = 1\nb\n", "python", "linenos=table linenostart=9");
  assert.match(table, /^<pre class="linenos-table"><span class="linenos">9\n10<\/span><code class="language-python">a <span class="token operator">=<\/span>/);
  assert.equal(highlightCode("a\nb\n", "text", "linenos=inline linenostart=7"), '<span class="linenos">7</span>a\n<span class="linenos">8</span>b\n');
  // A string across lines is closed at each line's end and reopened after the next number.
  const inline = highlightCode('x = """one\ntwo"""\n', "python", "linenos=inline");
  assert.equal(inline.split("\n")[1], '<span class="linenos">2</span><span class="token triple-quoted-string string">two"""</span>');
  for (const line of inline.split("\n")) assert.equal((line.match(/<span/g) ?? []).length, (line.match(/<\/span>/g) ?? []).length, line);
  // Through markdown-it, as the reST importer writes Pelican's :linenos: option.
  assert.match(md.render("```python linenos=table\nreturn\n```\n"), /^<pre tabindex="0" class="linenos-table"><span class="linenos">1<\/span><code class="language-python"><span class="token keyword">return/);
  assert.match(md.render("```python linenos=inline linenostart=5\nreturn\n```\n"), /^<pre tabindex="0"><code class="language-python"><span class="linenos">5<\/span><span class="token keyword">return/);
});

test("long code is highlighted in pieces cut at blank lines, so hostile input costs time linear in its length", () => {
  const fn = (i: number) => `def f${i}(x):\n    """Doc\n    string."""\n    return x  # ${i}\n`;
  const code = Array.from({ length: 200 }, (_, i) => fn(i)).join("\n");
  assert.ok(code.length > 5 * PIECE_LENGTH);
  const html = highlightCode(code, "python");
  assert.equal(leaves(html).filter(([c, t]) => c === "token keyword" && t === "def").length, 200);
  assert.equal(leaves(html).filter(([c]) => c === "token triple-quoted-string string").length, 200, "no docstring cut in two");
  // Input that some grammars match in quadratic time: four times longer must cost about four times as much, not sixteen.
  const best = (code: string, language: string) => Math.min(...[1, 2].map(() => {
    const t0 = performance.now();
    highlightCode(code, language);
    return performance.now() - t0;
  }));
  for (const [language, unit] of [["cs", "a.\n"], ["css", "$ "], ["html", "<script>"]] as const) {
    const small = best(unit.repeat(Math.ceil(4000 / unit.length)), language);
    const large = best(unit.repeat(Math.ceil(16000 / unit.length)), language);
    assert.ok(large < 8 * small + 20, `${language} ${JSON.stringify(unit)}: ${small.toFixed(1)} ms for 4,000 characters, ${large.toFixed(1)} ms for 16,000`);
  }
});

// Prism's own list of what each component requires, optionally uses, and changes as it loads.
const PRISM = createRequire(import.meta.url)("prismjs/components.json") as { languages: Record<string, { require?: string | string[]; optional?: string | string[]; modify?: string | string[] }> };
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

test("every grammar loads what Prism says it needs, before it, and whatever it changes or reads that we support, with it", () => {
  const supported = new Set(Object.values(COMPONENTS).flat());
  for (const [grammar, components] of Object.entries(COMPONENTS)) {
    assert.ok(components.includes(grammar), `${grammar} loads its own component`);
    components.forEach((component, i) => {
      const meta = PRISM.languages[component];
      assert.ok(meta, `${component} is a Prism component`);
      for (const needed of list(meta.require)) assert.ok(components.slice(0, i).includes(needed), `${grammar}: ${component} requires ${needed} before it`);
      // A component that reads or changes another grammar we support must find it loaded, else output would depend on load order.
      for (const other of [...list(meta.optional), ...list(meta.modify)].filter((c) => supported.has(c))) {
        assert.ok(components.slice(0, i).includes(other), `${grammar}: ${component} changes or reads ${other}, which must load before it`);
      }
    });
  }
  for (const [name, grammar] of GRAMMAR_OF) assert.ok(COMPONENTS[grammar], `${name} → ${grammar} has components`);
});

test("every grammar of any supported language is also loaded whenever a grammar it changes is", () => {
  // markup, css and javascript change each other: whichever a page asks for first, all three load.
  for (const [grammar, components] of Object.entries(COMPONENTS)) {
    for (const component of components) {
      for (const changed of list(PRISM.languages[component]?.modify)) {
        if (COMPONENTS[changed]) assert.ok(COMPONENTS[changed]!.includes(component), `${grammar}: loading ${changed} alone would miss ${component}'s changes`);
      }
    }
  }
});

test("the README's table of highlighted languages names every fence name, and no other", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
  const table = /\| grammar \| fence names \|\n[\s\S]*?\n\n/.exec(readme)?.[0] ?? "";
  const listed = [...table.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  assert.deepEqual([...listed].sort(), [...SUPPORTED_NAMES].sort());
});

/** Runs `script` (ESM, with `highlightCode` in scope) in a fresh process and returns what it prints as JSON. */
function fresh(script: string): unknown {
  const index = join(import.meta.dirname, "..", "..", "src", "markdown", "highlight", "index.ts");
  const code = `const { highlightCode } = await import(${JSON.stringify(index)});\n${script}`;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test("Prism and each grammar load only when a page asks for them, and the order they load in changes nothing", () => {
  const sample = '<p style="color: red" onclick="go()">x</p><script>let a = 1;</script><style>p { margin: 0 }</style>\n';
  const first = fresh(`const before = typeof globalThis.Prism; highlightCode("print(1)", "text"); const text = typeof globalThis.Prism;
    highlightCode("x = 1", "python"); const py = Object.keys(globalThis.Prism.languages).filter((k) => typeof globalThis.Prism.languages[k] === "object");
    const html = highlightCode(${JSON.stringify(sample)}, "html");
    console.log(JSON.stringify({ before, text, py, html }));`) as { before: string; text: string; py: string[]; html: string };
  assert.equal(first.before, "undefined", "importing the highlighter loads no Prism");
  assert.equal(first.text, "undefined", "a plain-text block loads no Prism");
  assert.deepEqual(first.py.filter((k) => !["plain", "plaintext", "text", "txt"].includes(k)).sort(), ["py", "python"]);
  assert.match(first.html, /<span class="token attr-value">/);
  const after = fresh(`highlightCode("let a = 1", "js"); highlightCode("p {}", "css"); highlightCode("let b: number", "ts");
    console.log(JSON.stringify(highlightCode(${JSON.stringify(sample)}, "html")));`);
  assert.equal(after, first.html, "HTML highlighted after JavaScript and CSS reads as HTML highlighted first");
});

// Where Pygments is installed: pelican-fidelity compares words, and splits text at every tag, so the way a highlighter
// cuts code into spans changes the words it sees. Prism's cuts are not Pygments' (0.87 on these samples; unhighlighted
// code scores 0.47), so a Pelican page that is mostly code can fall under the tool's 0.98; prose with some code does not.
const PYGMENTS = String.raw`
import json, sys
from pygments import highlight
from pygments.lexers import get_lexer_by_name
from pygments.formatters import HtmlFormatter
print(json.dumps([highlight(code, get_lexer_by_name(lang), HtmlFormatter()) for lang, code in json.load(sys.stdin)]))
`;
const words = (html: string) => html.split(/<[^>]+>/).flatMap((chunk) => decodeEntities(chunk).split(/\s+/)).filter(Boolean);
const samples = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "code-samples.json"), "utf8")) as [string, string][];
const pygments = spawnSync("/usr/bin/python3", ["-c", PYGMENTS], { input: JSON.stringify(samples), encoding: "utf8" });
const reference = pygments.status === 0 ? (JSON.parse(pygments.stdout) as string[]) : undefined;
if (!reference) console.log("Pygments comparison skipped: /usr/bin/python3 cannot import pygments");

test("code samples split into words close to Pygments' (pelican-fidelity's text measure)", { skip: reference ? false : "/usr/bin/python3 cannot import pygments" }, () => {
  const ours = samples.flatMap(([language, code]) => words(highlightCode(code, language)));
  const theirs = reference!.flatMap(words);
  const ratio = similarity(ours, theirs);
  console.log(`word similarity to Pygments over ${samples.length} samples: ${ratio.toFixed(3)}`);
  assert.ok(ratio >= 0.85, `word similarity ${ratio.toFixed(3)}`);
});
