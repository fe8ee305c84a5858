// URL and UUID helpers of the exports.
import assert from "node:assert/strict";
import { test } from "node:test";
import { absoluteUrl, baseHost, checkBaseUrl, uuidV5Url } from "../../src/export/urls.ts";

const BASE = "https://conf.sciwork.dev/2020/";

test("absoluteUrl joins site-root-relative URLs to the base and keeps absolute ones", () => {
  assert.equal(absoluteUrl(BASE, "/talk/moving.html"), "https://conf.sciwork.dev/2020/talk/moving.html");
  assert.equal(absoluteUrl(BASE, "https://slides.example.org/a.pdf"), "https://slides.example.org/a.pdf");
  // Non-ASCII and spaces are percent-encoded (UTF-8), existing escapes are kept.
  assert.equal(absoluteUrl(BASE, "/talk/演講 一.html"), "https://conf.sciwork.dev/2020/talk/%E6%BC%94%E8%AC%9B%20%E4%B8%80.html");
  assert.equal(absoluteUrl(BASE, "/talk/a%20b.html"), "https://conf.sciwork.dev/2020/talk/a%20b.html");
});

test("checkBaseUrl wants an absolute http(s) URL ending with a slash", () => {
  assert.equal(checkBaseUrl(BASE), BASE);
  assert.throws(() => checkBaseUrl("https://conf.sciwork.dev/2020"), /must end with "\/"/);
  assert.throws(() => checkBaseUrl("/2020/"), /not an absolute URL/);
  assert.throws(() => checkBaseUrl("ftp://conf.sciwork.dev/"), /http or https/);
  assert.equal(baseHost("https://localhost:8080/"), "localhost");
});

test("uuidV5Url is RFC 4122 version 5 in the URL namespace (values from Python's uuid.uuid5)", () => {
  assert.equal(uuidV5Url("https://conf.sciwork.dev/2020/talk/moving.html"), "a9aa4789-4315-5f87-a0e4-c8792835ecfb");
  assert.equal(uuidV5Url("https://例え.jp/é"), "aa2cf01c-5c1f-5012-8b33-c9cf4a19fc94");
});
