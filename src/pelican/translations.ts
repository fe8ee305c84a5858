// Pelican's translations (process_translations): items of one kind and status that share the translation id's values.
import type { PelicanSettings } from "./settings.ts";

export interface Translatable {
  kind: "page" | "article";
  status: string;
  slug: string;
  /** Pelican's lang, as written (or DEFAULT_LANG lowercased). */
  lang: string;
  inDefaultLang: boolean;
  title?: string;
  fields: Record<string, string>;
}

function idValue(item: Translatable, name: string): string | undefined {
  if (name === "slug") return item.slug;
  if (name === "lang") return item.lang;
  if (name === "title") return item.title;
  return item.fields[name];
}

/**
 * The translation key of every published or hidden item that has translations: "page:slug" for pages, "article:…"
 * for articles (drafts are not published, so they need none). Items without a translation id's value stay alone.
 */
export function assignTranslations<T extends Translatable>(items: T[], settings: Pick<PelicanSettings, "articleTranslationId" | "pageTranslationId">): Map<T, string> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (item.status === "draft") continue;
    const id = item.kind === "page" ? settings.pageTranslationId : settings.articleTranslationId;
    if (id.length === 0) continue;
    const values = id.map((name) => idValue(item, name));
    if (values.some((v) => v === undefined)) continue;
    const key = `${item.kind}:${item.status === "hidden" ? "hidden:" : ""}${values.join("/")}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(item);
  }
  const keys = new Map<T, string>();
  for (const [key, group] of groups) if (group.length > 1) for (const item of group) keys.set(item, key);
  return keys;
}
