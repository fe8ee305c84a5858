// The comparison ../shared/tools/pelican-fidelity makes (headings, links, images, word text, in-page anchors), ported from its Python.

export interface Summary { headings: string[]; links: [string, string][]; images: [string, string][]; words: string[]; ids: Set<string> }

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", mdash: "\u2014", ndash: "\u2013", copy: "\u00a9", hellip: "\u2026", laquo: "\u00ab", raquo: "\u00bb", ldquo: "\u201c", rdquo: "\u201d", lsquo: "\u2018", rsquo: "\u2019", reg: "\u00ae", trade: "\u2122", times: "\u00d7", middot: "\u00b7", bull: "\u2022", dagger: "\u2020", Dagger: "\u2021", sect: "\u00a7", para: "\u00b6" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const cp = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

const SYMBOLS = /^[\s#¶§🔗\u00a0]+|[\s#¶§🔗\u00a0]+$/gu;

export function normText(s: string): string {
  return decodeEntities(s).normalize("NFC").replace(/\u00a0/g, " ").replace(/\s+/g, " ").replace(SYMBOLS, "").trim();
}

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=\/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  const body = tag.replace(/^<\/?[a-zA-Z0-9-]+/, "").replace(/\/?>$/, "");
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const name = (m[1] ?? "").toLowerCase();
    if (!(name in out)) out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? "");
  }
  return out;
}

/**
 * Code as its text alone: inside each <pre>, the spans a highlighter wraps tokens in are dropped (line-number spans stay).
 * The tool splits words at every tag, so Pygments' and Prism's different cuts would count as different text; for
 * comparing the reST reader with docutils only the code's text matters. What the cuts cost against the real tool is
 * measured in tests/markdown/highlight.test.ts.
 */
export function withoutTokenSpans(html: string): string {
  return html.replace(/<pre\b[\s\S]*?<\/pre>/g, (pre) => {
    const dropped: boolean[] = [];
    return pre.replace(/<span\b[^>]*>|<\/span>/g, (tag) => {
      if (tag === "</span>") return dropped.pop() === false ? tag : "";
      const drop = !/\bclass="(?:linenos|normal)"/.test(tag);
      dropped.push(drop);
      return drop ? "" : tag;
    });
  });
}

/** Walks an HTML fragment the way Python's HTMLParser feeds the tool's Collect class. */
export function summarize(html: string, normHref: (href: string) => string = (h) => h): Summary {
  const s: Summary = { headings: [], links: [], images: [], words: [], ids: new Set() };
  let heading: string[] | undefined;
  let link: [string, string[]] | undefined;
  let skip = 0;
  const rawLinks: [string, string][] = [];
  const re = /<!--[\s\S]*?-->|<![^>]*>|<\/?[a-zA-Z][^>]*>|[^<]+|</g;
  let m: RegExpExecArray | null;
  const data = (d: string) => {
    if (skip) return;
    if (heading) heading.push(d);
    if (link) link[1].push(d);
    s.words.push(...normText(d).split(" ").filter(Boolean));
  };
  while ((m = re.exec(html))) {
    const tok = m[0];
    if (tok.startsWith("<!")) continue;
    if (tok === "<" || !/^<\/?[a-zA-Z]/.test(tok)) { data(tok); continue; }
    const end = tok.startsWith("</");
    const name = (/^<\/?([a-zA-Z0-9-]+)/.exec(tok)?.[1] ?? "").toLowerCase();
    if (!end) {
      const a = attrs(tok);
      if (a.id) s.ids.add(a.id);
      if (a.name && name === "a") s.ids.add(a.name);
      if (name === "script" || name === "style" || name === "template") {
        skip++;
        const close = html.toLowerCase().indexOf(`</${name}`, re.lastIndex);
        if (close >= 0) re.lastIndex = close;
      }
      if (/^h[1-6]$/.test(name)) heading = [];
      if (name === "a" && "href" in a) link = [a.href ?? "", []];
      if (name === "img") s.images.push([normHref(a.src ?? ""), normText(a.alt ?? "")]);
    } else {
      if ((name === "script" || name === "style" || name === "template") && skip) skip--;
      if (/^h[1-6]$/.test(name) && heading) { s.headings.push(normText(heading.join(" "))); heading = undefined; }
      if (name === "a" && link) { rawLinks.push([link[0], normText(link[1].join(" "))]); link = undefined; }
    }
  }
  s.headings = s.headings.filter(Boolean);
  for (const [href, text] of rawLinks) {
    if (href.startsWith("#") && !text) continue; // heading permalinks
    s.links.push([normHref(href), text]);
  }
  return s;
}

/** difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() */
export function similarity(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  const b2j = new Map<string, number[]>();
  b.forEach((w, j) => { const l = b2j.get(w); if (l) l.push(j); else b2j.set(w, [j]); });
  let matches = 0;
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    let besti = alo, bestj = blo, bestsize = 0;
    let j2len = new Map<number, number>();
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>();
      for (const j of b2j.get(a[i]!) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j2len.get(j - 1) ?? 0) + 1;
        next.set(j, k);
        if (k > bestsize) { besti = i - k + 1; bestj = j - k + 1; bestsize = k; }
      }
      j2len = next;
    }
    if (bestsize === 0) continue;
    matches += bestsize;
    if (alo < besti && blo < bestj) queue.push([alo, besti, blo, bestj]);
    if (besti + bestsize < ahi && bestj + bestsize < bhi) queue.push([besti + bestsize, ahi, bestj + bestsize, bhi]);
  }
  return (2 * matches) / (a.length + b.length);
}

export interface Verdict { ok: boolean; why: string[]; ratio: number }

/** The tool's verdict for one page: equal headings, links and images, text ratio >= 0.98, and landing anchors resolve. */
export function compareSummaries(want: Summary, got: Summary, gotIds: Set<string> = got.ids): Verdict {
  const why: string[] = [];
  const key = (l: [string, string]) => JSON.stringify(l);
  if (JSON.stringify(want.headings) !== JSON.stringify(got.headings)) why.push(`headings: want ${JSON.stringify(want.headings)} got ${JSON.stringify(got.headings)}`);
  const gotLinks = [...got.links];
  for (const [, text] of want.links.filter((l) => l[0] === "{unresolved}")) {
    const i = gotLinks.findIndex((l) => l[1] === text);
    if (i >= 0) { gotLinks.splice(i, 1); gotLinks.push(["{unresolved}", text]); }
  }
  const wl = want.links.map(key).sort(), gl = gotLinks.map(key).sort();
  if (JSON.stringify(wl) !== JSON.stringify(gl)) {
    why.push(`links: missing ${JSON.stringify(wl.filter((l) => !gl.includes(l)).slice(0, 4))} extra ${JSON.stringify(gl.filter((l) => !wl.includes(l)).slice(0, 4))}`);
  }
  const wi = want.images.map(key).sort(), gi = got.images.map(key).sort();
  if (JSON.stringify(wi) !== JSON.stringify(gi)) why.push(`images: want ${JSON.stringify(wi)} got ${JSON.stringify(gi)}`);
  const ratio = similarity(want.words, got.words);
  if (ratio < 0.98) why.push(`text similarity ${ratio.toFixed(3)}`);
  const dangling = want.links.filter(([h]) => h.startsWith("#") && want.ids.has(decodeURIComponent(h.slice(1))))
    .map(([h]) => h).filter((h) => !gotIds.has(decodeURIComponent(h.slice(1))));
  if (dangling.length) why.push(`dangling anchors ${JSON.stringify(dangling.slice(0, 5))}`);
  return { ok: why.length === 0, why, ratio };
}

/** The tool's norm_href for one page (no URL map: {filename} links compare by text). */
export function normHrefFor(pageUrl: string, source: string): (href: string) => string {
  return (raw: string) => {
    let href = raw.trim();
    try { href = decodeURIComponent(href); } catch { /* keep as is */ }
    const m = /^\{(filename|static|attach)\}(.*)$/s.exec(href);
    if (m) {
      if (m[1] === "filename") return "{unresolved}";
      const target = (m[2] ?? "").split("#")[0] ?? "";
      const dir = source.includes("/") ? source.slice(0, source.lastIndexOf("/")) : "";
      href = "/" + (target.startsWith("/") ? target.replace(/^\/+/, "") : new URL(target, `http://x/${dir}/`).pathname.slice(1));
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href.replace(/\/+$/, "");
    if (href.startsWith("#")) return href;
    const u = new URL(href, `http://site/${pageUrl}`);
    const path = u.pathname.replace(/(\/index)?(\.html)?$/, "").replace(/^\/+|\/+$/g, "");
    return "/" + path + (u.hash ? u.hash : "");
  };
}
