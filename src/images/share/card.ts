// A talk's share image laid out for satori: 1200×630, in the site's colours (public/css/site.css, light scheme). Text
// is given as strings and drawn as paths, so nothing in a title or a name can become markup.
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from "../../model/urls.ts";
import type { ShareCard } from "../../model/types.ts";
import type { Weight } from "./fonts.ts";

/** Bump when the layout changes, so cached images are made again. */
export const SHARE_LAYOUT_VERSION = "3";

const COLOURS = {
  bg: "#fdfdfc",
  surface: "#f3f4f1",
  text: "#1c1d1a",
  muted: "#55584f",
  accent: "#1d4ed8",
  rule: "#d9dbd3",
  alert: "#b42318",
};
const PHOTO = 88;
const BAR = 16;
const MARGIN_TOP = 40;
const MARGIN_BOTTOM = 44;
const MARGIN_SIDE = 72;
const INNER_WIDTH = SHARE_IMAGE_WIDTH - 2 * MARGIN_SIDE;
/** At most this many speakers are drawn; more are counted ("+2"). */
const SHOWN_SPEAKERS = 3;

export interface Element {
  type: string;
  props: {
    style?: Record<string, unknown>;
    children?: Element | string | (Element | string)[];
    src?: string;
    width?: number;
    height?: number;
  };
}

const el = (type: string, style: Record<string, unknown>, children?: Element["props"]["children"]): Element => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }) },
});

/** The card's text by the weight it is drawn in, to pick fonts. */
export function cardTexts(card: ShareCard): Record<Weight, string> {
  const shown = card.speakers.slice(0, SHOWN_SPEAKERS);
  return {
    700: [card.title, card.conference, card.status ?? "", ...shown.map((s) => s.name + initial(s.name))].join(""),
    400: [card.kind, card.when ?? "", card.room ?? "", "+0123456789·"].join(""),
  };
}

function initial(name: string): string {
  return [...name.trim()][0]?.toUpperCase() ?? "?";
}

/** A title's size by its length: short titles large, long ones smaller, all clamped to three lines. */
function titleSize(title: string): number {
  const length = [...title].length;
  const wide = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(title);
  const units = wide ? length * 2 : length;
  return units <= 40 ? 72 : units <= 80 ? 60 : 52;
}

/** `photos`: a data: URL per speaker with a photo (PNG made by src/images/photos.ts), in the card's speaker order. */
export function cardElement(card: ShareCard, photos: (string | undefined)[], fontFamily: string): Element {
  const size = titleSize(card.title);
  const shown = card.speakers.slice(0, SHOWN_SPEAKERS);
  const more = card.speakers.length - shown.length;
  const nameWidth = shown.length <= 1 ? 900 : shown.length === 2 ? 420 : 260;
  const speakers = shown.map((speaker, index) =>
    el("div", { display: "flex", alignItems: "center", gap: 18 }, [
      photos[index]
        ? {
            type: "img",
            props: {
              src: photos[index],
              width: PHOTO,
              height: PHOTO,
              style: { width: PHOTO, height: PHOTO, borderRadius: PHOTO / 2 },
            },
          }
        : el(
            "div",
            {
              display: "flex",
              alignItems: "center",
              justifyContent: "center",
              width: PHOTO,
              height: PHOTO,
              borderRadius: PHOTO / 2,
              background: COLOURS.surface,
              border: `2px solid ${COLOURS.rule}`,
              color: COLOURS.accent,
              fontSize: 40,
              fontWeight: 700,
            },
            initial(speaker.name),
          ),
      el(
        "div",
        { display: "block", maxWidth: nameWidth, fontSize: 30, fontWeight: 700, lineClamp: 1, overflow: "hidden" },
        speaker.name,
      ),
    ]),
  );
  if (more > 0) speakers.push(el("div", { display: "flex", fontSize: 30, color: COLOURS.muted }, `+${more}`));
  const where = [card.when, card.room].filter(Boolean).join(" · ");
  // Sizes are given rather than left to padding: satori lays boxes out with their padding outside the width.
  return el(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      background: COLOURS.bg,
      color: COLOURS.text,
      fontFamily,
    },
    [
      el("div", { display: "flex", width: SHARE_IMAGE_WIDTH, height: BAR, background: COLOURS.accent }),
      el(
        "div",
        {
          display: "flex",
          flexDirection: "column",
          width: INNER_WIDTH,
          height: SHARE_IMAGE_HEIGHT - BAR - MARGIN_TOP - MARGIN_BOTTOM,
          marginTop: MARGIN_TOP,
          marginLeft: MARGIN_SIDE,
        },
        [
          el("div", { display: "flex", justifyContent: "space-between", alignItems: "baseline", width: INNER_WIDTH }, [
            el(
              "div",
              { display: "block", fontSize: 30, fontWeight: 700, color: COLOURS.accent, lineClamp: 1, maxWidth: 760 },
              card.conference,
            ),
            el("div", { display: "flex", fontSize: 28, color: COLOURS.muted }, card.kind),
          ]),
          el(
            "div",
            {
              display: "flex",
              flexDirection: "column",
              flexGrow: 1,
              minHeight: 0,
              justifyContent: "center",
              width: INNER_WIDTH,
              overflow: "hidden",
            },
            [
              ...(card.status
                ? [
                    el(
                      "div",
                      { display: "flex", fontSize: 32, fontWeight: 700, color: COLOURS.alert, marginBottom: 8 },
                      card.status,
                    ),
                  ]
                : []),
              el(
                "div",
                {
                  display: "block",
                  width: INNER_WIDTH,
                  fontSize: size,
                  fontWeight: 700,
                  lineHeight: 1.18,
                  lineClamp: 3,
                  overflow: "hidden",
                },
                card.title,
              ),
            ],
          ),
          el(
            "div",
            {
              display: "flex",
              flexDirection: "column",
              gap: 16,
              width: INNER_WIDTH,
              borderTop: `2px solid ${COLOURS.rule}`,
              paddingTop: 24,
            },
            [
              ...(speakers.length ? [el("div", { display: "flex", alignItems: "center", gap: 36 }, speakers)] : []),
              ...(where
                ? [
                    el(
                      "div",
                      { display: "block", width: INNER_WIDTH, fontSize: 28, color: COLOURS.muted, lineClamp: 1 },
                      where,
                    ),
                  ]
                : []),
            ],
          ),
        ],
      ),
    ],
  );
}
