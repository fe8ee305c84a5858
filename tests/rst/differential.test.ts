// Differential test: seeded random documents built from well-formed constructs, read by docutils as Pelican does
// (documents it warns about are skipped, as Pelican would fail on them, and we must report a problem for exactly those) and by us;
// they must agree the way pelican-fidelity compares pages, code compared as its text.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rstToMarkdown } from "../../src/rst/index.ts";
import { createMarkdownRenderer } from "../../src/markdown/render.ts";
import { renderWithDocutils } from "./docutils.ts";
import { compareSummaries, summarize, withoutTokenSpans } from "./normalize.ts";

// DIFF_DOCUMENTS=<n> and DIFF_SEED=<n> run a longer or different sequence.
const COUNT = Number(process.env.DIFF_DOCUMENTS ?? 150);

function documents(seed: number, count: number): string[] {
  let s = seed;
  const rand = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)]!;
  const words = ["alpha", "beta", "gamma", "delta", "Python", "NumPy", "code", "talk", "中文", "data"];
  const inline = () => Array.from({ length: 3 + Math.floor(rand() * 8) }, () => {
    const w = pick(words);
    return pick([w, w, w, `*${w}*`, `**${w}**`, `\`\`${w}()\`\``, `\`${w}\``, `${w}_`, `\`${w}\`_`, `\`${w} <https://x.example/${w}>\`__`,
      `https://e.example/${w}`, `${w}@mail.example`, `:sub:\`${w}\``, `|sub|`, `(${w})`, `"${w}"`, `${w},`, `${w}.`, `${w}\\ s`, `\\*${w}`, `${w}-${w}`]);
  }).join(" ");
  const blocks: (() => string)[] = [
    () => inline(),
    () => `${inline()}\n${inline()}`,
    () => `- ${inline()}\n- ${inline()}\n\n  ${inline()}`,
    () => `#. ${inline()}\n#. ${inline()}`,
    () => `${pick(words)}\n    ${inline()}`,
    () => `:${pick(words)}: ${inline()}`,
    () => `| ${inline()}\n|   ${inline()}`,
    () => `    ${inline()}\n\n    -- ${pick(words)}`,
    () => `${inline()}::\n\n    ${inline()}`,
    () => `.. note:: ${inline()}`,
    () => `.. image:: /img/${pick(words)}.png\n   :alt: ${pick(words)}`,
    () => `.. code-block:: python\n\n   ${pick(words)}(${pick(words)}, "${pick(words)}")`,
    () => `=====  =====\n${pick(words).padEnd(7)}${pick(words)}\n=====  =====\nx      ${inline()}\n=====  =====`,
    () => `.. list-table::\n   :header-rows: 1\n\n   * - ${pick(words)}\n     - ${pick(words)}\n   * - ${inline()}\n     - ${inline()}`,
    () => `.. raw:: html\n\n   <div class="${pick(words)}">${pick(words)}</div>`,
    () => `>>> ${pick(words)}\n${pick(words)}`,
    () => `${pick(words)} title\n${pick(["=", "-", "~"]).repeat(12)}`,
    () => `- ${inline()}\n\n  - ${inline()}\n  - ${inline()}\n\n    ${inline()}\n\n- ${inline()}`,
    () => `1. ${inline()}\n\n   * ${inline()}\n\n2. ${inline()}`,
    () => `${pick(words)} : ${pick(words)}\n   ${inline()}\n\n   ${inline()}\n${pick(words)}\n   ${inline()}`,
    () => `+--------+--------+\n| ${pick(words).padEnd(6)} | ${pick(words).padEnd(6)} |\n+========+========+\n| ${pick(words).padEnd(15)} |\n+--------+--------+\n| x      | y      |\n+--------+--------+`,
    () => `${inline()} [${Math.floor(rand() * 3) + 1}]_ and [#n${Math.floor(rand() * 3)}]_`,
    () => `.. _${pick(words)}-anchor:\n\n${inline()}`,
    () => `${inline()} \`${pick(words)} <#${pick(words)}-anchor>\`__`,
    () => `| ${inline()}\n|\n| ${inline()}`,
    () => `.. figure:: /f/${pick(words)}.jpg\n   :alt: ${pick(words)}\n   :width: 50%\n\n   ${inline()}`,
    () => `.. admonition:: ${pick(words)} ${pick(words)}\n\n   ${inline()}`,
    () => "----------",
    () => `${inline()} ${pick(words)}__\n\n__ https://anon.example/${pick(words)}`,
    () => `${"~".repeat(14)}\n ${pick(words)} over\n${"~".repeat(14)}`,
    () => `${pick(words)} sub\n${pick(["^", "\"", "'"]).repeat(10)}`,
    () => `i. ${inline()}\nii. ${inline()}`,
    () => `(a) ${inline()}\n(b) ${inline()}`,
    () => `-v, --verbose  ${inline()}\n--out=FILE     ${inline()}`,
    () => `:${pick(words)}: ${inline()}\n\n   ${inline()}\n:${pick(words)}:`,
    () => `.. [CIT${Math.floor(rand() * 2)}] ${inline()}`,
    () => `${inline()} _\`${pick(words)} inline\`.`,
    () => `.. rubric:: ${pick(words)}`,
    () => `.. topic:: ${pick(words)}\n\n   ${inline()}`,
    () => `.. contents::\n   :local:`,
    () => `.. |logo${Math.floor(rand() * 2)}| image:: /l/${pick(words)}.png\n   :alt: ${pick(words)}`,
    () => `+------+---------+\n| ${pick(words).padEnd(4).slice(0, 4)} | - ${pick(words).padEnd(5).slice(0, 5)} |\n|      | - x     |\n+------+---------+\n| y    | z       |\n+------+---------+`,
    () => `    ${inline()}\n\n        ${inline()}`,
    () => `| ${inline()}\n|     ${inline()}\n|         ${inline()}`,
    () => `.. code:: python\n\n   ${pick(words)} = [${pick(words)}, 1.5]`,
    () => `.. warning::\n\n   - ${inline()}\n   - ${inline()}`,
    () => `.. csv-table::\n   :header: "${pick(words)}", "${pick(words)}"\n\n   "${pick(words)}, ${pick(words)}", ${pick(words)}`,
    () => `${inline()}\n\n.. comment ${pick(words)}\n   more comment\n\n${inline()}`,
    () => `See \`${pick(words)} title\`_ and \`${pick(words)} over\`_.`,
    () => `.. contents:: On this page\n   :depth: ${1 + Math.floor(rand() * 2)}`,
    () => `.. _${pick(words)}-sec:\n\n${pick(words)} targeted\n${"-".repeat(16)}\n\n${inline()} \`${pick(words)}-sec\`_`,
  ];
  const targets = words.map((w) => `.. _${w}: https://t.example/${w}`).join("\n");
  const tail = `.. |sub| replace:: replaced\n\n${targets}\n\n.. [CITX] Cx.\n\n.. [1] One.\n.. [2] Two.\n.. [3] Three.\n.. [#n0] N0.\n.. [#n1] N1.\n.. [#n2] N2.\n`;
  return Array.from({ length: count }, () => {
    const parts = [pick(["Title\n=====\n", "=====\nTitle\n=====\n\n:date: 2020-01-01\n:tags: a, b\n", ""])];
    const n = 2 + Math.floor(rand() * 8);
    for (let i = 0; i < n; i++) parts.push(blocks[Math.floor(rand() * blocks.length)]!());
    parts.push(tail);
    return parts.join("\n\n");
  });
}

const docs = documents(Number(process.env.DIFF_SEED ?? 20200321), COUNT);
const refs = renderWithDocutils(docs, true);
if (!refs) console.log("differential test skipped: /usr/bin/python3 cannot import docutils");

test(`differential: ${COUNT} generated documents agree with docutils`, { skip: refs ? false : "/usr/bin/python3 cannot import docutils" }, () => {
  const md = createMarkdownRenderer();
  const unquote = (h: string) => { try { return decodeURIComponent(h); } catch { return h; } };
  const failures: string[] = [];
  let compared = 0;
  docs.forEach((doc, i) => {
    const ref = refs![i]!;
    const conversion = rstToMarkdown(doc);
    const reported = conversion.problems.filter((p) => p.level !== "info");
    // Like docutils' Reporter: a warning or error exactly when docutils (halting at level 2, as Pelican does) rejects the document.
    if ((ref.error !== undefined) !== (reported.length > 0)) {
      failures.push(`document ${i}: docutils ${ref.error ?? "accepts it"}; we report ${JSON.stringify(reported)}\n${doc}`);
    }
    if (ref.error !== undefined) return;
    compared++;
    // Code compares as text: docutils highlights with Pygments, we with Prism.
    const verdict = compareSummaries(summarize(withoutTokenSpans(ref.body ?? ""), unquote), summarize(withoutTokenSpans(md.render(conversion.markdown)), unquote));
    if (!verdict.ok) failures.push(`document ${i}:\n${doc}\n${verdict.why.join("\n")}`);
  });
  console.log(`compared ${compared} documents docutils accepts (of ${COUNT})`);
  assert.ok(compared > COUNT / 2, "most generated documents should be valid");
  assert.equal(failures.length, 0, failures.slice(0, 2).join("\n\n"));
});

/** Paragraphs of random markup characters, words, URIs and emails: recognition rules, escapes and implicit links. */
function inlineDocuments(seed: number, count: number): string[] {
  let s = seed;
  const rand = () => { s = (s * 1103515245 + 12345) % 2147483648; return s / 2147483648; };
  const pieces = ["a", "b", "word", " ", " ", " ", "*", "**", "`", "``", "_", "__", "|", ":", "\\", "(", ")", '"', "'", ".", ",", "-", "/",
    "<", ">", "[", "]", "#", "@", "x.y", "http://e.x/p", "a@b.c", ":sub:", ":code:", "\u2018", "\u2019", "\u00ab", "\u00bb", "中"];
  const tail = ".. _a: http://a.x/\n.. _b: http://b.x/\n.. _word: http://w.x/\n.. |a| replace:: A\n.. |b| replace:: B\n.. |word| replace:: W\n";
  return Array.from({ length: count }, () => {
    const n = 3 + Math.floor(rand() * 14);
    let text = "";
    for (let k = 0; k < n; k++) text += pieces[Math.floor(rand() * pieces.length)];
    return `Para ${text.trim() || "x"} end.\n\n${tail}`;
  });
}

const inlineDocs = inlineDocuments(Number(process.env.DIFF_SEED ?? 20200321), COUNT * 10);
const inlineRefs = renderWithDocutils(inlineDocs, true);

test(`differential: ${COUNT * 10} paragraphs of inline markup agree with docutils`, { skip: inlineRefs ? false : "/usr/bin/python3 cannot import docutils" }, () => {
  const md = createMarkdownRenderer();
  const unquote = (h: string) => { try { return decodeURIComponent(h); } catch { return h; } };
  const failures: string[] = [];
  inlineDocs.forEach((doc, i) => {
    const ref = inlineRefs![i]!;
    const conversion = rstToMarkdown(doc);
    const reported = conversion.problems.filter((p) => p.level !== "info");
    if ((ref.error !== undefined) !== (reported.length > 0)) failures.push(`${JSON.stringify(doc.split("\n")[0])}: docutils ${ref.error ?? "accepts it"}; we report ${JSON.stringify(reported)}`);
    if (ref.error !== undefined) return;
    const verdict = compareSummaries(summarize(ref.body ?? "", unquote), summarize(md.render(conversion.markdown), unquote));
    if (!verdict.ok) failures.push(`${JSON.stringify(doc.split("\n")[0])}: ${verdict.why.join("; ")}`);
  });
  assert.equal(failures.length, 0, failures.slice(0, 5).join("\n"));
});
