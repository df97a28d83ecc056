import { describe, expect, test } from "vitest";
import { SITE } from "../../src/config";
import { eventCard, eventsHaveOwnImages, shareCardAlt, SITE_CARD } from "../../src/lib/publish/share-card";
import type { TimelineEvent } from "../../src/lib/content/timeline";

const round = {
  id: "2025-05-19-second-round",
  entry: {
    data: {
      kind: "negotiation-round",
      seriesNumber: 2,
      title: "Second round",
      date: { precision: "range", start: "2025-05-19", end: "2025-05-22" },
      yearInferred: false,
      media: [],
    },
  },
  anchor: undefined,
} as unknown as TimelineEvent;

/** The round with a remote link first and a local image after it, as the build gives it (fsPath set). */
const withPhoto = {
  ...round,
  entry: {
    data: {
      ...round.entry.data,
      media: [
        { url: "https://video.example/round", credit: "Video credit" },
        {
          image: {
            src: "/_astro/photo.png",
            width: 800,
            height: 600,
            format: "png",
            fsPath: "/content/media/photo.png",
          },
          alt: "Delegates at a table",
          credit: "Photo credit",
        },
      ],
    },
  },
} as unknown as TimelineEvent;

describe("share cards", () => {
  test("an event's card: its kind, its title and its date in words", () => {
    expect(eventCard(round)).toEqual({
      eyebrow: "Negotiation round",
      title: "Second round",
      detail: "19–22 May 2025",
    });
  });

  test("a round's alias names the round first", () => {
    expect(eventCard(round, { asSeriesItem: true }).eyebrow).toBe("Round 2 · Negotiation round");
  });

  test("alt text reads the card in order, with the site title below an event", () => {
    expect(shareCardAlt(eventCard(round))).toBe(
      `Negotiation round — Second round — 19–22 May 2025 — ${SITE.title}`,
    );
    expect(shareCardAlt(SITE_CARD)).toBe(`${SITE.title} — ${SITE.description}`);
  });

  test("an event with a local image shows its first one, and the alt text describes it last", () => {
    expect(eventCard(withPhoto).photo).toEqual({
      file: "/content/media/photo.png",
      alt: "Delegates at a table",
    });
    expect(shareCardAlt(eventCard(withPhoto))).toBe(
      `Negotiation round — Second round — 19–22 May 2025 — ${SITE.title} — Photo: Delegates at a table`,
    );
  });
});

test("events have images of their own up to SITE.eventShareImageLimit, then share the site's", () => {
  expect(eventsHaveOwnImages(10)).toBe(true);
  expect(eventsHaveOwnImages(SITE.eventShareImageLimit)).toBe(true);
  expect(eventsHaveOwnImages(SITE.eventShareImageLimit + 1)).toBe(false);
});
