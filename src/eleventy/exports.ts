// Calendar and schedule files: each is a virtual template whose whole content is made by src/export/.
import { eventCalendar, talkCalendar } from "../export/ics.ts";
import { frabScheduleJson, frabScheduleXml } from "../export/frab.ts";
import type { Schedule, Talk } from "../schedule/model.ts";
import type { SiteSettings } from "../site/settings.ts";
import { CALENDAR_URL, SCHEDULE_JSON_URL, SCHEDULE_XML_URL } from "../schedule/urls.ts";
import type { ContentIndex } from "./content.ts";
import type { EleventyConfig } from "./types.ts";

export function registerExports(eleventyConfig: EleventyConfig, site: SiteSettings, index: ContentIndex): void {
  if (!index.schedule) return;
  eleventyConfig.addFilter("talkCalendar", (talk: Talk, schedule: Schedule) => talkCalendar(talk, schedule, site.baseUrl));
  eleventyConfig.addFilter("eventCalendar", (schedule: Schedule) => eventCalendar(schedule, site.baseUrl));
  eleventyConfig.addFilter("frabScheduleXml", (schedule: Schedule) => frabScheduleXml(schedule, site.baseUrl));
  eleventyConfig.addFilter("frabScheduleJson", (schedule: Schedule) => frabScheduleJson(schedule, site.baseUrl));
  const file = { eleventyExcludeFromCollections: true, layout: false };
  eleventyConfig.addTemplate("_generated/calendar.njk", "{{ schedule | eventCalendar | safe }}", { ...file, permalink: CALENDAR_URL });
  eleventyConfig.addTemplate("_generated/schedule-xml.njk", "{{ schedule | frabScheduleXml | safe }}", { ...file, permalink: SCHEDULE_XML_URL });
  eleventyConfig.addTemplate("_generated/schedule-json.njk", "{{ schedule | frabScheduleJson | safe }}", { ...file, permalink: SCHEDULE_JSON_URL });
  // One .ics beside each scheduled talk's page, for its "Add to calendar" link.
  eleventyConfig.addTemplate("_generated/talk-calendar.njk", "{{ talk | talkCalendar(schedule) | safe }}", {
    ...file,
    pagination: { data: "schedule.talks", size: 1, alias: "talk" },
    // A function, not "{{ talk.icsUrl }}": Nunjucks would HTML-escape "&" and "'" into the file name.
    permalink: (data: { talk: Talk }) => data.talk.icsUrl,
  });
}
