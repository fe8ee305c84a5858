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
