// Code token spans split code where Pygments does, and leave languages without a profile to markdown-it's plain escaping.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { highlightCode } from "../../src/markdown/highlight/index.ts";
import { decodeEntities } from "../rst/normalize.ts";

const words = (html: string) => html.split(/<[^>]+>/).flatMap((chunk) => decodeEntities(chunk).split(/\s+/)).filter(Boolean);

test("python: names, punctuation runs, operators, strings with prefix, escape and interpolation", () => {
  const html = highlightCode('print(f"v {x!r}\\n", a.b) # done', "python");
  assert.deepEqual(words(html), ["print", "(", "f", '"v', "{", "x", "!r}", "\\n", '"', ",", "a", ".", "b", ")", "#", "done"]);
});

test("c-like: preprocessor lines and comments stay whole, ** merges", () => {
  assert.deepEqual(words(highlightCode("#include <x.h>\nint f(char **v); // c", "cpp")), ["#include", "<x.h>", "int", "f", "(", "char", "**", "v", ");", "//", "c"]);
});

test("text-like languages are not split", () => {
  assert.equal(highlightCode("key = value", "ini"), "");
  assert.equal(highlightCode("plain words", "text"), "");
});

test("line numbers: a column before the code (table) or a span per line (inline)", () => {
  assert.deepEqual(words(highlightCode("a = 1\nb\n", "python", "linenos=table")), ["1", "2", "a", "=", "1", "b"]);
  assert.deepEqual(words(highlightCode("a\nb\n", "text", "linenos=inline linenostart=7")), ["7", "a", "8", "b"]);
});

test("markup: HTML tags split, text between tags whole; XML tags as Pygments' XML lexer keeps them", () => {
  assert.deepEqual(words(highlightCode('<p class="x">Hello, world!</p>', "html")), ["<", "p", "class", "=", '"x"', ">", "Hello,", "world!", "</", "p", ">"]);
  assert.deepEqual(words(highlightCode('<root a="1"><child>text</child></root>', "xml")), ["<root", "a=", '"1"', "><child>", "text", "</child></root>"]);
});

test("generic profile for R, Julia, Fortran, MATLAB, SQL", () => {
  assert.deepEqual(words(highlightCode("x <- c(1, 2)", "r")), ["x", "<-", "c", "(", "1", ",", "2", ")"]);
});

// Where Pygments is installed, every sample in fixtures/code-samples.json must split into the same words as Pygments' HTML.
const PYGMENTS = String.raw`
import json, sys
from pygments import highlight
from pygments.lexers import get_lexer_by_name
from pygments.formatters import HtmlFormatter
print(json.dumps([highlight(code, get_lexer_by_name(lang), HtmlFormatter()) for lang, code in json.load(sys.stdin)]))
`;
const samples = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "code-samples.json"), "utf8")) as [string, string][];
const pygments = spawnSync("/usr/bin/python3", ["-c", PYGMENTS], { input: JSON.stringify(samples), encoding: "utf8" });
const reference = pygments.status === 0 ? (JSON.parse(pygments.stdout) as string[]) : undefined;
if (!reference) console.log("Pygments comparison skipped: /usr/bin/python3 cannot import pygments");

samples.forEach(([language, code], i) => {
  test(`code sample ${i} (${language}) splits into Pygments' words`, { skip: !reference }, () => {
    assert.deepEqual(words(highlightCode(code, language)), words(reference![i]!));
  });
});
