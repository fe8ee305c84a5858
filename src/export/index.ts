// Every file the build writes besides pages: calendars, the frab schedule and the sitemap, each made from the model in one pass.
import { messagesFor } from "../i18n/messages.ts";
import type { Conference } from "../model/load.ts";
import { contentHasRobots } from "../model/outputs.ts";
import {
  CALENDAR_URL,
  HEADERS_URL,
  outputFileOf,
  ROBOTS_URL,
  SCHEDULE_JSON_URL,
  SCHEDULE_XML_URL,
  SITEMAP_URL,
} from "../model/urls.ts";
import { frabScheduleJson } from "./frab/json.ts";
import { buildFrab } from "./frab/model.ts";
import { frabScheduleXml } from "./frab/xml.ts";
import { headersFile, NO_JEKYLL, robotsTxt } from "./headers.ts";
import { calendars } from "./ics.ts";
import { sitemapXml } from "./sitemap.ts";

export interface ExportFile {
  /** Where it is written under the output folder. */
  path: string;
  content: string;
}

export function exportFiles(conference: Conference): ExportFile[] {
  const files = scheduleFiles(conference);
  const { settings } = conference;
  const pages = conference.docs
    .filter((doc) => doc.kind !== "notfound")
    .map((doc) => doc.rootUrl)
    .sort();
  files.push({ path: outputFileOf(SITEMAP_URL), content: sitemapXml(pages, settings.baseUrl) });
  if (!contentHasRobots(conference.copies.map((copy) => copy.to)))
    files.push({ path: outputFileOf(ROBOTS_URL), content: robotsTxt(settings.baseUrl) });
  files.push(NO_JEKYLL);
  // Last: the host's rules cover every file written.
  const written = [
    ...conference.docs.map((doc) => doc.path),
    ...conference.files.map((file) => file.path),
    ...conference.copies.map((copy) => copy.to),
    ...conference.images.map((image) => outputFileOf(image.url)),
    ...files.map((file) => file.path),
  ];
  files.push({ path: outputFileOf(HEADERS_URL), content: headersFile(conference, written) });
  return files;
}

/** Calendars and the frab schedule, when there is an event. */
function scheduleFiles(conference: Conference): ExportFile[] {
  const { schedule, settings } = conference;
  const files: ExportFile[] = [];
  if (!schedule) return files;
  const { messages } = messagesFor(settings.language);
  const ics = calendars(schedule, settings.baseUrl, messages);
  files.push({ path: outputFileOf(CALENDAR_URL), content: ics.event });
  for (const [talk, content] of ics.talks) files.push({ path: outputFileOf(talk.icsUrl), content });
  const frab = buildFrab(schedule, settings.baseUrl, messages, settings.language);
  files.push({ path: outputFileOf(SCHEDULE_XML_URL), content: frabScheduleXml(frab) });
  files.push({ path: outputFileOf(SCHEDULE_JSON_URL), content: frabScheduleJson(frab) });
  return files;
}
