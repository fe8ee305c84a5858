// Standalone hyperlinks (absolute URIs with a known scheme, email addresses), found as docutils' implicit_inline does:
// in the text between explicit markup, leftmost match first, text before and after searched again on its own.
import type { Inline } from "../ast.ts";
import { END_SUFFIX, START_PREFIX, unescape } from "../state_inline.ts";

const SCHEMES = new Set(("about acap addbook afp afs aim callto castanet cdv chttp cid crid data dav dict dns eid fax feed file " +
  "finger freenet ftp go gopher gsm-sms h323 h324 hdl hnews http https hydra iioploc ilu im imap info ior ipp irc iris-beep " +
  "iseek jar javascript jdbc ldap lifn livescript lrq mailbox mailserver mailto md5 mid mocha modem mtqp mupdate news nfs nntp " +
  "opaquelocktoken phone pop pop3 pres printer prospero rdar res rtsp rvp rwhois rx sdp service shttp sip sips smb snmp soap.beep " +
  "soap.beeps soap.udp subscription t120 tag tcp tel telephone telnet tftp tip tn3270 tv urn uuid vemmi videotex view-source " +
  "wais whodp whois++ xmlrpc.beep xmlrpc.beeps z39.50r z39.50s").split(" "));

const URIC = /[-_.!~*'()[\];/:@&=+$,%a-zA-Z0-9\x00]/;
const URILAST = /[_~*/=+a-zA-Z0-9]/;
const SCHEME_CHAR = /[a-zA-Z0-9.+-]/;
const EMAILC = /[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]/;
const EMAIL = /(?:[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+)*)(?<!\x00)@[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]+(?:\.[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00]*)*/y;

type Found = { start: number; end: number; email: boolean; known: boolean };

/** For each offset, where the run of characters matching `re` starting there ends. */
function runEnds(text: string, re: RegExp): Int32Array {
  const ends = new Int32Array(text.length + 1);
  ends[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) ends[i] = re.test(text[i] ?? "") ? ends[i + 1]! : i;
  return ends;
}

interface Runs { scheme: Int32Array; uric: Int32Array; email: Int32Array }

/** The longest end in (min, max] where a URI may end: a final URI character (or any before ">") and an end-string suffix; `to` ends the piece. */
function uriEnd(text: string, min: number, max: number, to: number): number {
  for (let e = Math.min(max, to); e > min; e--) {
    const last = text[e - 1] ?? "";
    if (last === "?" || last === "#") continue;
    const ok = URILAST.test(last) || (URIC.test(last) && e < to && text[e] === ">");
    if (ok && (e === to || END_SUFFIX.test(text[e] ?? ""))) return e;
  }
  return -1;
}

/** docutils' uri pattern: the leftmost absolute URI or email address in text[from, to), a piece searched on its own. */
function findUri(text: string, from: number, to: number, runs: Runs): Found | undefined {
  const clip = (n: number) => Math.min(n, to);
  for (let p = from; p < to; p++) {
    if (p > from && !START_PREFIX.test(text[p - 1] ?? "")) continue;
    const ch = text[p] ?? "";
    const colon = clip(runs.scheme[p]!);
    if (/[a-zA-Z]/.test(ch) && colon < to && text[colon] === ":") {
      // "?query" and "#fragment" may follow only a part that itself ends like a URI.
      let k = clip(runs.uric[colon + 1]!);
      if (k < to && text[k] === "?" && k > colon + 1 && URILAST.test(text[k - 1] ?? "")) k = clip(runs.uric[k + 1]!);
      if (k < to && text[k] === "#" && k > colon + 1 && URILAST.test(text[k - 1] ?? "")) k = clip(runs.uric[k + 1]!);
      const end = uriEnd(text, colon + 1, k, to);
      if (end > 0) return { start: p, end, email: false, known: SCHEMES.has(text.slice(p, colon).toLowerCase()) };
    }
    const at = clip(runs.email[p]!);
    if (EMAILC.test(ch) && at < to && text[at] === "@" && at - p <= 256) {
      EMAIL.lastIndex = p;
      const m = EMAIL.exec(text);
      // the host is at least one character and a final URI character (which may be any URI character before ">")
      const end = m ? uriEnd(text, at + 2, Math.min(to, p + m[0].length + 1), to) : -1;
      if (end > 0) return { start: p, end, email: true, known: true };
    }
  }
  return undefined;
}

/** Text between explicit inline markup (escaped as in InlineState) to text and standalone-hyperlink nodes. */
export function implicitInline(text: string, line: number): Inline[] {
  const runs: Runs = { scheme: runEnds(text, SCHEME_CHAR), uric: runEnds(text, URIC), email: runEnds(text, /[-_!~*'{|}/#?^`&=+$%a-zA-Z0-9\x00.]/) };
  const out: Inline[] = [];
  piece(0, text.length, 0);
  return out;

  function piece(from: number, to: number, depth: number): void {
    let pos = from;
    while (pos < to) {
      const found = depth < 32 ? findUri(text, pos, to, runs) : undefined;
      // A match with an unknown scheme leaves the whole piece as text, as docutils' MarkupMismatch does.
      if (!found || !found.known) { pushText(text.slice(pos, to)); return; }
      if (found.start > pos) piece(pos, found.start, depth + 1);
      const uri = unescape(text.slice(found.start, found.end));
      out.push({ type: "reference", children: [{ type: "text", value: uri }], refuri: found.email ? `mailto:${uri}` : uri, line });
      pos = found.end;
    }
  }

  function pushText(t: string): void {
    const value = unescape(t);
    if (!value) return;
    const last = out[out.length - 1];
    if (last?.type === "text") last.value += value;
    else out.push({ type: "text", value });
  }
}
