// The token shape the per-language tokenizers share.

/** [kind, text]: kind is a Pygments-style short class ("n", "p", "s"...), "" for plain text. */
export type Token = [kind: string, text: string];
