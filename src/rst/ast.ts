// The document tree the reader builds and the markdown writer walks: a small subset of docutils' doctree.

export interface ImageSpec {
  uri: string;
  alt?: string;
  width?: string;
  height?: string;
  scale?: string;
  align?: string;
  target?: Inline[] | string;
  classes?: string[];
  line: number;
}

export type Inline =
  | { type: "text"; value: string }
  | { type: "emphasis"; value: string }
  | { type: "strong"; value: string }
  | { type: "literal"; value: string; language?: string }
  | { type: "cite"; value: string }
  | { type: "span"; tag: "sub" | "sup" | "abbr" | "span" | "kbd" | "math"; value: string; title?: string; classes?: string[] }
  | { type: "reference"; children: Inline[]; refuri?: string; refname?: string; refid?: string; anonymous?: boolean; line: number }
  | { type: "inline_target"; value: string; id: string }
  | { type: "footnote_ref"; kind: FootnoteKind; label: string; id: string; refid?: string; text?: string; line: number }
  | { type: "substitution_ref"; name: string; refname?: string; anonymous?: boolean; line: number }
  | { type: "group"; children: Inline[] }
  | { type: "image"; image: ImageSpec }
  | { type: "raw"; value: string };

export type FootnoteKind = "number" | "auto" | "autoname" | "symbol" | "citation";

export interface ListItem { children: Block[] }

export interface TableCell { children: Block[]; colspan: number; rowspan: number }

export interface Field { name: string; nameInlines: Inline[]; body: Block[]; raw: string; line: number }

/**
 * Every block carries the source line it starts on, so a problem found while writing it can say where, and may carry
 * classes a class:: directive gave it (written on its outermost element, beside any classes of its own).
 */
export type Block = BlockNode & { addedClasses?: string[] };

type BlockNode =
  | { type: "section"; depth: number; title: Inline[]; id: string; names: string[]; extraIds: string[]; line: number; tocId?: string }
  | { type: "paragraph"; children: Inline[]; line: number }
  | { type: "bullet_list"; items: ListItem[]; line: number }
  | { type: "enumerated_list"; enumtype: string; start: number; items: ListItem[]; line: number }
  | { type: "definition_list"; items: { term: Inline[]; classifiers: Inline[][]; definition: Block[] }[]; line: number }
  | { type: "field_list"; fields: Field[]; line: number }
  | { type: "option_list"; items: { options: { name: string; delimiter: string; arg?: string }[]; description: Block[] }[]; line: number }
  | { type: "line_block"; lines: { indent: number; children: Inline[] }[]; line: number }
  | { type: "block_quote"; children: Block[]; attribution?: Inline[]; classes?: string[]; line: number }
  | { type: "literal_block"; value: string; language?: string; line: number; inlines?: Inline[]; pelicanRaw?: boolean; linenos?: "table" | "inline"; linenostart?: number }
  | { type: "transition"; line: number }
  | { type: "raw"; format: string; value: string; line: number }
  | { type: "image"; image: ImageSpec; line: number }
  | { type: "figure"; image: ImageSpec; caption: Inline[]; legend: Block[]; align?: string; figwidth?: string; line: number }
  | { type: "admonition"; kind: string; title: Inline[]; children: Block[]; line: number }
  | { type: "container"; tag: "div" | "aside"; classes: string[]; title?: Inline[]; children: Block[]; line: number }
  | { type: "rubric"; children: Inline[]; line: number }
  | { type: "table"; head: TableCell[][]; body: TableCell[][]; cols: number; title?: Inline[]; line: number }
  | { type: "anchor"; ids: string[]; names: string[]; line: number }
  /** An external or indirect target (".. _name: URI"): invisible, but an empty target just before it takes its link. */
  | { type: "link_target"; names: string[]; line: number }
  | { type: "footnote"; kind: FootnoteKind; label: string; names: string[]; id: string; children: Block[]; backrefs: string[]; line: number }
  | { type: "contents"; title: Inline[]; id: string; depth?: number; local: boolean; backlinks: "entry" | "top" | "none"; line: number; entries?: TocEntry[] }
  | { type: "problem"; source: string; message: string; line: number; visible?: boolean }
  /** A class:: directive without content: its classes go to the next element (transforms/classes.ts). */
  | { type: "pending_class"; classes: string[]; line: number };

export interface TocEntry { sectionId: string; title: Inline[]; id: string; children: TocEntry[] }
