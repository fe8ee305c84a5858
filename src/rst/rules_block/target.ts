// Hyperlink targets: ".. _name: URI", ".. _name: other_" (indirect), ".. _name:" (internal), ".. __: URI" (anonymous).
import type { BlockState } from "../state_block.ts";
import { firstKnownIndented } from "../lines.ts";
import { escapeToNull, unescape } from "../state_inline.ts";
import { normalizeName } from "../context.ts";

/** docutils' hyperlink_target construct: ".. _" and a first character that is not a space. */
const TARGET_START = /^\.\. +_(?! |$)/;
/**
 * docutils' explicit target pattern, on the escaped text after ".. _": "_" (anonymous) or a name, quoted or not, that
 * may hold colons but not end in an unescaped one; an optional space; the colon; whitespace or the end.
 */
const TARGET_NAME = /^(?:(_)|(?!_)(`?)(?![ `])(.+?)(?<![\s\x00])\2)(?<!(?<!\x00):)(?<![\s\x00]) ?:(?: +|$)/;
/** docutils' email pattern, whole: a target URI that is an address becomes a mailto: link (its adjust_uri). */
const EMAIL = /^[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9]+)*@[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9]*)*$/;

const MAX_NAME_LINES = 32;

export interface LinkTarget { refuri?: string; refname?: string }

/** The target of a link block: a URI (whitespace removed) or, when it ends in an unescaped "_", a reference name. */
export function parseLinkBlock(text: string): LinkTarget {
  const escaped = escapeToNull(text.trim());
  const ref = /^(?:`((?:[^`\x00]|\x00[\s\S])+)`|((?:[^\s\x00]|\x00[\s\S])+))_$/.exec(escaped);
  if (ref && !/\x00_$/.test(escaped)) return { refname: normalizeName(unescape(ref[1] ?? ref[2] ?? "")) };
  const uri = unescape(escaped.split(/\s+/).join(""));
  return uri ? { refuri: uri } : {};
}

export function target(state: BlockState): boolean {
  const start = TARGET_START.exec(state.line());
  if (!start) return false;
  const at = state.pos;
  const lineNo = state.lineNo(at);
  const block = firstKnownIndented(state.lines, at, start[0].length, true);
  state.pos = block.end;
  // Like docutils, the name may run over several lines: they are joined until the pattern matches.
  const lines = block.lines.map(escapeToNull);
  let escaped = lines[0] ?? "";
  let index = 0;
  let m: RegExpExecArray | null;
  while (!(m = TARGET_NAME.exec(escaped))) {
    index++;
    // No name runs over this many lines; trying each join again would make a huge malformed block cost its square.
    if (index >= lines.length || index > MAX_NAME_LINES) {
      state.ctx.reporter.warning(lineNo, "malformed hyperlink target.");
      return true;
    }
    escaped += lines[index];
  }
  const rest = [escaped.slice(m[0].length), ...lines.slice(index + 1)].map((l) => l.replace(/\x00/g, "\\"));
  const link = parseLinkBlock(rest.join("\n"));
  if (m[1]) {
    state.ctx.anonymousTargets.push({ ...link, line: lineNo });
    return true;
  }
  const name = unescape(m[3] ?? "");
  const key = normalizeName(name);
  if (link.refuri === undefined && link.refname === undefined) {
    const id = state.ctx.setId([key], "target");
    state.ctx.noteName(name, { refid: id, explicit: true, duplicate: false, line: lineNo });
    state.out.push({ type: "anchor", ids: [id], names: [key], line: lineNo });
    return true;
  }
  if (link.refuri !== undefined && EMAIL.test(link.refuri)) link.refuri = `mailto:${link.refuri}`;
  state.ctx.noteName(name, { ...link, explicit: true, duplicate: false, line: lineNo });
  state.out.push({ type: "link_target", names: [key], line: lineNo });
  return true;
}
