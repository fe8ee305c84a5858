// Hyperlink targets: ".. _name: URI", ".. _name: other_" (indirect), ".. _name:" (internal), ".. __: URI" (anonymous).
import type { BlockState } from "../state_block.ts";
import { firstKnownIndented } from "../lines.ts";
import { escapeToNull, unescape } from "../state_inline.ts";
import { normalizeName } from "../context.ts";

const TARGET = /^\.\. +_(?:(`)(?![ `])((?:[^`\\]|\\.)+?)(?<![ \\])`|(?![ `])((?:[^:\\]|\\.)+?)(?<![ \\])):(?: +|$)/;
const ANONYMOUS = /^\.\. +__:(?: +|$)/;

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
  const line = state.line();
  const anon = ANONYMOUS.exec(line);
  const m = anon ? null : TARGET.exec(line);
  if (!anon && !m) return false;
  const at = state.pos;
  const lineNo = state.lineNo(at);
  const block = firstKnownIndented(state.lines, at, (anon ?? m)![0].length, true);
  state.pos = block.end;
  const link = parseLinkBlock(block.lines.join("\n"));
  if (anon) {
    state.ctx.anonymousTargets.push({ ...link, line: lineNo });
    return true;
  }
  const name = unescape(escapeToNull(m![2] ?? m![3] ?? ""));
  if (link.refuri === undefined && link.refname === undefined) {
    const id = state.ctx.setId([normalizeName(name)], "target");
    state.ctx.noteName(name, { refid: id, explicit: true, duplicate: false, line: lineNo });
    state.out.push({ type: "anchor", ids: [id], names: [normalizeName(name)], line: lineNo });
    return true;
  }
  state.ctx.noteName(name, { ...link, explicit: true, duplicate: false, line: lineNo });
  return true;
}
