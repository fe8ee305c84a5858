// The `_headers` file Netlify and Cloudflare Pages read: a path pattern on its own line, its headers indented below.
// `npm run preview` applies it as they do, so the preview sends what the host will (src/export/headers.ts writes it).

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const match = /^\s+([^:\s]+):\s*(.*)$/.exec(line);
      if (match && rules.length > 0) rules.at(-1)!.headers.push([match[1]!, match[2]!.trim()]);
    }
  }
  return rules;
}

/** Whether a URL path matches a pattern: "*" stands for any run of characters, as the hosts read it. */
export function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return regex.test(path);
}

/** Every header the rules give a path, in file order. */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => rule.headers);
}
