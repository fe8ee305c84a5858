// Site settings: one file, checked, with SITE_URL and PATH_PREFIX deciding where the site is deployed.
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ContentError } from "../../src/schema/problem.ts";
import { normalizePathPrefix, readSettings } from "../../src/model/settings.ts";
import { temporaryDir } from "../helpers/site.ts";

function siteDir(settings: object): string {
  const dir = temporaryDir("settings");
  mkdirSync(join(dir, "_data"));
  writeFileSync(join(dir, "_data", "site.json"), JSON.stringify(settings, null, 2));
  return dir;
}

const BASE = { name: "Conf", url: "https://conf.example.org/2021", timezone: "Europe/Berlin" };

describe("readSettings", () => {
  test("takes the path prefix from the site URL when nothing overrides it", () => {
    const site = readSettings(siteDir(BASE), {});
    assert.equal(site.pathPrefix, "/2021/");
    assert.equal(site.baseUrl, "https://conf.example.org/2021/");
    assert.equal(site.language, "en");
  });

  test("SITE_URL moves the site to another host and path", () => {
    const site = readSettings(siteDir(BASE), { SITE_URL: "https://staging.example.net" });
    assert.equal(site.pathPrefix, "/");
    assert.equal(site.baseUrl, "https://staging.example.net/");
  });

  test("an empty PATH_PREFIX or SITE_URL counts as unset; SITE_URL's path beats site.json's pathPrefix", () => {
    const dir = siteDir({ ...BASE, url: "https://conf.example.org", pathPrefix: "/2021/" });
    assert.equal(readSettings(dir, { PATH_PREFIX: "", SITE_URL: "" }).pathPrefix, "/2021/");
    assert.equal(readSettings(dir, { SITE_URL: "https://owner.github.io/conf" }).pathPrefix, "/conf/");
    assert.equal(readSettings(dir, { SITE_URL: "https://owner.github.io" }).baseUrl, "https://owner.github.io/");
  });

  test("PATH_PREFIX wins over the URL's path", () => {
    const site = readSettings(siteDir(BASE), { PATH_PREFIX: "archive/2021" });
    assert.equal(site.pathPrefix, "/archive/2021/");
    assert.equal(site.baseUrl, "https://conf.example.org/archive/2021/");
  });

  test("a relative SITE_URL is refused with the variable's name", () => {
    assert.throws(
      () => readSettings(siteDir(BASE), { SITE_URL: "conf.example.org" }),
      (error: ContentError) => error.problems[0]?.field === "SITE_URL" && /absolute/.test(error.problems[0]?.expected ?? ""),
    );
  });

  test("a missing name (at the line of the object it is missing from) and an unknown zone are both reported, with their lines", () => {
    const dir = siteDir({ url: "https://x.example", timezone: "Mars/Olympus" });
    assert.throws(
      () => readSettings(dir, {}),
      (error: ContentError) => {
        const fields = error.problems.map((p) => `${p.field}@${p.line ?? "?"}`).sort();
        assert.deepEqual(fields, ["name@1", "timezone@3"]);
        return true;
      },
    );
  });

  test("normalizePathPrefix always gives a leading and trailing slash", () => {
    assert.equal(normalizePathPrefix(""), "/");
    assert.equal(normalizePathPrefix("/"), "/");
    assert.equal(normalizePathPrefix("2020"), "/2020/");
    assert.equal(normalizePathPrefix("/a/b//"), "/a/b/");
  });
});
