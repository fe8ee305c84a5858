// Helpers shared by the schedule exports: the base URL checked, its host, and name-based UUIDs.
import { createHash } from "node:crypto";

// Absolute URLs are decided with every other URL, in src/model/urls.ts.
export { absoluteUrl } from "../model/urls.ts";

/** The RFC 4122 namespace for URLs (6ba7b811-9dad-11d1-80b4-00c04fd430c8), as bytes. */
const NAMESPACE_URL = Buffer.from("6ba7b8119dad11d180b400c04fd430c8", "hex");

/**
 * Check the base URL every export receives: absolute http(s), ending with "/".
 * Returns it unchanged so callers can write `const base = checkBaseUrl(baseUrl)`.
 */
export function checkBaseUrl(baseUrl: string): string {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new Error(`baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL (expected something like "https://conf.example.org/2020/")`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`baseUrl ${JSON.stringify(baseUrl)} must be an http or https URL`);
  }
  if (!baseUrl.endsWith("/")) {
    throw new Error(`baseUrl ${JSON.stringify(baseUrl)} must end with "/"`);
  }
  return baseUrl;
}

/** The host name of the base URL, without port: the right-hand side of iCalendar UIDs. */
export function baseHost(baseUrl: string): string {
  return new URL(baseUrl).hostname;
}

/**
 * A version 5 (SHA-1, name-based) UUID of `name` in the URL namespace, as RFC 4122 section 4.3 describes:
 * the same as Python's `uuid.uuid5(uuid.NAMESPACE_URL, name)`.
 */
export function uuidV5Url(name: string): string {
  const digest = createHash("sha1").update(NAMESPACE_URL).update(Buffer.from(name, "utf8")).digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
