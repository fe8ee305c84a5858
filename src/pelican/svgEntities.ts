// SVG files exported by Illustrator name their namespaces as DTD entities; the build refuses any DOCTYPE declarations
// (entities can expand into scripts), so plain-text entities are expanded here and the DOCTYPE dropped.

const DOCTYPE = /<!DOCTYPE\s+svg\b[^[>]*\[([^\]]*)\]\s*>/i;
const DECLARATION = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(?:"([^"<&%]*)"|'([^'<&%]*)')\s*>|<!--[^]*?-->|\s+/gy;

/** The SVG with its internal entities expanded, when they are all plain text; undefined when there is nothing to do or they are not. */
export function expandSvgEntities(svg: string): string | undefined {
  const doctype = DOCTYPE.exec(svg);
  if (!doctype) return undefined;
  const subset = doctype[1] ?? "";
  const entities = new Map<string, string>();
  DECLARATION.lastIndex = 0;
  while (DECLARATION.lastIndex < subset.length) {
    const at = DECLARATION.lastIndex;
    const m = DECLARATION.exec(subset);
    if (!m || m.index !== at) return undefined;
    if (m[1]) entities.set(m[1], m[2] ?? m[3] ?? "");
  }
  const escape = (value: string) => value.replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/>/g, "&gt;");
  const rest = svg.slice(doctype.index + doctype[0].length).replace(/&([A-Za-z_][\w.-]*);/g, (whole, name: string) => (entities.has(name) ? escape(entities.get(name)!) : whole));
  return svg.slice(0, doctype.index) + rest;
}
