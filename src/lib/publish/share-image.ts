import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import satori, { type Font } from "satori";
import sharp from "sharp";
import { SITE } from "../../config";
import { CACHE_DIR } from "../content/content-dir";
import { SHARE_IMAGE, type ShareCard } from "./share-card";

/** The site's light theme (src/styles/tokens.css): contrast on the background 16.8:1, 7.4:1 and 7.5:1. */
const COLORS = { background: "#fcfcfa", text: "#1c1b19", muted: "#57534e", accent: "#a4161a" };

const PADDING = { x: 72, y: 64 };
/** The accent rule along the top edge, in pixels. */
const RULE = 16;

/** Each subset of @fontsource/noto-sans by its code points, from the package's own list ("U+0100-02BA,U+2113,…"). */
const PACKAGE_RANGES = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@fontsource/noto-sans/unicode.json"), "utf8"),
) as Record<string, string>;

/**
 * The subsets a card may load, in the order they are preferred for a letter that two of them carry:
 * the package lists them from the most specific to Latin, so the reverse prefers Latin. Latin is
 * always loaded (the site's title, digits, punctuation); the others only for a card whose words have
 * a letter that only they carry, so most cards parse one font, not eight.
 */
const SUBSETS = Object.keys(PACKAGE_RANGES).reverse();

const SUBSET_RANGES: Map<string, [number, number][]> = new Map(
  SUBSETS.map((subset) => [
    subset,
    PACKAGE_RANGES[subset]!.split(",").map((range) => {
      const [from, to = from] = range.replace(/^U\+/, "").split("-");
      return [parseInt(from!, 16), parseInt(to!, 16)] as [number, number];
    }),
  ]),
);

const carries = (subset: string, codePoint: number) =>
  SUBSET_RANGES.get(subset)!.some(([from, to]) => codePoint >= from && codePoint <= to);

/** The font subsets that the text of a card needs: Latin, and for each other letter the first subset that carries it. */
export function subsetsFor(text: string): string[] {
  const needed = new Set<string>(["latin"]);
  for (const letter of new Set(text.normalize("NFC"))) {
    const codePoint = letter.codePointAt(0)!;
    const subset = SUBSETS.find((candidate) => carries(candidate, codePoint));
    if (subset) needed.add(subset);
  }
  return SUBSETS.filter((subset) => needed.has(subset));
}

const fontsBySubset = new Map<string, Font[]>();

/**
 * Noto Sans from @fontsource/noto-sans, read from node_modules so builds need no network. Satori reads
 * WOFF but not WOFF2. Each subset needs a family name of its own: Satori falls back glyph by glyph
 * across families, not between two fonts of one name.
 */
function shareFonts(subsets: readonly string[]): Font[] {
  const resolve = createRequire(import.meta.url).resolve;
  return subsets.flatMap((subset) => {
    const fonts =
      fontsBySubset.get(subset) ??
      ([400, 700] as const).map((weight) => ({
        name: `Noto Sans ${subset}`,
        weight,
        style: "normal" as const,
        data: readFileSync(resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)),
      }));
    fontsBySubset.set(subset, fonts);
    return fonts;
  });
}

/** Every word a card shows, the site's title included. */
const cardText = (card: ShareCard) => [card.eyebrow, card.title, card.detail, SITE.title].join(" ");

/** A satori element in object form (no JSX in this project). */
type Node = { type: string; props: { style?: Record<string, string | number>; children?: unknown } };
const box = (style: Node["props"]["style"], children: unknown): Node => ({
  type: "div",
  props: { style: { display: "flex", ...style }, children },
});

/** Long headlines get a smaller size so three lines fit; smaller again in the narrower column beside a photo. */
const titleSize = (title: string, narrow: boolean) =>
  Math.round((title.length > 70 ? 54 : title.length > 40 ? 62 : 76) * (narrow ? 0.85 : 1));

/** The width of an event's photo, on the right of its card, at the card's full height. */
const PHOTO_WIDTH = 420;

/** The card's words in a column `width` pixels wide. */
function textColumn(card: ShareCard, width: number): Node {
  const narrow = width < SHARE_IMAGE.width;
  return box(
    {
      // Satori sizes boxes without their padding and border (content-box).
      width: width - 2 * PADDING.x,
      height: SHARE_IMAGE.height - 2 * PADDING.y - RULE,
      flexDirection: "column",
      justifyContent: "space-between",
      padding: `${PADDING.y}px ${PADDING.x}px`,
      background: COLORS.background,
      color: COLORS.text,
      fontFamily: subsetsFor(cardText(card))
        .map((subset) => `Noto Sans ${subset}`)
        .join(", "),
      borderTop: `${RULE}px solid ${COLORS.accent}`,
    },
    [
      box({ flexDirection: "column", gap: 24 }, [
        card.eyebrow ? box({ fontSize: 32, fontWeight: 700, color: COLORS.accent }, card.eyebrow) : null,
        box({ fontSize: titleSize(card.title, narrow), fontWeight: 700, lineHeight: 1.15 }, card.title),
        card.detail ? box({ fontSize: 34, color: COLORS.muted }, card.detail) : null,
      ]),
      card.title === SITE.title ? null : box({ fontSize: 32, fontWeight: 700 }, SITE.title),
    ],
  );
}

/** The card: its words, and its photo (a data: URL) on the right where it has one. */
function layout(card: ShareCard, photo: string | undefined): Node {
  if (!photo) return textColumn(card, SHARE_IMAGE.width);
  const image = {
    type: "img",
    props: { src: photo, width: PHOTO_WIDTH, height: SHARE_IMAGE.height, style: { objectFit: "cover" } },
  };
  return box({ width: SHARE_IMAGE.width, height: SHARE_IMAGE.height }, [
    textColumn(card, SHARE_IMAGE.width - PHOTO_WIDTH),
    image,
  ]);
}

/** The photo cropped to its place on the card, as a PNG data: URL (satori draws only what it is given). */
async function photoData(card: ShareCard): Promise<string | undefined> {
  if (!card.photo) return undefined;
  const png = await sharp(card.photo.file)
    .resize(PHOTO_WIDTH, SHARE_IMAGE.height, { fit: "cover" })
    .png()
    .toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

/** A 1200×630 PNG of a share card: the same card always gives the same bytes. */
async function renderShareImage(tree: Node, card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    ...SHARE_IMAGE,
    fonts: shareFonts(subsetsFor(cardText(card))),
  });
  return new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer());
}

/**
 * Rendering costs about 50 ms an image, so images are kept between builds under Astro's cache,
 * named by a hash of the whole layout (every word and style, the photo's pixels) and size: a rebuild renders only the
 * cards that changed. Deleting the cache folder renders them all again.
 */
const IMAGE_CACHE = join(CACHE_DIR, "share-images");

async function cachedShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const tree = layout(card, await photoData(card));
  const key = createHash("sha256")
    .update(JSON.stringify([tree, SHARE_IMAGE]))
    .digest("hex");
  const file = join(IMAGE_CACHE, `${key}.png`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const image = await renderShareImage(tree, card);
  mkdirSync(IMAGE_CACHE, { recursive: true });
  writeFileSync(file, image);
  return image;
}

/** What a share image endpoint answers. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  return new Response(await cachedShareImage(card), { headers: { "Content-Type": "image/png" } });
}
