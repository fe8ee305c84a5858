// Talk pages: the talks collection and the data a talk page shows (speakers, description, JSON-LD), prepared for the templates.
import type { SiteSettings } from "../site/settings.ts";
import type { ContentIndex } from "./content.ts";
import { openingParagraph, shortenDescription } from "./description.ts";
import { absoluteUrl } from "./filters.ts";
import type { EleventyConfig, PageData } from "./types.ts";

export interface TalkSpeaker {
  id: string;
  name: string;
  url?: string;
}

interface CollectionItem {
  data: PageData;
  url: string | false;
}

export function talkSpeakers(data: PageData, index: ContentIndex): TalkSpeaker[] {
  // Eleventy first calls computed data with stand-in values to learn dependencies: accept anything.
  if (!Array.isArray(data.speakers)) return [];
  return data.speakers.map((id: string) => {
    const speaker = index.speakers[id];
    return { id, name: speaker?.name ?? id, ...(speaker?.url ? { url: speaker.url } : {}) };
  });
}

export function pageDescription(data: PageData, site: SiteSettings): string {
  if (data.description) return data.description;
  const opening = openingParagraph(data.page.rawInput ?? "");
  return shortenDescription(opening || site.description || site.tagline || site.name);
}

/** schema.org Event for the talk; the schedule issue adds startDate, location and status. */
export function talkStructuredData(data: PageData, site: SiteSettings, index: ContentIndex) {
  const url = data.page.url ? absoluteUrl(data.page.url, site) : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: data.title,
    description: pageDescription(data, site),
    ...(url ? { url } : {}),
    inLanguage: site.language,
    performer: talkSpeakers(data, index).map((speaker) => ({
      "@type": "Person",
      name: speaker.name,
      ...(speaker.url ? { url: speaker.url } : {}),
    })),
    organizer: { "@type": "Organization", name: site.name, url: site.baseUrl },
  };
}

export function registerTalks(eleventyConfig: EleventyConfig, site: SiteSettings, index: ContentIndex): void {
  // Talks in title order, so the list reads the same in every build.
  eleventyConfig.addCollection("talks", (collectionApi: { getAll(): CollectionItem[] }) =>
    collectionApi
      .getAll()
      .filter((item) => item.data.layout === "talk")
      .sort((a, b) => String(a.data.title).localeCompare(String(b.data.title), "en") || String(a.url).localeCompare(String(b.url))),
  );
  eleventyConfig.addGlobalData("eleventyComputed", {
    description: (data: PageData) => pageDescription(data, site),
    canonicalUrl: (data: PageData) => (data.page.url ? absoluteUrl(data.page.url, site) : site.baseUrl),
    talkSpeakers: (data: PageData) => (data.layout === "talk" ? talkSpeakers(data, index) : []),
    structuredData: (data: PageData) => (data.layout === "talk" ? talkStructuredData(data, site, index) : null),
  });
}
