// Patterns several block rules share: adornment lines, explicit markup starts, list markers.
import type { Inline } from "../ast.ts";

export const ADORNMENT = /^([!-\/:-@\[-`{-~])\1*$/;
export const EXPLICIT = /^\.\.(?: +|$)/;
export const BULLET = /^([-+*\u2022\u2023\u2043])(?: +|$)/;
export const ENUMERATOR = /^(?:\(([0-9]+|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#)\)|([0-9]+|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#)([.)]))(?: +|$)/;
export const FIELD_MARKER = /^:(?![: ])((?:[^:\\]|\\.|:(?![ `]|$))*)(?<! ):(?: +|$)/;
export const LINE_BLOCK = /^\|(?: +|$)/;
export const DOCTEST = /^>>>(?: |$)/;

export function isAdornment(line: string): boolean {
  return ADORNMENT.test(line);
}

/** The plain text of inline nodes, as docutils' astext gives it. */
export function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => {
    switch (n.type) {
      case "reference": case "group": return inlineText(n.children);
      case "footnote_ref": return n.text ?? n.label;
      case "substitution_ref": return n.name;
      case "image": return n.image.alt ?? "";
      case "raw": return "";
      default: return n.value;
    }
  }).join("");
}

/** Does this unindented line start a construct other than a paragraph? (ends definition lists and the like) */
export function startsConstruct(line: string): boolean {
  return EXPLICIT.test(line) || BULLET.test(line) || ENUMERATOR.test(line) || FIELD_MARKER.test(line) ||
    LINE_BLOCK.test(line) || DOCTEST.test(line) || /^__(?: |$)/.test(line) || /^\+[-=]/.test(line) || ADORNMENT.test(line);
}
