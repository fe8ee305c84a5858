// One share image: the card laid out by satori (text as paths, fonts from npm), drawn by resvg with no system fonts
// and nothing loaded from outside, and encoded as PNG by sharp. The same card gives the same bytes.
import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";
import type { ShareCard } from "../../model/types.ts";
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "../../model/urls.ts";
import { cardElement, cardTexts } from "./card.ts";
import { fontsFor } from "./fonts.ts";

/** `photos`: for each speaker, the path of its photo as a small PNG (made by src/images/photos.ts), if it has one. */
export async function renderShareImage(card: ShareCard, photos: (string | undefined)[]): Promise<Buffer> {
  const urls = photos.map((path) =>
    path ? `data:image/png;base64,${readFileSync(path).toString("base64")}` : undefined,
  );
  const { fonts, family } = fontsFor(cardTexts(card));
  const svg = await satori(cardElement(card, urls, family) as Parameters<typeof satori>[0], {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts,
  });
  const pixels = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" } }).render();
  return sharp(pixels.pixels, { raw: { width: pixels.width, height: pixels.height, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
