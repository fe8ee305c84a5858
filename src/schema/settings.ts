// What content/_data/site.json may say: the site's name, address, zone, language and menu.
import { z } from "zod";
import { ianaZone, languageTag, navUrl, text } from "./fields.ts";

export const HTTP_URL_EXPECTED = "an absolute http(s) URL such as https://conf.example.org/2020";

export const absoluteHttpUrl = z
  .string({ required_error: "the address the site is published at, such as https://conf.example.org/2020" })
  .refine((url) => /^https?:\/\/[^/\s]/.test(url) && URL.canParse(url), HTTP_URL_EXPECTED);

export const settingsFileSchema = z
  .object(
    {
      name: z.string({ required_error: "the site's name" }).trim().min(1, "the site's name"),
      tagline: z.string().optional(),
      url: absoluteHttpUrl,
      pathPrefix: z.string().optional(),
      language: languageTag.default("en"),
      timezone: z.string({ required_error: 'the IANA time zone content dates are written in, such as "Asia/Taipei"' }).pipe(ianaZone),
      description: z.string().optional(),
      nav: z.array(z.object({ title: text, url: navUrl }).strict()).default([]),
      // Files copied as they are whatever their name (an imported Pelican site's README.md or CNAME); code still refused.
      staticFiles: z
        .array(
          z.string({ invalid_type_error: 'a path in the content folder such as "downloads/README.md"' })
            .refine((path) => path !== "" && !path.startsWith("/") && !path.includes("\\") && !path.split("/").some((part) => part === ".." || part === "." || part === ""), 'a path in the content folder such as "downloads/README.md" (no "..", no leading "/")'),
        )
        .default([]),
      // Content may not run scripts unless the site says so: pages arrive as pull requests from speakers.
      allowScripts: z.boolean({ invalid_type_error: "true or false" }).default(false),
      // The project's own small script that adds the visitor's local time beside the event's (public/js/local-time.js).
      localTime: z.boolean({ invalid_type_error: "true or false" }).default(true),
      // A 1200×630 PNG per talk for social networks (og:image); an archive of thousands of talks may do without.
      shareImages: z.boolean({ invalid_type_error: "true or false" }).default(true),
    },
    { invalid_type_error: 'the site\'s fields, such as { "name": …, "url": …, "timezone": … }' },
  )
  .strict();

export type SettingsFile = z.output<typeof settingsFileSchema>;
