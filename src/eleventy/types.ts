// The config object Eleventy hands to every register…() function.
import type UserConfig from "@11ty/eleventy/UserConfig";

export type EleventyConfig = UserConfig;

/** What Eleventy puts in every template's data that our code reads. */
export interface PageData {
  layout?: string;
  title?: string;
  description?: string;
  speakers?: string[];
  page: { url: string | false; inputPath: string; date: Date; rawInput?: string };
  [key: string]: unknown;
}
