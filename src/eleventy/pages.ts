// Pages made from the data rather than written by organizers: program, speakers, one page per speaker, 404, sitemap.
import type { Speaker } from "../schedule/model.ts";
import { programView, talkLink, type TalkLink } from "../schedule/views.ts";
import { NOT_FOUND_URL, PROGRAM_URL, SITEMAP_URL, speakerPageUrl, SPEAKERS_URL } from "../schedule/urls.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { ContentIndex } from "./content.ts";
import type { EleventyConfig } from "./types.ts";

export interface SpeakerPage extends Speaker {
  talks: TalkLink[];
}

/** One entry per speaker who has a talk, in name order. */
export function speakerPages(index: ContentIndex): SpeakerPage[] {
  const talks = [...index.talks.values()];
  return Object.entries(index.speakers)
    .map(([id, speaker]) => ({
      id,
      ...speaker,
      pageUrl: speakerPageUrl(id),
      talks: talks
        .filter((talk) => talk.speakers.some((s) => s.id === id))
        .sort((a, b) => (a.start?.toMillis() ?? Infinity) - (b.start?.toMillis() ?? Infinity) || a.title.localeCompare(b.title, "en"))
        .map(talkLink),
    }))
    .filter((speaker) => speaker.talks.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
}

/** Site-root URLs of every HTML page, for the sitemap; Eleventy's own collection supplies them. */
interface CollectionItem {
  url: string | false;
  outputPath: string | false;
}

export function registerPages(eleventyConfig: EleventyConfig, site: SiteSettings, index: ContentIndex): void {
  // Data for the generated pages, read after content has been checked.
  eleventyConfig.addGlobalData("schedule", () => index.schedule ?? null);
  eleventyConfig.addGlobalData("homeUrl", () => index.homeUrl);
  eleventyConfig.addGlobalData("program", () => (index.schedule ? programView(index.schedule, site.language) : null));
  eleventyConfig.addGlobalData("speakerPages", () => speakerPages(index));
  eleventyConfig.addCollection("sitemap", (api: { getAll(): CollectionItem[] }) =>
    api
      .getAll()
      .filter((item) => typeof item.outputPath === "string" && item.outputPath.endsWith(".html") && item.url !== NOT_FOUND_URL)
      .map((item) => String(item.url))
      .sort(),
  );

  // A speaker page is titled with the speaker's name. Global, because with deep merge off a template's own
  // eleventyComputed would replace every other computed field; Eleventy merges this object into the others.
  eleventyConfig.addGlobalData("eleventyComputed", {
    title: (data: { title?: unknown; speaker?: { name?: unknown } }) => (typeof data.speaker?.name === "string" ? data.speaker.name : data.title),
  });
  if (index.schedule) eleventyConfig.addTemplate("_generated/program.njk", "", { layout: "program", title: "Program", permalink: PROGRAM_URL });
  eleventyConfig.addTemplate("_generated/speakers.njk", "", { layout: "speakers", title: "Speakers", permalink: `${SPEAKERS_URL}index.html` });
  eleventyConfig.addTemplate("_generated/speaker.njk", "", {
    layout: "speaker",
    pagination: { data: "speakerPages", size: 1, alias: "speaker", addAllPagesToCollections: true },
    permalink: (data: { speaker: SpeakerPage }) => data.speaker.pageUrl,
  });
  eleventyConfig.addTemplate("_generated/404.njk", "", {
    layout: "notfound",
    title: "Page not found",
    permalink: NOT_FOUND_URL,
    description: "There is no page at this address.",
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addTemplate("_generated/sitemap.njk", "{{ collections.sitemap | sitemapXml | safe }}", { permalink: SITEMAP_URL, eleventyExcludeFromCollections: true, layout: false });
}
