// Every file the build writes besides pages: calendars, the frab schedule and the sitemap, each made from the model in one pass.
import { messagesFor } from "../i18n/messages.ts";
import type { Conference } from "../model/load.ts";
import { CALENDAR_URL, outputFileOf, SCHEDULE_JSON_URL, SCHEDULE_XML_URL, SITEMAP_URL } from "../model/urls.ts";
import { frabScheduleJson } from "./frab/json.ts";
import { buildFrab } from "./frab/model.ts";
import { frabScheduleXml } from "./frab/xml.ts";
import { calendars } from "./ics.ts";
import { sitemapXml } from "./sitemap.ts";

export interface ExportFile {
  /** Where it is written under the output folder. */
  path: string;
  content: string;
}

export function exportFiles(conference: Conference): ExportFile[] {
  const { schedule, settings } = conference;
  const files: ExportFile[] = [];
  const pages = conference.docs.filter((doc) => doc.kind !== "notfound").map((doc) => doc.rootUrl).sort();
  files.push({ path: outputFileOf(SITEMAP_URL), content: sitemapXml(pages, settings.baseUrl) });
  if (!schedule) return files;
  const { messages } = messagesFor(settings.language);
  const ics = calendars(schedule, settings.baseUrl, messages);
  files.push({ path: outputFileOf(CALENDAR_URL), content: ics.event });
  for (const [talk, content] of ics.talks) files.push({ path: outputFileOf(talk.icsUrl), content });
  const frab = buildFrab(schedule, settings.baseUrl, messages);
  files.push({ path: outputFileOf(SCHEDULE_XML_URL), content: frabScheduleXml(frab) });
  files.push({ path: outputFileOf(SCHEDULE_JSON_URL), content: frabScheduleJson(frab) });
  return files;
}
