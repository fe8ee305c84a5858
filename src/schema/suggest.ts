// "Did you mean": the known names closest to a misspelt one, so an error about 40 speaker ids stays one readable line.

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
  const closest = [...names].sort((x, y) => editDistance(value, x) - editDistance(value, y) || x.localeCompare(y)).slice(0, 3);
  return `${names.length} ids; closest: ${closest.join(", ")}`;
}
