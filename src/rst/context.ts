// Document-wide state shared by every rule: ids as docutils' set_id makes them, names, targets, substitutions.
import type { Block, Inline } from "./ast.ts";
import { Reporter } from "./reporter.ts";
import { docutilsId } from "../markdown/slugify.ts";

export type LinkKind = "filename" | "static" | "attach" | "tag" | "category";

/** A file read for include::, raw:: or csv-table:: — its bytes and the name it goes by — or why it was not read. */
export type FileRead = { file: string; bytes: Uint8Array } | { error: string; refused?: boolean };

export interface RstOptions {
  file?: string;
  resolveLink?: (kind: LinkKind, target: string) => string | undefined;
  /**
   * Reads `path` as written in a directive, relative to the file `from` (the document's `file`, or an included file's
   * name as this returned it). Without it, no directive reads files. The caller decides what may be read.
   */
  readFile?: (path: string, from: string | undefined) => FileRead;
}

/** Where a name points: an external URI, an element id, or another name (indirect target). */
export interface NameTarget { refuri?: string; refid?: string; refname?: string; explicit: boolean; duplicate: boolean; line: number }

export interface SubstitutionDef { inlines: Inline[]; line: number }

export interface AnonymousTarget { refuri?: string; refname?: string; refid?: string; line: number }

const idCache = new Map<string, string>();

/** docutilsId, memoized: Unicode normalization is the costly part and names repeat. */
export function makeId(name: string): string {
  let id = idCache.get(name);
  if (id === undefined) {
    id = docutilsId(name);
    if (idCache.size > 10000) idCache.clear();
    idCache.set(name, id);
  }
  return id;
}

/** docutils' whitespace_normalize_name + lowercase. */
export function normalizeName(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}

export class DocContext {
  readonly reporter = new Reporter();
  readonly ids = new Set<string>();
  private readonly idCounter = new Map<string, number>();
  readonly names = new Map<string, NameTarget>();
  /** Names given by embedded aliases (`text <name_>`_), each to the name it points at; the first one wins. */
  readonly aliases = new Map<string, string>();
  readonly substitutions = new Map<string, SubstitutionDef>();
  readonly anonymousTargets: AnonymousTarget[] = [];
  /** Section adornment styles in the order they first appear: "=" underline-only, "==" over- and underlined. */
  readonly sectionStyles: string[] = [];
  defaultRole = "title-reference";
  readonly customRoles = new Map<string, { base: string; classes: string[]; language?: string; format?: string }>();
  /** Footnotes in document order, for numbering. */
  readonly footnotes: Extract<Block, { type: "footnote" }>[] = [];
  sectionDepth = 0;
  /** Current depth of nested block parsing (list items, block quotes, directive content). */
  nesting = 0;
  hasContents = false;
  /** The files being read, innermost last: the document's own (undefined when it has no name), then included ones. */
  readonly fileStack: (string | undefined)[];
  /** include:: calls being read, as file and clipping, to refuse a file that would include itself (docutils' include_log). */
  readonly includeLog: string[] = [];
  /** Set by a sectnum:: directive. */
  sectnum: { depth?: number; start: number; prefix: string; suffix: string } | undefined;

  /** `resolveLink` is set by RstDocument.toMarkdown, once the importer knows every page's URL. */
  constructor(readonly options: RstOptions) {
    this.fileStack = [options.file];
  }

  /** The file whose lines are being parsed now, which a directive's relative paths start from. */
  get currentFile(): string | undefined {
    return this.fileStack[this.fileStack.length - 1];
  }

  /** docutils' document.set_id: the first name-derived id not yet taken, else `<prefix>-<n>`. */
  setId(names: string[], suggestedPrefix: string): string {
    let baseId = "";
    for (const name of names) {
      baseId = makeId(name);
      if (baseId && !this.ids.has(baseId)) { this.ids.add(baseId); return baseId; }
    }
    const prefix = baseId ? `${baseId}-` : `${suggestedPrefix}-`;
    for (;;) {
      const n = (this.idCounter.get(prefix) ?? 0) + 1;
      this.idCounter.set(prefix, n);
      const id = `${prefix}${n}`;
      if (!this.ids.has(id)) { this.ids.add(id); return id; }
    }
  }

  /** An embedded alias's name, which plain references to it may use too. */
  noteAlias(name: string, refname: string): void {
    const key = normalizeName(name);
    if (!this.aliases.has(key)) this.aliases.set(key, refname);
  }

  /** Registers a name; duplicates are remembered so references to them can be reported, as docutils does. */
  noteName(name: string, target: NameTarget): void {
    const key = normalizeName(name);
    const old = this.names.get(key);
    if (!old) { this.names.set(key, target); return; }
    if (old.explicit && target.explicit) {
      const same = (old.refuri !== undefined && old.refuri === target.refuri) || (old.refname !== undefined && old.refname === target.refname);
      if (!same) {
        old.duplicate = true;
        this.reporter.warning(target.line, `Duplicate explicit target name: "${name}".`);
      }
      return;
    }
    if (old.explicit && !target.explicit) { this.reporter.info(target.line, `Duplicate implicit target name: "${name}".`); return; }
    if (!old.explicit && target.explicit) { this.names.set(key, target); this.reporter.info(target.line, `Duplicate implicit target name: "${name}".`); return; }
    old.duplicate = true;
    this.reporter.info(target.line, `Duplicate implicit target name: "${name}".`);
  }
}
