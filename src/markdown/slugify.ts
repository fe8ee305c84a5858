// Heading ids made the way docutils' make_id makes them, so links written for a reST page still land here.

/** Letters NFKD does not reduce to ASCII, mapped as docutils' translation tables do. */
const SPECIAL_LETTERS: Record<string, string> = {
  "ß": "sz", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ł": "l", "ŀ": "l", "ŧ": "t", "þ": "th", "ð": "d",
};

export function docutilsId(text: string): string {
  const lowered = Array.from(text.toLowerCase(), (ch) => SPECIAL_LETTERS[ch] ?? ch).join("");
  const ascii = lowered.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
  return ascii
    .split(/\s+/)
    .filter(Boolean)
    .join(" ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[-0-9]+|-+$/g, "");
}
