// Talk pages: the talks collection and the data a talk page shows (speakers, facts, description, JSON-LD), prepared for the templates.
import { resolve } from "node:path";
import type { Schedule, Talk } from "../schedule/model.ts";
import { talkFacts } from "../schedule/views.ts";
import type { SiteSettings } from "../site/settings.ts";
import { siteDescription, type ContentIndex } from "./content.ts";
import { absoluteUrl } from "../export/urls.ts";
import type { EleventyConfig, PageData } from "./types.ts";

interface CollectionItem {
  data: PageData;
  url: string | false;
}

/** The checked Talk behind a page, if the page is a talk. */
export function talkOf(data: PageData, index: ContentIndex): Talk | undefined {
  // Eleventy first calls computed data with stand-in values to learn dependencies: accept anything.
  if (data.layout !== "talk" || typeof data.page?.inputPath !== "string") return undefined;
  return index.talks.get(resolve(data.page.inputPath));
}

/** A page's description, made once by the content check; generated pages carry their own or take the site's. */
export function pageDescription(data: PageData, site: SiteSettings, index: ContentIndex): string {
  const made = typeof data.page?.inputPath === "string" ? index.descriptions.get(resolve(data.page.inputPath)) : undefined;
  return made ?? (typeof data.description === "string" && data.description ? data.description : siteDescription(site));
}

const EVENT_STATUS = {
  scheduled: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
  "moved-online": "https://schema.org/EventMovedOnline",
  moved: "https://schema.org/EventRescheduled",
} as const;

/** schema.org Event for the talk: performers, and where the schedule knows them, dates, place and status. */
export function talkStructuredData(talk: Talk, description: string, site: SiteSettings, schedule: Schedule | undefined) {
  const url = absoluteUrl(site.baseUrl, talk.url);
  const event = schedule?.event;
  const cancelled = talk.status === "cancelled" || event?.status === "cancelled";
  const status = cancelled ? EVENT_STATUS.cancelled : talk.status === "moved" ? EVENT_STATUS.moved : EVENT_STATUS[event?.status ?? "scheduled"];
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: talk.title,
    description,
    url,
    inLanguage: talk.language ?? site.language,
    ...(talk.start && talk.end
      ? {
          startDate: talk.start.toISO({ suppressMilliseconds: true }),
          endDate: talk.end.toISO({ suppressMilliseconds: true }),
          eventStatus: status,
          eventAttendanceMode: event?.status === "moved-online" ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
        }
      : {}),
    ...(event && talk.start
      ? {
          location: {
            "@type": "Place",
            name: [talk.room?.name, event.venue.name].filter(Boolean).join(", "),
            ...(event.venue.address ? { address: event.venue.address } : {}),
            ...(event.venue.url ? { url: event.venue.url } : {}),
          },
          superEvent: { "@type": "Event", name: event.name, url: site.baseUrl },
        }
      : {}),
    performer: talk.speakers.map((speaker) => ({
      "@type": "Person",
      name: speaker.name,
      url: speaker.url ?? absoluteUrl(site.baseUrl, speaker.pageUrl),
    })),
    organizer: { "@type": "Organization", name: site.name, url: site.baseUrl },
  };
}

export function registerTalks(eleventyConfig: EleventyConfig, site: SiteSettings, index: ContentIndex): void {
  // Talks in time order, then title order for those without a time, so lists read the same in every build.
  eleventyConfig.addCollection("talks", (collectionApi: { getAll(): CollectionItem[] }) => {
    const order = new Map([...(index.schedule?.talks ?? []), ...(index.schedule?.unscheduled ?? [])].map((talk, i) => [talk.url, i]));
    return collectionApi
      .getAll()
      .filter((item) => item.data.layout === "talk")
      .sort((a, b) => (order.get(String(a.url)) ?? Infinity) - (order.get(String(b.url)) ?? Infinity) || String(a.data.title).localeCompare(String(b.data.title), "en"));
  });
  // Dated posts (an imported Pelican site's articles), newest first.
  eleventyConfig.addCollection("articles", (collectionApi: { getAll(): CollectionItem[] }) =>
    collectionApi
      .getAll()
      .filter((item) => item.data.kind === "article" && item.url !== false)
      .sort((a, b) => b.data.page.date.getTime() - a.data.page.date.getTime() || String(a.url).localeCompare(String(b.url))),
  );
  eleventyConfig.addGlobalData("eleventyComputed", {
    description: (data: PageData) => pageDescription(data, site, index),
    canonicalUrl: (data: PageData) => (data.page?.url ? absoluteUrl(site.baseUrl, data.page.url) : site.baseUrl),
    talkSpeakers: (data: PageData) => talkOf(data, index)?.speakers ?? [],
    facts: (data: PageData) => {
      const talk = talkOf(data, index);
      return talk ? talkFacts(talk, index.schedule, site.language) : null;
    },
    structuredData: (data: PageData) => {
      const talk = talkOf(data, index);
      return talk ? talkStructuredData(talk, pageDescription(data, site, index), site, index.schedule) : null;
    },
  });
}
