// Issue 9, item 12: one catalogue per language, chosen by site.json's language, every one complete.
import assert from "node:assert/strict";
import { test } from "node:test";
import { de } from "../../src/i18n/de.ts";
import { en } from "../../src/i18n/en.ts";
import { fr } from "../../src/i18n/fr.ts";
import { messagesFor, type Messages } from "../../src/i18n/messages.ts";
import { zhTW } from "../../src/i18n/zh-TW.ts";

const OTHERS: Messages[] = [de, fr, zhTW];
/** Words that are the same in English and the other language (loanwords and names). */
const SAME = new Set(["Keynote", "Sprint", "Tutorial", "Video", "Material", "Site", "Programme"]);

test("a language tag finds its catalogue by region or script, and an unknown one falls back to English, saying so", () => {
  const pick = (tag: string) => [messagesFor(tag).messages.tag, messagesFor(tag).fallback];
  assert.deepEqual(pick("de"), ["de", false]);
  assert.deepEqual(pick("de-CH"), ["de", false]);
  assert.deepEqual(pick("fr-BE"), ["fr", false]);
  assert.deepEqual(pick("zh-TW"), ["zh-TW", false]);
  assert.deepEqual(pick("zh-Hant"), ["zh-TW", false]);
  assert.deepEqual(pick("zh-HK"), ["zh-TW", false]);
  assert.deepEqual(pick("zh-CN"), ["en", true], "Simplified Chinese is not Traditional");
  assert.deepEqual(pick("ja"), ["en", true]);
  assert.deepEqual(pick("en-GB"), ["en", false]);
});

test("every catalogue translates every fixed word, and none is left in English", () => {
  for (const catalogue of OTHERS) {
    for (const [key, value] of Object.entries(en.text)) {
      const translated = catalogue.text[key as keyof typeof en.text];
      assert.ok(translated && translated.trim() !== "", `${catalogue.tag}: ${key}`);
      if (!SAME.has(value)) assert.notEqual(translated, value, `${catalogue.tag}: ${key} is still "${value}"`);
    }
    for (const [type, label] of Object.entries(en.types)) if (!SAME.has(label)) assert.notEqual(catalogue.types[type as keyof typeof en.types], label, `${catalogue.tag}: ${type}`);
    for (const [level, label] of Object.entries(en.levels)) assert.notEqual(catalogue.levels[level as keyof typeof en.levels], label, `${catalogue.tag}: ${level}`);
  }
});

test("sentences put their parts where the language wants them", () => {
  assert.equal(en.movedFrom("Saal A", "Saturday, 10:00"), "Moved from Saal A, Saturday, 10:00");
  assert.equal(de.movedFrom("Saal A", "Samstag, 10:00 Uhr"), "Verlegt von Saal A, Samstag, 10:00 Uhr");
  assert.equal(zhTW.before("203 教室"), "203 教室 前一場：");
  assert.equal(fr.allAtThisTime(35, true), "Les 35 autres sessions à cette heure, dans le programme");
  assert.equal(de.cancelledTitle("Rust"), "Abgesagt: Rust");
  assert.equal(en.zone("Asia/Taipei", "en", new Date("2020-03-21T03:00:00Z"), "UTC+08:00"), "Taipei time, UTC+08:00");
  assert.equal(zhTW.zone("Asia/Taipei", "zh-TW", new Date("2020-03-21T03:00:00Z"), "UTC+08:00"), "台北標準時間，UTC+08:00");
  assert.equal(fr.zone("Europe/Paris", "fr", new Date("2026-07-01T10:00:00Z"), "UTC+02:00"), "heure d’Europe centrale, UTC+02:00");
});
