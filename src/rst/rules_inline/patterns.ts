// End-string patterns shared by the inline rules (rules 3, 4 and 7 of docutils' recognition rules).
import { SIMPLENAME } from "../state_inline.ts";

const END = String.raw`(?=$|[\s\x00"')>\]}\\.,;!?\-\/:\p{Pe}\p{Pi}\p{Pf}]|(?![\x00-\x7f])[\p{Pd}\p{Po}])`;
const NOT_WS_OR_ESC = String.raw`(?<![\s\x00])`;

export const STRONG_END = new RegExp(`${NOT_WS_OR_ESC}\\*\\*${END}`, "gu");
export const EMPHASIS_END = new RegExp(`${NOT_WS_OR_ESC}\\*${END}`, "gu");
export const LITERAL_END = new RegExp(`(?<!\\s)\`\`${END}`, "gu");
export const TARGET_END = new RegExp(`${NOT_WS_OR_ESC}\`${END}`, "gu");
export const INTERPRETED_END = new RegExp(`${NOT_WS_OR_ESC}\`(:${SIMPLENAME}:|__?)?${END}`, "gu");
export const SUBSTITUTION_END = new RegExp(`${NOT_WS_OR_ESC}\\|(__?)?${END}`, "gu");
export const ROLE_PREFIX = new RegExp(`:(${SIMPLENAME}):\`(?!\`)`, "uy");
