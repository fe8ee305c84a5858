// Delta debugging: the smallest input (first by lines, then by characters) that still fails the same way.

/** Removes ever smaller chunks of `units` while `fails` holds (Zeller's ddmin, complements only); at most `budget` tries. */
function shrink(units: string[], fails: (units: string[]) => boolean, budget: { tries: number }): string[] {
  let current = units;
  let chunks = 2;
  while (current.length >= 2 && budget.tries > 0) {
    const size = Math.ceil(current.length / chunks);
    let reduced = false;
    for (let start = 0; start < current.length && budget.tries > 0; start += size) {
      const candidate = [...current.slice(0, start), ...current.slice(start + size)];
      budget.tries--;
      if (candidate.length > 0 && fails(candidate)) {
        current = candidate;
        chunks = Math.max(chunks - 1, 2);
        reduced = true;
        break;
      }
    }
    if (!reduced) {
      if (chunks >= current.length) break;
      chunks = Math.min(current.length, chunks * 2);
    }
  }
  return current;
}

/** The input cut down to what `fails` needs: whole lines first, then single characters. */
export function minimize(input: string, fails: (input: string) => boolean, maxTries = 5000): string {
  const budget = { tries: maxTries };
  const lines = shrink(input.split(/(?<=\n)/), (u) => fails(u.join("")), budget);
  return shrink([...lines.join("")], (u) => fails(u.join("")), budget).join("");
}
