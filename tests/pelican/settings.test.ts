// pelicanconf.py is read, never run: plain literals and environment defaults, everything else reported.
import assert from "node:assert/strict";
import { test } from "node:test";
import { readPythonAssignments } from "../../src/pelican/pythonLiterals.ts";
import { formatPelicanUrl, pelicanSlug } from "../../src/pelican/urls.ts";
import { DateTime } from "luxon";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPelicanSettings, type ImportProblem } from "../../src/pelican/settings.ts";

const CONF = `# settings
import os
AUTHOR = 'Ada'
SITENAME = "Conf " 'Twenty'   # adjacent strings join
SITEURL = os.environ.get('SITEURL', "https://conf.example.org/2021")
PORT = 8_000
DEBUG = False
FEED = None
MENUITEMS = (
    ('Home', 'index.html'),   # trailing comma below
    ("Blog", 'blog.html'),
)
PLUGINS = [plugin.x for plugin in y]
EXTRA = {'a': [1, 2.5], "b": True}
RAW = r'\\d+'
lower = 'ignored'
SUM = 1 + 2
`;

test("reads strings, numbers, booleans, None, tuples, lists and dicts, with their lines", () => {
  const values = Object.fromEntries(readPythonAssignments(CONF).map((a) => [a.name, a.value]));
  assert.equal(values.AUTHOR, "Ada");
  assert.equal(values.SITENAME, "Conf Twenty");
  assert.equal(values.SITEURL, "https://conf.example.org/2021");
  assert.equal(values.PORT, 8000);
  assert.equal(values.DEBUG, false);
  assert.equal(values.FEED, null);
  assert.deepEqual(values.MENUITEMS, [["Home", "index.html"], ["Blog", "blog.html"]]);
  assert.deepEqual(values.EXTRA, { a: [1, 2.5], b: true });
  assert.equal(values.RAW, "\\d+", "a raw string keeps its backslash");
  assert.ok(!("lower" in values));
});

test("an expression is skipped with a reason and its line, not evaluated", () => {
  const plugins = readPythonAssignments(CONF).find((a) => a.name === "PLUGINS")!;
  assert.equal(plugins.value, undefined);
  assert.equal(plugins.line, 13);
  assert.match(plugins.skipped ?? "", /not a plain literal/);
  assert.match(readPythonAssignments(CONF).find((a) => a.name === "SUM")?.skipped ?? "", /a sum of values that are not all strings or all lists/);
});

test("issue 10: an earlier setting's name and + between strings or lists are read, as menus and feeds write them", () => {
  const conf = "SITEURL = 'https://conf.example.org'\nMENUITEMS = (('Programme', SITEURL + '/programme.html'),) + (('Blog', 'blog.html'),)\nFEED = SITEURL + '/feeds/' 'all.atom.xml'\nLATER = UNKNOWN + 'x'\nPLUGINS = ['a'] + plugins()\n";
  const read = Object.fromEntries(readPythonAssignments(conf).map((a) => [a.name, a.value ?? a.skipped]));
  assert.deepEqual(read.MENUITEMS, [["Programme", "https://conf.example.org/programme.html"], ["Blog", "blog.html"]]);
  assert.equal(read.FEED, "https://conf.example.org/feeds/all.atom.xml");
  assert.match(String(read.LATER), /not a plain literal: an expression \(UNKNOWN/);
  assert.match(String(read.PLUGINS), /not a plain literal: an expression \(plugins\(\)/);
});

test("slugs are made as Pelican's default slugify makes them", () => {
  assert.equal(pelicanSlug("Shoot for better code for science"), "shoot-for-better-code-for-science");
  assert.equal(pelicanSlug("  Café: C++ & <em>Rust</em>!  "), "cafe-c-rust");
  assert.equal(pelicanSlug("a -- b"), "a-b");
});

test("URL patterns fill slug, strftime dates, category and lang", () => {
  const date = DateTime.fromISO("2020-03-05T06:28", { zone: "Asia/Taipei" });
  assert.equal(formatPelicanUrl("articles/{date:%Y}/{slug}.html", { slug: "cancel", date }), "articles/2020/cancel.html");
  assert.equal(formatPelicanUrl("{date:%Y/%m/%d}/{slug}/", { slug: "x", date }), "2020/03/05/x/");
  assert.equal(formatPelicanUrl("{date:%b-%d-%y}-{slug}-{lang}.html", { slug: "x", date, lang: "en" }), "Mar-05-20-x-en.html");
  assert.equal(formatPelicanUrl("{category}/{slug}.html", { slug: "x", category: "General News" }), "general-news/x.html");
  assert.equal(formatPelicanUrl("{date:%Y}/{slug}.html", { slug: "x" }), undefined, "a page without a date cannot fill a dated pattern");
});

test("issue 7.17: every statement that is not a plain setting is reported with its line, and none of them runs", () => {
  const conf = [
    "#!/usr/bin/env python",
    "from __future__ import unicode_literals",
    '"""Settings."""',
    "import os",
    "import os; os.system('touch /tmp/pwned')",
    "exec(open('x').read())",
    "if os.environ.get('CI'):",
    "    SITEURL = 'https://ci.example'",
    "for x in range(3): pass",
    "def hook():",
    "    return 1",
    "import plugins_of_mine",
    "SITENAME = 'Ok'",
    "",
  ].join("\n");
  const skipped = readPythonAssignments(conf).filter((a) => a.skipped).map((a) => `${a.line}: ${a.name}`);
  assert.deepEqual(skipped, [
    "5: import os; os.system('touch /tmp/pwned')",
    "6: exec(open('x').read())",
    "7: if os.environ.get('CI'):",
    "9: for x in range(3): pass",
    "10: def hook():",
    "12: import plugins_of_mine",
  ]);
  assert.equal(readPythonAssignments(conf).find((a) => a.name === "SITENAME")?.value, "Ok");
});

test("issue 10: a trailing comma makes a tuple, as in Python, and a URL setting that is not a string is named", () => {
  assert.deepEqual(readPythonAssignments("PAGE_URL = '{slug}.html',\nPAIR = 'a', 'b'  # two\n").map((a) => [a.name, a.value]), [["PAGE_URL", ["{slug}.html"]], ["PAIR", ["a", "b"]]]);
  const dir = mkdtempSync(join(tmpdir(), "pelicanconf-"));
  writeFileSync(join(dir, "pelicanconf.py"), "PAGE_URL = '{slug}.html',\nPAGE_SAVE_AS = '{slug}.html'\n");
  const problems: ImportProblem[] = [];
  const settings = readPelicanSettings(dir, problems);
  assert.deepEqual([settings.pageUrl, settings.pageSaveAs], ["pages/{slug}.html", "{slug}.html"]);
  assert.deepEqual(problems.map((p) => `${p.line}: ${p.message}`), ["1: PAGE_URL is a tuple or list (a trailing comma?), not a string: Pelican's default is used"]);
});
