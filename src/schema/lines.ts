// Finding the line a field sits on, so a problem can point at it in the organizer's file.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Line (1-based, within `text`) of a YAML field path: the key's line, or the nth list item under it. */
export function yamlLineOf(text: string, path: readonly (string | number)[]): number | undefined {
  const lines = text.split("\n");
  let from = 0;
  let found: number | undefined;
  let indent = -1;
  for (const key of path) {
    if (typeof key === "number") {
      let seen = -1;
      let hit: number | undefined;
      for (let i = from; i < lines.length; i++) {
        const match = /^(\s*)- /.exec(lines[i] ?? "");
        const lineIndent = (lines[i] ?? "").search(/\S/);
        if (lineIndent >= 0 && lineIndent <= indent && !match) break;
        if (match && (match[1] ?? "").length >= indent) {
          seen += 1;
          if (seen === key) {
            hit = i;
            break;
          }
        }
      }
      if (hit === undefined) return found === undefined ? undefined : found + 1;
      found = hit;
      from = hit + 1;
      continue;
    }
    const pattern = new RegExp(`^(\\s*(?:- )?)["']?${escapeRegExp(key)}["']?\\s*:`);
    let hit: number | undefined;
    for (let i = from; i < lines.length; i++) {
      const match = pattern.exec(lines[i] ?? "");
      if (match && (match[1] ?? "").length > indent) {
        hit = i;
        indent = (match[1] ?? "").length;
        break;
      }
    }
    if (hit === undefined) return found === undefined ? undefined : found + 1;
    found = hit;
    from = hit + 1;
  }
  return found === undefined ? undefined : found + 1;
}
