// Every page the site publishes, as the view its template prints: titles, descriptions, links with the path prefix,
// labels and notices, each made here once. Templates format these; they hold no rules of their own.
import { withPathPrefix } from "../markdown/body.ts";
import { shortenDescription } from "../markdown/description.ts";
import type { UiText } from "../i18n/messages.ts";
import { endonym, Labels } from "./labels.ts";
import type { Settings } from "./settings.ts";
import type { Page, PhotoSize, Schedule, ShareCard, Speaker, Talk } from "./types.ts";
import { ScheduleViews, type ProgramView, type TalkFacts, type TalkLink } from "./views.ts";
import {
  absoluteUrl,
  CALENDAR_URL,
  FAVICON,
  LOCAL_TIME_SCRIPT,
  NOT_FOUND_URL,
  outputFileOf,
  PROGRAM_STYLESHEET,
  PROGRAM_URL,
  SCHEDULE_JSON_URL,
  SCHEDULE_XML_URL,
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  SITEMAP_URL,
  SPEAKERS_URL,
  STYLESHEET,
} from "./urls.ts";
import { hashedPath, type PublicAsset } from "./assets.ts";
import { programStylesheet } from "./programStyles.ts";

/** What every page's frame (templates/layouts/base.njk) prints. */
export interface BaseDoc {
  /** Where the file is written under the output folder: "talk/moving.html". */
  path: string;
  /** Its site-root URL, without the path prefix: "/talk/moving.html". */
  rootUrl: string;
  /** Its URL in links, with the path prefix: "/2020/talk/moving.html". */
  url: string;
  title: string;
  /** The document's <title>: "Talk · Site", or the site's name alone. */
  headTitle: string;
  description: string;
  canonicalUrl: string;
  ogType: "event" | "website";
  structuredData?: object;
  /** The page's own language, where it says one (an imported translation): its content's lang attribute. */
  lang?: string;
  /** Every language version of the page, itself included, for <link rel="alternate" hreflang>: absolute URLs. */
  alternates?: { lang: string; url: string }[];
  /** The page's share image (og:image), with its absolute URL. */
  image?: { url: string; width: number; height: number; alt: string };
}

/** A speaker's photo as an <img> prints it: the 1x file, the 2x one in srcset, its size in CSS pixels, its alt text. */
export interface PhotoView {
  src: string;
  srcset: string;
  width: number;
  height: number;
  alt: string;
  /** Below the fold: loading="lazy". */
  lazy: boolean;
}

/** A speaker's card on a talk's page. */
export interface SpeakerCard {
  name: string;
  /** The speaker's page on this site. */
  url: string;
  bio?: string;
  /** The speaker's own link (speakers.json `url`). */
  link?: string;
  photo?: PhotoView;
}

export interface TalkView extends TalkFacts {
  /** The talk's language when it differs from the site's: `lang` on its title and body. */
  lang?: string;
  notice?: { cancelled: boolean; title: string; text: string };
  speakerHeading: string;
  speakers: { name: string; url: string }[];
  /** The cards under the abstract: photo, name, bio and link. */
  cardsHeading: string;
  cards: SpeakerCard[];
  slides?: string;
  video?: string;
  icsUrl?: string;
  /** The sentence shown when the talk's abstract is not published. */
  noAbstract?: string;
  roomNavLabel?: string;
  previousLabel?: string;
  nextLabel?: string;
  shareLabel: string;
  published: { iso: string; label: string };
}

/** A day of talks, as the home page lists them. */
export interface TalkDay {
  label: string;
  talks: TalkLink[];
}

export type Doc =
  | (BaseDoc & { kind: "talk"; html: string; talk: TalkView })
  | (BaseDoc & {
      kind: "page";
      html: string;
      byline?: { iso: string; label: string; category?: string; author?: string };
      translations?: { lang: string; label: string; url: string }[];
    })
  | (BaseDoc & {
      kind: "home";
      html: string;
      intro?: { dates?: string; venue?: string };
      notice?: string;
      days: TalkDay[];
      unscheduled: TalkLink[];
    })
  | (BaseDoc & {
      kind: "articles";
      html: string;
      articles: { title: string; url: string; iso: string; label: string; category?: string }[];
    })
  | (BaseDoc & { kind: "program"; program: ProgramView; intro: string; notice?: string; stylesheetUrl: string })
  | (BaseDoc & { kind: "speakers"; speakers: { name: string; url: string; talks: string; photo?: PhotoView }[] })
  | (BaseDoc & {
      kind: "speaker";
      speaker: { name: string; url?: string; bio?: string; photo?: PhotoView };
      talksHeading: string;
      talks: TalkLink[];
    })
  | (BaseDoc & { kind: "notfound" });

export type DocKind = Doc["kind"];

/** The site's frame for every page: name, menu and the URLs the header, footer and head link to, with the prefix. */
export interface SiteView {
  name: string;
  /** The interface's fixed words in the site's language (src/i18n/). */
  text: UiText;
  tagline?: string;
  language: string;
  nav: { title: string; url: string }[];
  /** Where the site's name links: "/" when a page is written there, else the first menu entry, else nowhere (""). */
  homeUrl: string;
  stylesheetUrl: string;
  faviconUrl: string;
  sitemapUrl: string;
  speakersUrl: string;
  programUrl?: string;
  calendarUrl?: string;
  scheduleXmlUrl?: string;
  scheduleJsonUrl?: string;
  /** The visitor's-local-time script, when the site has it on (site.json `localTime`). */
  localTimeScriptUrl?: string;
}

const EVENT_STATUS = {
  scheduled: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
  "moved-online": "https://schema.org/EventMovedOnline",
  moved: "https://schema.org/EventRescheduled",
} as const;

export interface DocsInput {
  settings: Settings;
  /** The project's public/ files and the hashed names they are published under. */
  publicAssets: PublicAsset[];
  pages: Page[];
  talks: Talk[];
  schedule?: Schedule;
  speakers: Speaker[];
}

export interface Docs {
  site: SiteView;
  docs: Doc[];
  views: ScheduleViews;
  /** Files made for the pages besides themselves: the program's stylesheet, under its hashed name. */
  files: { path: string; text: string }[];
  /** What each talk's share image shows (src/images/ draws them). */
  shareCards: ShareCard[];
}

/** The list on the speakers page shows this many photos before the rest load lazily (below a phone's first screen). */
const EAGER_LIST_PHOTOS = 6;

/** Every published page of the site, as views for its templates. */
export function buildDocs(input: DocsInput): Docs {
  const { settings, schedule } = input;
  const href = (url: string) => withPathPrefix(url, settings.pathPrefix);
  const hashed = new Map(input.publicAssets.map((asset) => [asset.name, asset.to]));
  const assetUrl = (name: string) => {
    const to = hashed.get(name);
    if (!to) throw new Error(`public/${name} is missing: the project's own files are incomplete`);
    return href(`/${to}`);
  };
  const files: Docs["files"] = [];
  const siteLabels = new Labels(settings.language, settings.timezone);
  const { messages } = siteLabels;
  const views = new ScheduleViews(schedule, {
    language: settings.language,
    zone: schedule?.event.timezone ?? settings.timezone,
    href,
  });
  const published = input.pages.filter((page): page is Page & { url: string } => page.url !== undefined);
  const hasRoot = published.some((page) => page.url === "/");
  const site: SiteView = {
    name: settings.name,
    text: messages.text,
    ...(settings.tagline ? { tagline: settings.tagline } : {}),
    language: settings.language,
    nav: settings.nav.map((item) => ({ title: item.title, url: href(item.url) })),
    // A home page is always written: the content's own, or one made from the event (homeDoc).
    homeUrl: href("/"),
    stylesheetUrl: assetUrl(STYLESHEET),
    faviconUrl: assetUrl(FAVICON),
    sitemapUrl: href(SITEMAP_URL),
    speakersUrl: href(SPEAKERS_URL),
    ...(schedule
      ? {
          programUrl: href(PROGRAM_URL),
          calendarUrl: href(CALENDAR_URL),
          scheduleXmlUrl: href(SCHEDULE_XML_URL),
          scheduleJsonUrl: href(SCHEDULE_JSON_URL),
        }
      : {}),
    ...(settings.localTime && schedule ? { localTimeScriptUrl: assetUrl(LOCAL_TIME_SCRIPT) } : {}),
  };
  const fallbackDescription = shortenDescription(settings.description || settings.tagline || settings.name);
  const base = (
    rootUrl: string,
    title: string,
    description: string,
    ogType: BaseDoc["ogType"] = "website",
  ): BaseDoc => ({
    path: outputFileOf(rootUrl),
    rootUrl,
    url: href(rootUrl),
    title,
    headTitle: title && title !== settings.name ? `${title} · ${settings.name}` : settings.name,
    description: description || fallbackDescription,
    canonicalUrl: absoluteUrl(settings.baseUrl, rootUrl),
    ogType,
  });

  const docs: Doc[] = [];
  const shareCards: ShareCard[] = [];
  const photo = (speaker: Speaker, size: PhotoSize, lazy: boolean): { photo?: PhotoView } => {
    const picture = speaker.picture;
    if (!picture) return {};
    const { px, url1x, url2x } = picture.sizes[size];
    return {
      photo: {
        src: href(url1x),
        srcset: picture.svg ? "" : `${href(url1x)} 1x, ${href(url2x)} 2x`,
        width: px,
        height: px,
        alt: messages.photoOf(speaker.name),
        lazy,
      },
    };
  };
  const talkDays = talksByDay(input.talks, views);
  const translations = translationGroups(published, settings.language);
  const articles = published
    .filter((page) => page.fields.kind === "article" && translations.listed(page))
    .sort((a, b) => (b.date?.toMillis() ?? 0) - (a.date?.toMillis() ?? 0) || a.url.localeCompare(b.url))
    .map((page) => ({
      title: page.title,
      url: href(page.url),
      iso: page.date ? siteLabels.iso(page.date) : "",
      label: page.date ? siteLabels.longDate(page.date) : "",
      ...(page.fields.category ? { category: page.fields.category } : {}),
    }));
  for (const page of published) {
    const frame: BaseDoc = {
      ...base(page.url, page.title, page.description, page.talk ? "event" : "website"),
      ...(page.fields.lang ? { lang: page.fields.lang } : {}),
    };
    const versions = translations.of(page);
    if (versions)
      frame.alternates = versions.map((v) => ({
        lang: translations.langOf(v),
        url: absoluteUrl(settings.baseUrl, v.url),
      }));
    const others = versions
      ?.filter((v) => v !== page)
      .map((v) => ({ lang: translations.langOf(v), label: endonym(translations.langOf(v)), url: href(v.url) }));
    if (page.talk) {
      const talk = talkView(page.talk, page, views, siteLabels, settings, schedule, href);
      talk.cards = page.talk.speakers.map((s) => ({
        name: s.name,
        url: href(s.pageUrl),
        ...(s.bio ? { bio: s.bio } : {}),
        ...(s.url ? { link: s.url } : {}),
        ...photo(s, "card", true),
      }));
      if (page.talk.shareImageUrl) {
        const card = shareCard(page.talk, talk, schedule?.event.name ?? settings.name, siteLabels);
        shareCards.push(card);
        frame.image = {
          url: absoluteUrl(settings.baseUrl, page.talk.shareImageUrl),
          width: SHARE_IMAGE_WIDTH,
          height: SHARE_IMAGE_HEIGHT,
          alt: card.alt,
        };
      }
      docs.push({
        ...frame,
        kind: "talk",
        html: page.html,
        talk,
        structuredData: structuredData(page.talk, frame.description, settings, schedule),
      });
    } else if (page.layout === "home")
      docs.push({ ...frame, kind: "home", html: page.html, ...homeFacts(schedule, siteLabels), ...talkDays });
    else if (page.layout === "articles") docs.push({ ...frame, kind: "articles", html: page.html, articles });
    else {
      const article = page.fields.kind === "article" && page.date;
      docs.push({
        ...frame,
        kind: "page",
        html: page.html,
        ...(others?.length ? { translations: others } : {}),
        ...(article && page.date
          ? {
              byline: {
                iso: siteLabels.iso(page.date),
                label: siteLabels.longDate(page.date),
                ...(page.fields.category ? { category: page.fields.category } : {}),
                ...(page.fields.author ? { author: page.fields.author } : {}),
              },
            }
          : {}),
      });
    }
  }
  if (!hasRoot) {
    // No index.md: the home page says what the conference is and lists its talks by day.
    const name = schedule?.event.name ?? settings.name;
    docs.push({ ...base("/", name, ""), kind: "home", html: "", ...homeFacts(schedule, siteLabels), ...talkDays });
  }
  if (schedule) {
    const { event } = schedule;
    const program = views.program(schedule);
    const stylesheet = programStylesheet(program);
    const stylesheetPath = hashedPath(PROGRAM_STYLESHEET, stylesheet);
    files.push({ path: stylesheetPath, text: stylesheet });
    docs.push({
      ...base(PROGRAM_URL, messages.programTitle, ""),
      kind: "program",
      program,
      stylesheetUrl: href(`/${stylesheetPath}`),
      intro: messages.programIntro(event.name, [event.venue.name, event.venue.address].filter(Boolean).join(", ")),
      ...(event.status === "cancelled" ? { notice: event.statusNote ?? messages.eventCancelled } : {}),
    });
  }
  const speakerTalks = new Map<string, Talk[]>();
  for (const talk of input.talks)
    for (const speaker of talk.speakers)
      (speakerTalks.get(speaker.id) ?? speakerTalks.set(speaker.id, []).get(speaker.id)!).push(talk);
  const speaking = input.speakers
    .filter((s) => speakerTalks.has(s.id))
    .sort((a, b) => a.name.localeCompare(b.name, "en") || a.id.localeCompare(b.id));
  const byTime = (a: Talk, b: Talk) =>
    (a.start?.toMillis() ?? Infinity) - (b.start?.toMillis() ?? Infinity) || a.title.localeCompare(b.title, "en");
  docs.push({
    ...base(`${SPEAKERS_URL}`, messages.speakersTitle, ""),
    kind: "speakers",
    speakers: speaking.map((s, index) => ({
      name: s.name,
      url: href(s.pageUrl),
      talks: speakerTalks
        .get(s.id)!
        .sort(byTime)
        .map((t) => t.title)
        .join("; "),
      ...photo(s, "list", index >= EAGER_LIST_PHOTOS),
    })),
  });
  for (const speaker of speaking) {
    const talks = speakerTalks
      .get(speaker.id)!
      .sort(byTime)
      .map((t) => views.link(t));
    docs.push({
      ...base(speaker.pageUrl, speaker.name, speaker.bio ? shortenDescription(speaker.bio) : ""),
      kind: "speaker",
      speaker: {
        name: speaker.name,
        ...(speaker.url ? { url: speaker.url } : {}),
        ...(speaker.bio ? { bio: speaker.bio } : {}),
        ...photo(speaker, "page", false),
      },
      talksHeading: messages.talksHeading(talks.length),
      talks,
    });
  }
  docs.push({ ...base(NOT_FOUND_URL, messages.notFoundTitle, messages.notFoundDescription), kind: "notfound" });
  return { site, docs, views, files, shareCards };
}

/** What a talk's share image shows, from the facts its page prints, and the alt text that says it. */
function shareCard(talk: Talk, view: TalkView, conference: string, labels: Labels): ShareCard {
  const when = view.when ? `${view.when.day}, ${view.when.time}` : undefined;
  const status = view.notice?.cancelled
    ? labels.messages.text.cancelled
    : talk.moved
      ? labels.messages.text.moved
      : undefined;
  const names = talk.speakers.map((s) => s.name);
  return {
    path: outputFileOf(talk.shareImageUrl!),
    title: talk.title,
    ...(view.lang ? { lang: view.lang } : {}),
    kind: view.typeLabel,
    ...(status ? { status } : {}),
    speakers: talk.speakers.map((s) => ({
      name: s.name,
      ...(s.picture && !s.picture.svg
        ? {
            photo: {
              source: s.picture.source,
              hash: s.picture.hash,
              file: s.picture.file,
              ...(s.picture.line ? { line: s.picture.line } : {}),
            },
          }
        : {}),
    })),
    ...(when ? { when } : {}),
    ...(view.room ? { room: view.room } : {}),
    conference,
    alt: [talk.title, names.length ? labels.names(names) : undefined, status, when, view.room, conference]
      .filter(Boolean)
      .join(" · "),
  };
}

/** The home page's lists: scheduled talks by day, then the others. */
function talksByDay(talks: Talk[], views: ScheduleViews): { days: TalkDay[]; unscheduled: TalkLink[] } {
  const days: TalkDay[] = [];
  let current: { iso: string; day: TalkDay } | undefined;
  for (const talk of talks) {
    if (!talk.start) continue;
    // The conference day: a talk after midnight stays on its evening's day.
    const iso = talk.day ?? views.labels.isoDate(talk.start);
    if (current?.iso !== iso) {
      current = { iso, day: { label: views.labels.dayOf(iso), talks: [] } };
      days.push(current.day);
    }
    current.day.talks.push(views.link(talk));
  }
  return { days, unscheduled: talks.filter((talk) => !talk.start).map((talk) => views.link(talk)) };
}

/** What the home page says of the event: its dates, its venue, and whether it is cancelled. */
function homeFacts(
  schedule: Schedule | undefined,
  labels: Labels,
): { intro?: { dates?: string; venue?: string }; notice?: string } {
  if (!schedule) return {};
  const { event } = schedule;
  const dates = new Intl.DateTimeFormat(labels.language, {
    timeZone: event.timezone,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).formatRange(event.start.toJSDate(), event.end.startOf("day").toJSDate());
  return {
    intro: { dates, venue: [event.venue.name, event.venue.address].filter(Boolean).join(", ") },
    ...(event.status === "cancelled" ? { notice: event.statusNote ?? labels.messages.eventCancelled } : {}),
  };
}

/**
 * Published pages sharing a `translationKey` are one text in several languages. Each lists the others; an articles
 * listing shows the versions in the site's language (Pelican's originals), or every version where none is.
 */
function translationGroups(pages: (Page & { url: string })[], siteLanguage: string) {
  const groups = new Map<string, (Page & { url: string })[]>();
  for (const page of pages) {
    const key = page.fields.translationKey;
    if (key !== undefined) (groups.get(key) ?? groups.set(key, []).get(key)!).push(page);
  }
  const langOf = (page: Page) => page.fields.lang ?? siteLanguage;
  const inSiteLanguage = (page: Page) => langOf(page).toLowerCase() === siteLanguage.toLowerCase();
  const of = (page: Page) => {
    const group = page.fields.translationKey === undefined ? undefined : groups.get(page.fields.translationKey);
    return group && group.length > 1 ? group : undefined;
  };
  return {
    langOf,
    of,
    listed: (page: Page) => {
      const group = of(page);
      return !group || inSiteLanguage(page) || !group.some(inSiteLanguage);
    },
  };
}

function talkView(
  talk: Talk,
  page: Page,
  views: ScheduleViews,
  siteLabels: Labels,
  settings: Settings,
  schedule: Schedule | undefined,
  href: (url: string) => string,
): TalkView {
  const facts = views.facts(talk);
  const { messages } = siteLabels;
  const event = schedule?.event;
  const eventCancelled = event?.status === "cancelled";
  const notice = talk.cancelled
    ? {
        cancelled: true,
        title: `${messages.text.cancelled}.`,
        text: eventCancelled && event?.statusNote ? event.statusNote : messages.cancelledNotice,
      }
    : talk.moved
      ? { cancelled: false, title: `${facts.movedFrom ?? messages.text.moved}.`, text: messages.movedNotice }
      : undefined;
  return {
    ...facts,
    ...(talk.language && talk.language.toLowerCase() !== settings.language.toLowerCase()
      ? { lang: talk.language }
      : {}),
    ...(notice ? { notice } : {}),
    speakerHeading: messages.speakerHeading(talk.speakers.length),
    speakers: talk.speakers.map((s) => ({ name: s.name, url: href(s.pageUrl) })),
    cardsHeading: messages.aboutSpeakers(talk.speakers.length),
    cards: [],
    ...(talk.slides ? { slides: talk.slides } : {}),
    ...(talk.video ? { video: talk.video } : {}),
    ...(facts.when ? { icsUrl: href(talk.icsUrl) } : {}),
    ...(talk.hasAbstract ? {} : { noAbstract: messages.noAbstract }),
    ...(facts.room
      ? { roomNavLabel: facts.room, previousLabel: messages.before(facts.room), nextLabel: messages.after(facts.room) }
      : {}),
    shareLabel: messages.shareThis(facts.typeLabel),
    published: {
      iso: siteLabels.iso(page.date ?? talk.updated),
      label: siteLabels.longDate(page.date ?? talk.updated),
    },
  };
}

/** schema.org Event for the talk: performers, and where the schedule knows them, dates, place and status. */
function structuredData(talk: Talk, description: string, settings: Settings, schedule: Schedule | undefined): object {
  const event = schedule?.event;
  const status = talk.cancelled
    ? EVENT_STATUS.cancelled
    : talk.moved
      ? EVENT_STATUS.moved
      : EVENT_STATUS[event?.status ?? "scheduled"];
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: talk.title,
    description,
    url: absoluteUrl(settings.baseUrl, talk.url),
    inLanguage: talk.language ?? settings.language,
    ...(talk.start && talk.end
      ? {
          startDate: talk.start.toISO({ suppressMilliseconds: true }),
          endDate: talk.end.toISO({ suppressMilliseconds: true }),
          eventStatus: status,
          eventAttendanceMode:
            event?.status === "moved-online"
              ? "https://schema.org/OnlineEventAttendanceMode"
              : "https://schema.org/OfflineEventAttendanceMode",
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
          superEvent: { "@type": "Event", name: event.name, url: settings.baseUrl },
        }
      : {}),
    performer: talk.speakers.map((speaker) => ({
      "@type": "Person",
      name: speaker.name,
      url: speaker.url ?? absoluteUrl(settings.baseUrl, speaker.pageUrl),
    })),
    organizer: { "@type": "Organization", name: settings.name, url: settings.baseUrl },
  };
}
