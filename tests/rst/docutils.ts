// Renders many reST inputs with docutils (as Pelican configures it) in one python process; undefined where docutils is missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const PYTHON = "/usr/bin/python3";
const SCRIPT = String.raw`
import json, sys
import docutils.core
try:
    import pelican.rstdirectives  # code-block, sourcecode and Pelican's abbr role
    from pelican.readers import PelicanHTMLWriter
    writer = PelicanHTMLWriter
except Exception:
    from docutils.writers.html4css1 import Writer as writer
data = json.load(sys.stdin)
halt = data['halt']
out = []
for src in data['sources']:
    try:
        parts = docutils.core.publish_parts(src, writer=writer(), settings_overrides={
            'initial_header_level': 2, 'syntax_highlight': 'short', 'report_level': 5, 'halt_level': halt,
            'warning_stream': False, 'input_encoding': 'unicode', 'embed_stylesheet': False})
        out.append({'body': parts['body'], 'title': parts['title'], 'subtitle': parts['subtitle']})
    except Exception as e:
        out.append({'error': str(e)})
json.dump(out, sys.stdout)
`;

export interface DocutilsResult { body?: string; title?: string; subtitle?: string; error?: string }

export function docutilsAvailable(): boolean {
  if (!existsSync(PYTHON)) return false;
  return spawnSync(PYTHON, ["-c", "import docutils"], { encoding: "utf8" }).status === 0;
}

/** With `pelicanStrict`, a document docutils warns about fails as it would in Pelican (halt_level 2) and comes back with an error. */
export function renderWithDocutils(sources: string[], pelicanStrict = false): DocutilsResult[] | undefined {
  if (!docutilsAvailable()) return undefined;
  const input = JSON.stringify({ sources, halt: pelicanStrict ? 2 : 5 });
  const r = spawnSync(PYTHON, ["-c", SCRIPT], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`docutils failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as DocutilsResult[];
}

const PROBLEMS_SCRIPT = String.raw`
import json, sys
import docutils.core, docutils.utils
try:
    import pelican.rstdirectives
except Exception:
    pass
found = []
init = docutils.utils.Reporter.__init__
def observed(self, *args, **kwargs):
    init(self, *args, **kwargs)
    self.attach_observer(lambda msg: found.append({'level': msg['level'], 'line': msg.get('line'), 'message': msg.children[0].astext() if msg.children else ''}))
docutils.utils.Reporter.__init__ = observed
out = []
for src in json.load(sys.stdin):
    found = []
    try:
        docutils.core.publish_doctree(src, settings_overrides={'report_level': 5, 'halt_level': 5, 'warning_stream': False,
            'initial_header_level': 2, 'input_encoding': 'unicode'})
    except Exception as e:
        found.append({'level': 4, 'line': None, 'message': 'docutils failed: ' + str(e)})
    out.append(found)
json.dump(out, sys.stdout)
`;

export interface DocutilsProblem { level: "info" | "warning" | "error" | "severe"; line: number | null; message: string }

/** The system messages docutils reports for each source (its Reporter's level, line and first paragraph), in order. */
export function docutilsProblems(sources: string[]): DocutilsProblem[][] | undefined {
  if (!docutilsAvailable()) return undefined;
  const r = spawnSync(PYTHON, ["-c", PROBLEMS_SCRIPT], { input: JSON.stringify(sources), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`docutils failed: ${r.stderr}`);
  const levels = ["info", "info", "warning", "error", "severe"] as const;
  return (JSON.parse(r.stdout) as { level: number; line: number | null; message: string }[][])
    .map((list) => list.map((p) => ({ level: levels[p.level] ?? "severe", line: p.line, message: p.message })));
}
