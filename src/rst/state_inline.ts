// Inline parsing state: the text with backslash escapes turned into NUL marks, as docutils' escape2null does.
import type { Inline } from "./ast.ts";
import type { DocContext } from "./context.ts";
import { implicitInline } from "./rules_inline/standalone_uri.ts";

/** A word character as Python's re means it (Unicode letters and digits), not JavaScript's ASCII \w. */
export const WORD = String.raw`[\p{L}\p{N}_]`;
export const SIMPLENAME = String.raw`(?:(?!_)[\p{L}\p{N}_])+(?:[-._+:](?:(?!_)[\p{L}\p{N}_])+)*`;
// docutils' punctuation_chars: openers and closers are ASCII brackets and quotes plus Unicode Ps/Pe/Pi/Pf; delimiters are
// "-/:" plus non-ASCII Pd/Po (so "#", "*", "@", "%", "&", "_" neither start nor end inline markup).
export const START_PREFIX = /^(?:[\s"'(<\[{\-\/:\p{Ps}\p{Pi}\p{Pf}]|(?![\x00-\x7f])[\p{Pd}\p{Po}])$/u;
export const END_SUFFIX = /^(?:[\s\x00"')>\]}\\.,;!?\-\/:\p{Pe}\p{Pi}\p{Pf}]|(?![\x00-\x7f])[\p{Pd}\p{Po}])$/u;
/** Opening character to the closing characters that make a start-string "quoted" (docutils' match_chars, quote_pairs). */
const PAIRS: Record<string, string> = {
  "(": ")", "[": "]", "{": "}", "<": ">", '"': '"', "'": "'",
  "\u2018": "\u2019\u201a", "\u201c": "\u201d\u201e", "\u00ab": "\u00bb", "\u2039": "\u203a",
  "\u00bb": "\u00ab\u00bb", "\u203a": "\u2039\u203a", "\u2019": "\u2018\u2019", "\u201d": "\u201c\u201d",
  "\u201a": "\u2018\u2019", "\u201e": "\u201c\u201d",
  "\uff08": "\uff09", "\uff3b": "\uff3d", "\uff5b": "\uff5d", "\u3008": "\u3009", "\u300a": "\u300b",
  "\u300c": "\u300d", "\u300e": "\u300f", "\u3010": "\u3011", "\u3014": "\u3015",
};

export function escapeToNull(text: string): string {
  return text.replace(/\\([\s\S])/g, "\x00$1").replace(/\\$/, "\x00");
}

/** Removes escape marks; an escaped space or newline disappears entirely. */
export function unescape(text: string): string {
  return text.replace(/\x00[ \n]/g, "").replace(/\x00/g, "");
}

/** For literals: escapes are kept as written. */
export function restoreBackslashes(text: string): string {
  return text.replace(/\x00/g, "\\");
}

export class InlineState {
  pos = 0;
  readonly nodes: Inline[] = [];
  private pending = "";
  private readonly endMemo = new Map<string, { from: number; found: number; match: RegExpExecArray | null }>();
  private refStarts: Map<number, number> | undefined;

  constructor(readonly src: string, readonly ctx: DocContext, readonly line: number) {}

  /** Line number of an offset in the source text. */
  lineAt(offset: number): number {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = 0; i < this.src.length; i++) if (this.src.charCodeAt(i) === 10) this.newlines.push(i);
    }
    let lo = 0, hi = this.newlines.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.newlines[mid]! < offset) lo = mid + 1; else hi = mid; }
    return this.line + lo;
  }
  private newlines: number[] | undefined;

  /** Rules 1, 2 and 5 of docutils' inline markup recognition for a start-string at `start` of length `len`. */
  startOk(start: number, len: number): boolean {
    const prev = start > 0 ? this.src[start - 1] : undefined;
    const next = this.src[start + len];
    if (prev !== undefined && !START_PREFIX.test(prev)) return false;
    if (next === undefined || /\s/.test(next)) return false;
    if (prev !== undefined && (PAIRS[prev] ?? "").includes(next)) return false;
    return true;
  }

  endOk(end: number): boolean {
    const next = this.src[end];
    return next === undefined || END_SUFFIX.test(next);
  }

  /** The next match of an end-string pattern at or after `from`; memoized so unmatched start-strings stay linear. */
  findEnd(key: string, pattern: RegExp, from: number): RegExpExecArray | null {
    const memo = this.endMemo.get(key);
    if (memo && memo.from <= from && (memo.found === -1 || memo.found >= from)) return memo.match;
    pattern.lastIndex = from;
    const match = pattern.exec(this.src);
    this.endMemo.set(key, { from, found: match ? match.index : -1, match });
    return match;
  }

  /** Start offsets of `name_` / `name__` references, found once by scanning back from each underscore. */
  refStart(pos: number): number | undefined {
    if (!this.refStarts) {
      this.refStarts = new Map();
      const re = /(?<!_)__?(?!_)/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(this.src))) {
        const endAll = m.index + m[0].length;
        if (!this.endOk(endAll)) continue;
        let s = m.index;
        while (s > 0 && /[\p{L}\p{N}_.+:-]/u.test(this.src[s - 1] ?? "")) s--;
        for (let p = s; p < m.index; p++) {
          const word = this.src.slice(p, m.index);
          if (new RegExp(`^${SIMPLENAME}$`, "u").test(word) && (p === 0 || START_PREFIX.test(this.src[p - 1] ?? ""))) {
            if (!this.refStarts.has(p)) this.refStarts.set(p, endAll);
            break;
          }
        }
      }
    }
    return this.refStarts.get(pos);
  }

  /** Index of the next `ch` at or after `from` (-1 if none); memoized per character so repeated look-aheads stay linear. */
  nextIndex(ch: string, from: number): number {
    const memo = this.nextMemo.get(ch);
    if (memo && memo.from <= from && (memo.at === -1 || memo.at >= from)) return memo.at;
    const at = this.src.indexOf(ch, from);
    this.nextMemo.set(ch, { from, at });
    return at;
  }
  private readonly nextMemo = new Map<string, { from: number; at: number }>();

  /**
   * The text between the start-string `open` at `pos` and its end-string, with the end-string's match; or null when
   * the end-string is missing or nothing stands between, where docutils warns and keeps the start-string as text.
   */
  span(open: string, key: string, endPattern: RegExp, label: string): { inner: string; end: RegExpExecArray } | null {
    const from = this.pos + open.length;
    const end = this.findEnd(key, endPattern, from);
    if (!end || end.index === from) {
      this.ctx.reporter.warning(this.lineAt(this.pos), `Inline ${label} start-string without end-string.`);
      this.text(open);
      this.pos = from;
      return null;
    }
    return { inner: this.src.slice(from, end.index), end };
  }

  text(value: string): void { this.pending += value; }

  push(node: Inline): void {
    this.flush();
    this.nodes.push(node);
  }

  flush(): void {
    if (this.pending) {
      this.nodes.push(...implicitInline(this.pending, this.line));
      this.pending = "";
    }
  }
}
