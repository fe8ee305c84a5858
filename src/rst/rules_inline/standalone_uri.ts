// Standalone hyperlinks: absolute URIs with a known scheme, and email addresses (docutils' implicit inline rules).
import type { InlineState } from "../state_inline.ts";
import { START_PREFIX, unescape } from "../state_inline.ts";

const SCHEMES = new Set(("about acap addbook afp afs aim callto castanet cdv chttp cid crid data dav dict dns eid fax feed file " +
  "finger freenet ftp go gopher gsm-sms h323 h324 hdl hnews http https hydra iioploc ilu im imap info ior ipp irc iris-beep " +
  "iseek jar javascript jdbc ldap lifn livescript lrq mailbox mailserver mailto md5 mid mocha modem mtqp mupdate news nfs nntp " +
  "opaquelocktoken phone pop pop3 pres printer prospero rdar res rtsp rvp rwhois rx sdp service shttp sip sips smb snmp soap.beep " +
  "soap.beeps soap.udp subscription t120 tag tcp tel telephone telnet tftp tip tn3270 tv urn uuid vemmi videotex view-source " +
  "wais whodp whois++ xmlrpc.beep xmlrpc.beeps z39.50r z39.50s").split(" "));

const URIC = /[-_.!~*'()[\];/:@&=+$,%a-zA-Z0-9\x00]/;
const URILAST = /[_~*/=+a-zA-Z0-9]/;
const EMAILC = /[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]/;
const EMAIL = /(?:[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+)*)(?<!\x00)@[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]*)*/y;

/** Longest end offset (exclusive) in (min, max] that ends like a URI and is followed by an end-string suffix. */
function uriEnd(state: InlineState, min: number, max: number): number {
  const src = state.src;
  for (let e = max; e > min; e--) {
    const last = src[e - 1] ?? "";
    if (last === "?" || last === "#") continue;
    const ok = URILAST.test(last) || (URIC.test(last) && src[e] === ">");
    if (ok && state.endOk(e)) return e;
  }
  return -1;
}

/** End of the run of characters matching `re` from `i`; runs are memoized so scanning stays linear. */
function runEnd(state: InlineState, key: string, re: RegExp, i: number): number {
  const memo = state.memo.get(key);
  if (memo && i >= memo.start && i < memo.end) return memo.end;
  let j = i;
  while (j < state.src.length && re.test(state.src[j] ?? "")) j++;
  state.memo.set(key, { start: i, end: j });
  return j;
}

function absoluteUri(state: InlineState, i: number): boolean {
  const src = state.src;
  const j = runEnd(state, "scheme", /[a-zA-Z0-9.+-]/, i);
  if (j - i > 40) return false;
  if (src[j] !== ":" || !/^[a-zA-Z]/.test(src[i] ?? "")) return false;
  if (!SCHEMES.has(src.slice(i, j).toLowerCase())) return false;
  // hierarchical part, then an optional ?query and #fragment
  let k = j + 1;
  while (k < src.length && URIC.test(src[k] ?? "")) k++;
  if (src[k] === "?") { k++; while (k < src.length && URIC.test(src[k] ?? "")) k++; }
  if (src[k] === "#") { k++; while (k < src.length && URIC.test(src[k] ?? "")) k++; }
  const end = uriEnd(state, j + 1, k);
  if (end < 0) return false;
  const uri = unescape(src.slice(i, end));
  state.push({ type: "reference", children: [{ type: "text", value: uri }], refuri: uri, line: state.lineAt(i) });
  state.pos = end;
  return true;
}

function email(state: InlineState, i: number): boolean {
  const src = state.src;
  const j = runEnd(state, "email", /[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00.]/, i);
  if (src[j] !== "@" || j - i > 256) return false;
  EMAIL.lastIndex = i;
  const m = EMAIL.exec(src);
  if (!m) return false;
  const end = uriEnd(state, i + 1, i + m[0].length);
  if (end < 0 || end <= j + 1) return false;
  const address = unescape(src.slice(i, end));
  state.push({ type: "reference", children: [{ type: "text", value: address }], refuri: `mailto:${address}`, line: state.lineAt(i) });
  state.pos = end;
  return true;
}

export function standaloneUri(state: InlineState): boolean {
  const i = state.pos;
  const prev = i > 0 ? state.src[i - 1] : undefined;
  if (prev !== undefined && !START_PREFIX.test(prev)) return false;
  if (!EMAILC.test(state.src[i] ?? "")) return false;
  return absoluteUri(state, i) || email(state, i);
}
