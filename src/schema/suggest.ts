// "Did you mean": the known names closest to a misspelt one, so an error about 40 speaker ids stays one readable line.

/** Names longer than this are compared by their start: the distance costs length × length. */
const COMPARED = 64;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** All names when there are few; else the three closest to `value` and how many there are. */
export function describeChoices(value: string, names: string[], few = 6): string {
  if (names.length <= few) return names.join(", ");
  const target = value.slice(0, COMPARED);
  // Each distance once (not in the sort's comparisons), and only for names that could be among the closest.
  const scored = names.map((name) => ({ name, distance: Math.abs(name.length - value.length) > 32 ? Infinity : editDistance(target, name.slice(0, COMPARED)) }));
  const closest = scored.sort((x, y) => x.distance - y.distance || x.name.localeCompare(y.name)).slice(0, 3).map((s) => s.name);
  return `${names.length} ids; closest: ${closest.join(", ")}`;
}
