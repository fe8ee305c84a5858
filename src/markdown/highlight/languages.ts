// The languages fenced code is highlighted in, by fence name, and the Prism components each one loads; any other name stays plain text.

/**
 * Prism components (files `prismjs/components/prism-ID.min.js`) each grammar needs, in load order: components.json's
 * `require` chain first. markup, css and javascript change one another as they load (`modify`), so they always load
 * together and in one order: a page's HTML then never depends on which pages were highlighted before it.
 */
const WEB = ["markup", "css", "clike", "javascript"];
export const COMPONENTS: Record<string, readonly string[]> = {
  markup: WEB, css: WEB, javascript: WEB, typescript: [...WEB, "typescript"],
  python: ["python"], r: ["r"], julia: ["julia"], matlab: ["matlab"], fortran: ["fortran"], sql: ["sql"],
  c: ["clike", "c"], cpp: ["clike", "c", "cpp"], java: ["clike", "java"], scala: ["clike", "java", "scala"],
  go: ["clike", "go"], csharp: ["clike", "csharp"], kotlin: ["clike", "kotlin"], dart: ["clike", "dart"],
  rust: ["rust"], swift: ["swift"],
  bash: ["bash"], "shell-session": ["bash", "shell-session"],
  json: ["json"], yaml: ["yaml"], toml: ["toml"], ini: ["ini"], docker: ["docker"], makefile: ["makefile"],
  diff: ["diff"], latex: ["latex"],
};

/** Fence names (lower case) → the grammar that highlights them: Prism's ids and the Pygments names Pelican sites use. */
const NAMES: Record<string, readonly string[]> = {
  markup: ["html", "xhtml", "htm", "xml", "svg", "xslt", "rss", "atom", "mathml", "markup"],
  css: ["css"], javascript: ["javascript", "js"], typescript: ["typescript", "ts"],
  python: ["python", "py", "python3", "py3", "ipython", "ipython3", "sage"],
  r: ["r"], julia: ["julia", "jl"], matlab: ["matlab", "octave"], fortran: ["fortran", "f90"],
  sql: ["sql", "mysql", "postgresql", "psql", "sqlite3"],
  c: ["c", "h"], cpp: ["cpp", "c++", "cxx", "hpp", "cc", "cuda", "cu"], java: ["java"], scala: ["scala"],
  go: ["go", "golang"], csharp: ["csharp", "cs", "c#"], kotlin: ["kotlin", "kt"], dart: ["dart"],
  rust: ["rust", "rs"], swift: ["swift"],
  bash: ["bash", "sh", "shell", "zsh", "ksh", "bash-script"],
  "shell-session": ["console", "shell-session", "sh-session", "shellsession", "bash-session"],
  json: ["json"], yaml: ["yaml", "yml"], toml: ["toml"], ini: ["ini", "cfg"], docker: ["docker", "dockerfile"],
  makefile: ["makefile", "make"], diff: ["diff", "patch"], latex: ["latex", "tex"],
};

export const GRAMMAR_OF: ReadonlyMap<string, string> = new Map(Object.entries(NAMES).flatMap(([grammar, names]) => names.map((name) => [name, grammar])));

/** Every fence name that is highlighted, for documentation and tests. */
export const SUPPORTED_NAMES: readonly string[] = [...GRAMMAR_OF.keys()];
