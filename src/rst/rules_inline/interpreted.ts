// `interpreted text` with roles (:role:`x`, `x`:role:, the default role) and `phrase references`_ with embedded URIs.
import type { InlineState } from "../state_inline.ts";
import { unescape } from "../state_inline.ts";
import { normalizeName } from "../context.ts";
import { INTERPRETED_END, ROLE_PREFIX } from "./patterns.ts";
import { applyRole } from "./roles.ts";

const EMAIL = /^[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9]+)*@[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9]*)*$/;
const EMBEDDED = /(?:[ \n]+|^)<(?![ \n])((?:[^<>\x00]|\x00[\s\S])+)(?<![ \n\x00])>$/;

export function interpreted(state: InlineState): boolean {
  const i = state.pos;
  const src = state.src;
  let role: string | undefined;
  let open = i;
  if (src[i] === ":") {
    if (state.nextIndex("`", i) < 0) return false;
    ROLE_PREFIX.lastIndex = i;
    const m = ROLE_PREFIX.exec(src);
    if (!m) return false;
    role = m[1];
    open = i + m[0].length - 1;
    if (!state.startOk(i, 0) || /\s/.test(src[open + 1] ?? " ")) return false;
  } else if (src[i] !== "`" || src[i + 1] === "`" || !state.startOk(i, 1)) {
    return false;
  }
  // Like docutils, only the first end-string counts, and it must leave at least one character of text.
  const end = state.findEnd("interpreted", INTERPRETED_END, open + 1);
  const line = state.lineAt(i);
  if (!end || end.index === open + 1) {
    state.ctx.reporter.warning(line, "Inline interpreted text or phrase reference start-string without end-string.");
    state.text(src.slice(i, open + 1));
    state.pos = open + 1;
    return true;
  }
  const raw = src.slice(open + 1, end.index);
  const suffix = end[1] ?? "";
  state.pos = end.index + 1 + suffix.length;
  if (suffix.startsWith("_")) {
    if (role) {
      state.ctx.reporter.warning(line, "Mismatch: both interpreted text role prefix and reference suffix.");
      state.text(src.slice(i, state.pos));
      return true;
    }
    phraseReference(state, raw, suffix === "__", line);
    return true;
  }
  if (suffix) {
    if (role) {
      state.ctx.reporter.warning(line, "Multiple roles in interpreted text (both prefix and suffix present; only one allowed).");
      state.text(src.slice(i, state.pos));
      return true;
    }
    role = suffix.slice(1, -1);
  }
  const node = applyRole(state, role ?? state.ctx.defaultRole, raw, line, role === undefined);
  if (node) state.push(node);
  else state.text(src.slice(i, state.pos));
  return true;
}

function phraseReference(state: InlineState, raw: string, anonymous: boolean, line: number): void {
  const m = EMBEDDED.exec(raw);
  if (m) {
    let text = unescape(raw.slice(0, m.index)).trim();
    const target = m[1] ?? "";
    const aliasName = /(?<!\x00)_$/.test(target) && !/\s/.test(target.slice(-2, -1)) ? target.slice(0, -1) : undefined;
    if (aliasName !== undefined) {
      const refname = normalizeName(unescape(aliasName));
      if (!text) text = unescape(aliasName);
      // docutils notes an embedded alias as an indirect target only, never as an explicit name: repeating one is no duplicate.
      if (!anonymous) state.ctx.noteAlias(text, refname);
      state.push({ type: "reference", children: [{ type: "text", value: text }], refname, line });
      return;
    }
    let refuri = unescape(target.replace(/\s+/g, ""));
    if (EMAIL.test(refuri)) refuri = `mailto:${refuri}`;
    if (!text) text = refuri;
    if (!anonymous) state.ctx.noteName(text, { refuri, explicit: true, duplicate: false, line });
    state.push({ type: "reference", children: [{ type: "text", value: text }], refuri, line });
    return;
  }
  const text = unescape(raw);
  state.push({
    type: "reference", children: [{ type: "text", value: text }], line,
    ...(anonymous ? { anonymous: true } : { refname: normalizeName(text) }),
  });
}
