// The conference, loaded: settings, event, speakers and every content file read once, every problem collected, every
// derived value made once. While serving, a file that has not changed since the last load is not read again.
import { statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { MarkdownIt } from "markdown-it";
import { scanContentFolder } from "../content/folder.ts";
import { readTextFile } from "../content/text.ts";
import { createMarkdownRenderer } from "../markdown/render.ts";
import { svgNeedsInlineStyles } from "../markdown/resources.ts";
import { scriptsInSvg, type ScriptFinding } from "../markdown/scripts.ts";
import { ContentError, displayPath, type ContentProblem } from "../schema/problem.ts";
import { PublicAssets } from "./assets.ts";
import { buildDocs, type Doc, type SiteView } from "./docs.ts";
import { findOutputConflicts, imagesMade } from "./outputs.ts";
import { readPage, type PageContext, type ReadPage } from "./pages.ts";
import { buildSchedule, readEvent, readSpeakers, SPEAKERS_FILE, type TalkSource } from "./schedule.ts";
import { CATALOGUE_LANGUAGES, messagesFor } from "../i18n/messages.ts";
import { readSettings, SETTINGS_FILE, type Settings } from "./settings.ts";
import { checkPhotos, FileHashes } from "./photos.ts";
import type { Page, Schedule, ShareCard, Speaker, Talk } from "./types.ts";
import { shareImageUrlFor } from "./urls.ts";
import type { ScheduleViews } from "./views.ts";

export interface Conference {
  settings: Settings;
  /** Undefined without an event.json: then there is no program, and talks have no times. */
  schedule?: Schedule;
  speakers: Speaker[];
  /** Every talk: scheduled ones in schedule order, then the others by title. */
  talks: Talk[];
  /** Every content page, published or not, in the content folder's order. */
  pages: Page[];
  /** The content folder's files copied as they are (absolute paths). */
  assets: string[];
  /** Every file copied as it is, from where (absolute) to where under the output folder: the project's public/ files
   * under their hashed names, then the content's assets at their own place. */
  copies: { from: string; to: string }[];
  /** The images the build makes (share images, resized photos), by site-root URL, with who they are for. */
  images: { url: string; name: string }[];
  /** Files made for pages besides themselves (the program's stylesheet), by path under the output folder. */
  files: { path: string; text: string }[];
  /** Whether a published SVG file styles itself inline, which the site's Content-Security-Policy must then allow. */
  svgInlineStyles: boolean;
  /** Files neither built nor copied. */
  unpublished: string[];
  /** What the organizer should hear of but the build publishes anyway: a talk during a break, a speaker in two rooms. */
  warnings: ContentProblem[];
  /** The frame every page prints, and every page as its template's view. */
  site: SiteView;
  docs: Doc[];
  views: ScheduleViews;
  /** What each talk's share image shows, unless site.json turns them off. */
  shareCards: ShareCard[];
}

/** What a cached file's reading depends on besides its own bytes. */
function contextKey(context: PageContext, language: string): string {
  return JSON.stringify([
    context.siteZone,
    context.eventZone,
    context.pathPrefix,
    context.allowScripts,
    messagesFor(language).messages.tag,
  ]);
}

function fileKey(path: string): string {
  const stats = statSync(path);
  return `${stats.mtimeMs}:${stats.size}:${stats.ino}`;
}

export class ConferenceLoader {
  /** One markdown renderer per interface language (headings' permalinks are named in it). */
  private readonly renderers = new Map<string, MarkdownIt>();
  private readonly pages = new Map<string, { key: string; read: ReadPage }>();
  private readonly svgs = new Map<string, { key: string; findings: ScriptFinding[]; inlineStyles: boolean }>();
  private readonly publicAssets: PublicAssets;
  private readonly photoHashes = new FileHashes();

  constructor(
    readonly inputDir: string,
    /** The project's public/ folder: CSS, script and icon, published under hashed names. */
    publicDir: string,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.publicAssets = new PublicAssets(publicDir);
  }

  private readPage(path: string, context: PageContext, contextKey: string): ReadPage {
    const key = `${fileKey(path)}:${contextKey}`;
    const cached = this.pages.get(path);
    if (cached?.key === key) return cached.read;
    const read = readPage(this.inputDir, path, context);
    this.pages.set(path, { key, read });
    return read;
  }

  /** What an SVG file would run, and whether it styles itself inline (for the site's Content-Security-Policy). */
  private readSvg(path: string): { findings: ScriptFinding[]; inlineStyles: boolean } {
    const key = fileKey(path);
    const cached = this.svgs.get(path);
    if (cached?.key === key) return cached;
    const read = readTextFile(path, this.inputDir);
    // A browser reads an SVG in whatever encoding it declares; only UTF-8 text is checked, so only UTF-8 is published.
    const findings =
      "text" in read ? scriptsInSvg(read.text) : [{ ...(read.line ? { line: read.line } : {}), found: read.found }];
    const svg = { key, findings, inlineStyles: "text" in read && svgNeedsInlineStyles(read.text) };
    this.svgs.set(path, svg);
    return svg;
  }

  private markdownFor(language: string): MarkdownIt {
    const { messages } = messagesFor(language);
    let md = this.renderers.get(messages.tag);
    if (!md) {
      md = createMarkdownRenderer(messages.permalinkTo);
      this.renderers.set(messages.tag, md);
    }
    return md;
  }

  /** Everything checked and derived; a ContentError carries every problem found. */
  load(): Conference {
    const settings = readSettings(this.inputDir, this.env);
    const problems: ContentProblem[] = [];
    const folder = scanContentFolder(this.inputDir, new Set(settings.staticFiles));
    problems.push(...folder.problems);
    const speakers = readSpeakers(this.inputDir, problems);
    checkPhotos(
      this.inputDir,
      join(this.inputDir, SPEAKERS_FILE),
      speakers.speakers,
      speakers.lineOf,
      this.photoHashes,
      problems,
    );
    const event = readEvent(this.inputDir, problems);
    const context: PageContext = {
      siteZone: settings.timezone,
      ...(typeof event === "string" ? {} : { eventZone: event.event.timezone }),
      pathPrefix: settings.pathPrefix,
      allowScripts: settings.allowScripts,
      md: this.markdownFor(settings.language),
    };
    const key = contextKey(context, settings.language);
    const reads = folder.pages.map((path) => this.readPage(path, context, key));
    const present = new Set(folder.pages);
    for (const path of [...this.pages.keys()]) if (!present.has(path)) this.pages.delete(path);
    const sources: TalkSource[] = [];
    const pages: Page[] = [];
    for (const read of reads) {
      problems.push(...read.problems);
      if (!read.page) continue;
      pages.push(read.page);
      if (read.talk) sources.push({ page: read.page, fields: read.talk, lineOf: read.lineOf });
    }
    const warnings: ContentProblem[] = [];
    if (messagesFor(settings.language).fallback) {
      warnings.push({
        file: displayPath(join(this.inputDir, SETTINGS_FILE)),
        field: "language",
        expected:
          `a language the interface is written in (${CATALOGUE_LANGUAGES.join(", ")}); ` +
          "pages use English words meanwhile",
        found: JSON.stringify(settings.language),
      });
    }
    const { schedule, talks } = buildSchedule(this.inputDir, event, speakers, sources, problems, warnings);
    if (settings.shareImages)
      for (const page of pages)
        if (page.talk && page.url !== undefined) page.talk.shareImageUrl = shareImageUrlFor(page.url);
    // An SVG opened on its own runs its scripts on the site's origin, so it is checked like a page's HTML.
    const svgs = folder.assets
      .filter((p) => p.toLowerCase().endsWith(".svg"))
      .map((path) => ({ path, ...this.readSvg(path) }));
    if (!settings.allowScripts) {
      for (const { path, findings } of svgs) {
        for (const finding of findings)
          problems.push({
            file: displayPath(path),
            line: finding.line,
            expected:
              'an SVG image without scripts (a site that wants them sets "allowScripts": true in _data/site.json)',
            found: finding.found,
          });
      }
    }
    if (problems.length > 0) throw new ContentError(problems);
    const speaking = new Map(talks.flatMap((talk) => talk.speakers.map((s) => [s.id, s] as const)));
    // The content's files as they are copied, and the images the build makes: each address decided here, once.
    const assets = folder.assets.map((from) => ({ from, to: relative(this.inputDir, from).split(sep).join("/") }));
    const images = imagesMade(talks, [...speaking.values()]);
    const conflicts = findOutputConflicts({
      pages: reads.flatMap((read) =>
        read.page
          ? [
              {
                page: read.page,
                lineOf: read.lineOf,
                ...(read.permalink !== undefined ? { permalink: read.permalink } : {}),
              },
            ]
          : [],
      ),
      ...(schedule ? { schedule } : {}),
      speakers: [...speaking.values()],
      speakerLine: (id) => speakers.lineOf([id]),
      speakersFile: displayPath(join(this.inputDir, SPEAKERS_FILE)),
      images,
      copied: assets.map(({ from, to }) => ({ path: to, name: displayPath(from) })),
    });
    if (conflicts.length > 0) throw new ContentError(conflicts);
    const publicAssets = this.publicAssets.list();
    const { site, docs, views, files, shareCards } = buildDocs({
      settings,
      publicAssets,
      pages,
      talks,
      ...(schedule ? { schedule } : {}),
      speakers: speakers.speakers,
    });
    return {
      settings,
      ...(schedule ? { schedule } : {}),
      speakers: speakers.speakers,
      talks,
      pages,
      assets: folder.assets,
      copies: [...publicAssets.map(({ from, to }) => ({ from, to })), ...assets],
      files,
      images,
      svgInlineStyles: svgs.some((svg) => svg.inlineStyles),
      unpublished: folder.unpublished,
      warnings,
      site,
      docs,
      views,
      shareCards,
    };
  }
}
