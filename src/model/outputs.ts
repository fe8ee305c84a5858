// Every file the build will write, with who writes it, so that two writers of one file are reported before anything is written.
import type { ContentProblem } from "../schema/problem.ts";
import { describeValue } from "../schema/problem.ts";
import type { Page, Schedule, Speaker, Talk } from "./types.ts";
import { ASSETS_FOLDER } from "./assets.ts";
import {
  CALENDAR_URL,
  HEADERS_URL,
  NO_JEKYLL_URL,
  NOT_FOUND_URL,
  outputFileOf,
  PROGRAM_URL,
  ROBOTS_URL,
  SCHEDULE_JSON_URL,
  SCHEDULE_XML_URL,
  SITEMAP_URL,
  SPEAKERS_URL,
} from "./urls.ts";

/** Who writes a file: a content file (with the field that decided where), or the build itself. */
interface Writer {
  /** In words, for the other writer's message: "content/talk/x.md", "the program page". */
  name: string;
  /** For a content file: where the problem is, made only when there is one (finding a line costs a scan). */
  problem?: () => Omit<ContentProblem, "expected" | "found"> & { found: string };
  /** Whether a field chose the address (a permalink), rather than the file's place. */
  explicit?: boolean;
  /** The output path it claimed. */
  path?: string;
}

export interface OutputsInput {
  /** Every content page, with where its front matter fields sit. */
  pages: { page: Page; lineOf(path: readonly (string | number)[]): number | undefined; permalink?: string }[];
  schedule?: Schedule;
  /** Speakers who get a page (those with a talk), and where speakers.json says each one. */
  speakers: Speaker[];
  speakerLine: (id: string) => number | undefined;
  speakersFile: string;
  /** The content folder's assets, as paths under the output folder. */
  copied: { path: string; name: string }[];
  /** Images the build makes (share images, resized photos): site-root URLs and who they are for. */
  images?: { url: string; name: string }[];
}

/** The images the build makes: each talk's share image and each size of each raster photo of its speakers. */
export function imagesMade(talks: Talk[], speakers: Speaker[]): { url: string; name: string }[] {
  const photos = speakers.flatMap((s) =>
    s.picture && !s.picture.svg
      ? Object.values(s.picture.sizes)
          .flatMap((size) => [size.url1x, size.url2x])
          .map((url) => ({ url, name: `a photo of speaker "${s.id}"` }))
      : [],
  );
  const shares = talks.flatMap((talk) =>
    talk.shareImageUrl ? [{ url: talk.shareImageUrl, name: `the share image of ${talk.file}` }] : [],
  );
  return [...shares, ...photos];
}

/** Whether the content brings its own robots.txt (then the build writes none). */
export function contentHasRobots(paths: string[]): boolean {
  return paths.some((path) => `/${path}`.toLowerCase() === ROBOTS_URL);
}

/** The files the build writes, each with its writer; a second writer of one path is a problem naming both. */
export function findOutputConflicts(input: OutputsInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const writers = new Map<string, Writer>();
  const claim = (url: string, writer: Writer) => {
    const path = outputFileOf(url);
    // The build's hashed files live in a folder of their own, which hosts are told to keep for a year.
    if (writer.problem && path.startsWith(`${ASSETS_FOLDER}/`)) {
      problems.push({
        ...writer.problem(),
        expected: `an address outside /${ASSETS_FOLDER}/, which the build keeps for its own files`,
      });
      return;
    }
    // Compared without case: on a host that ignores it (macOS, Windows, some CDNs) Program.html replaces program.html.
    const key = path.toLowerCase();
    const first = writers.get(key);
    if (!first) {
      writers.set(key, { ...writer, path } as Writer);
      return;
    }
    // The one to change is named: a content file rather than the build's own file, an explicit permalink rather than a
    // file's default address, else the later of the two.
    const blameFirst = !writer.problem || (first.problem !== undefined && first.explicit === true && !writer.explicit);
    const [blamed, other] = blameFirst ? [first, writer] : [writer, first];
    const place = blamed.problem?.() ?? { file: blamed.name, found: describeValue(url) };
    problems.push({
      ...place,
      expected: `an address no other file uses (${other.name} writes /${other.path ?? path} too)`,
    });
  };
  // The build's own pages first, so a content file that takes one of their addresses is the one reported.
  claim(NOT_FOUND_URL, { name: "the not-found page" });
  // Photos are resized to one name per size whoever shows them; a speaker's sizes are claimed once.
  for (const { url, name } of new Map((input.images ?? []).map((image) => [image.url, image])).values())
    claim(url, { name });
  claim(SITEMAP_URL, { name: "the sitemap" });
  claim(HEADERS_URL, { name: "the hosting headers file (_headers)" });
  claim(NO_JEKYLL_URL, { name: "the build's .nojekyll" });
  if (!contentHasRobots(input.copied.map((file) => file.path))) claim(ROBOTS_URL, { name: "the build's robots.txt" });
  // Then the files copied as they are, so a page at an image's address is the one reported.
  for (const { path, name } of input.copied)
    claim(`/${path}`, { name, problem: () => ({ file: name, found: describeValue(`/${path}`) }) });
  claim(`${SPEAKERS_URL}index.html`, { name: "the speakers page" });
  if (input.schedule) {
    claim(PROGRAM_URL, { name: "the program page" });
    claim(CALENDAR_URL, { name: "the program's calendar" });
    claim(SCHEDULE_XML_URL, { name: "the frab schedule.xml" });
    claim(SCHEDULE_JSON_URL, { name: "the frab schedule.json" });
  }
  for (const speaker of input.speakers) {
    claim(speaker.pageUrl, {
      name: `the page of speaker "${speaker.id}"`,
      explicit: true,
      problem: () => ({
        file: input.speakersFile,
        line: input.speakerLine(speaker.id),
        field: speaker.id,
        found: `the id ${describeValue(speaker.id)}, whose page is ${speaker.pageUrl}`,
      }),
    });
  }
  const byFile = new Map(input.pages.map((p) => [p.page.file, p]));
  for (const talk of input.schedule?.talks ?? []) {
    const source = byFile.get(talk.file);
    claim(talk.icsUrl, {
      name: `the calendar file of ${talk.file}`,
      explicit: true,
      problem: () => ({
        file: talk.file,
        line: source?.lineOf(["permalink"]),
        field: "permalink",
        found: `a page whose calendar file is ${talk.icsUrl}`,
      }),
    });
  }
  for (const { page, lineOf, permalink } of input.pages) {
    if (page.url === undefined) continue;
    const url = page.url;
    const problem =
      permalink !== undefined
        ? () => ({ file: page.file, line: lineOf(["permalink"]), field: "permalink", found: describeValue(permalink) })
        : () => ({ file: page.file, found: `its default address ${url} (set a permalink to move it)` });
    claim(url, { name: page.file, explicit: permalink !== undefined, problem });
  }
  // A file cannot also be a folder: "talk/x.html" and "talk/x.html/y.html" cannot both be written.
  for (const [key, writer] of writers) {
    for (let cut = key.lastIndexOf("/"); cut > 0; cut = key.lastIndexOf("/", cut - 1)) {
      const file = writers.get(key.slice(0, cut));
      if (!file) continue;
      const [blamed, other] = writer.problem ? [writer, file] : [file, writer];
      const place = blamed.problem?.() ?? { file: blamed.name, found: describeValue(blamed.path) };
      problems.push({
        ...place,
        expected: `an address that does not put one file inside another (${other.name} writes /${other.path})`,
      });
      break;
    }
  }
  return problems;
}
