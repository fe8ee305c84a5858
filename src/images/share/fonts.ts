// The share images' fonts, shipped by npm (@fontsource): Noto Sans for Latin, Greek, Cyrillic and Vietnamese, Noto Sans
// TC for Chinese, each cut into subsets by Unicode range. A card loads only the subsets its text needs, once per
// worker.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type Weight = 400 | 700;

export interface FontFace {
  name: string;
  data: Buffer;
  weight: Weight;
  style: "normal";
}

interface Subset {
  family: string;
  /** The subset's own name, the same at each weight: "noto-sans-latin", "noto-sans-tc-57". */
  name: string;
  weight: Weight;
  /** The .woff file (satori reads WOFF, not WOFF2). */
  file: string;
  ranges: [number, number][];
}

/** Families in the order a character is looked for: Noto Sans first, so Latin text never waits for Chinese. */
const PACKAGES = ["@fontsource/noto-sans", "@fontsource/noto-sans-tc"];
export const WEIGHTS: Weight[] = [400, 700];

const require = createRequire(import.meta.url);

/** Every subset of both packages, from their CSS files' @font-face rules. */
function readSubsets(): Subset[] {
  const subsets: Subset[] = [];
  for (const pkg of PACKAGES) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    for (const weight of WEIGHTS) {
      const css = readFileSync(join(dir, `${weight}.css`), "utf8");
      for (const rule of css.split("@font-face").slice(1)) {
        const family = /font-family: '([^']+)'/.exec(rule)?.[1];
        const file = /url\(\.\/(files\/[^)]+\.woff)\)/.exec(rule)?.[1];
        const range = /unicode-range: ([^;]+);/.exec(rule)?.[1];
        if (!family || !file || !range) continue;
        const ranges = range.split(",").map((part): [number, number] => {
          const [from, to] = part.trim().replace(/^U\+/i, "").split("-");
          return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
        });
        subsets.push({
          family,
          name: file.replace(/^files\//, "").replace(/-\d+-normal\.woff$/, ""),
          weight,
          file: join(dir, file),
          ranges,
        });
      }
    }
  }
  return subsets;
}

let subsets: Subset[] | undefined;
const loaded = new Map<string, Buffer>();
const chosen = new Map<string, CardFonts>();

export interface CardFonts {
  fonts: FontFace[];
  /** The CSS font-family list naming every subset in order: satori looks for a glyph only in the families it names. */
  family: string;
}

const covers = (subset: Subset, code: number) => subset.ranges.some(([from, to]) => code >= from && code <= to);

/**
 * The fonts for a card's text at each weight: Noto Sans Latin always, and the first subset covering each other
 * character. The same choice gives the same array, so satori parses each set of fonts once.
 */
export function fontsFor(texts: Record<Weight, string>): CardFonts {
  subsets ??= readSubsets();
  const picked = new Set<Subset>();
  for (const weight of WEIGHTS) {
    const own = subsets.filter((s) => s.weight === weight);
    picked.add(own.find((s) => s.family === "Noto Sans" && /-latin-\d+-normal/.test(s.file))!);
    for (const char of new Set(texts[weight])) {
      const code = char.codePointAt(0)!;
      if (code < 0x80) continue;
      const subset = own.find((s) => covers(s, code));
      if (subset) picked.add(subset);
    }
  }
  const list = [...picked];
  const key = list.map((s) => s.file).join("|");
  let fonts = chosen.get(key);
  if (!fonts) {
    fonts = {
      fonts: list.map((s) => {
        let data = loaded.get(s.file);
        if (!data) loaded.set(s.file, (data = readFileSync(s.file)));
        // Each subset under a name of its own: satori picks one font for a run of text from the families named, so
        // one shared name would draw a whole Chinese title from the subset of its first character.
        return { name: s.name, data, weight: s.weight, style: "normal" as const };
      }),
      family: [...new Set(list.map((s) => s.name))].join(", "),
    };
    if (chosen.size > 500) chosen.clear();
    chosen.set(key, fonts);
  }
  return fonts;
}

/** "sharp@0.35.6": from the package.json above its entry point (not every package exports its package.json). */
export function packageVersion(pkg: string): string {
  for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
    try {
      const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
      if (json.name === pkg) return `${pkg}@${json.version}`;
    } catch {
      // No package.json at this level: look further up.
    }
  }
  return `${pkg}@unknown`;
}

/** What changes the images when the fonts change: the packages' versions. */
export function fontVersions(): string {
  return PACKAGES.map((pkg) => {
    const { version } = JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")) as { version: string };
    return `${pkg}@${version}`;
  }).join(",");
}
