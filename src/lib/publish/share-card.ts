import { kindLabel, SITE } from "../../config";
import { formatEventDate } from "../dates/format-date";
import type { TimelineEvent } from "../content/timeline";
import { seriesItemName } from "../content/series";

/** The size social sites show without cropping (Open Graph's recommended 1.91:1). */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The words on a share image, also used for its alt text. */
export interface ShareCard {
  /** A short line above the title: the kind of event. */
  eyebrow?: string;
  title: string;
  /** The date in words, or the site's description. */
  detail?: string;
}

export const SITE_CARD: ShareCard = { title: SITE.title, detail: SITE.description };

/** An event's card; a series' short link names the event's number in the series first ("Hearing 2"). */
export function eventCard(event: TimelineEvent, options: { asSeriesItem?: boolean } = {}): ShareCard {
  const { kind, seriesNumber, title, date, yearInferred } = event.entry.data;
  const kindName = kindLabel(kind);
  return {
    eyebrow:
      options.asSeriesItem && seriesNumber ? `${seriesItemName(seriesNumber)} · ${kindName}` : kindName,
    title,
    detail: formatEventDate(date, event.anchor?.date, yearInferred),
  };
}

/** The alt text of a card's image: its words, in reading order (titles may end in a full stop). */
export function shareCardAlt(card: ShareCard): string {
  const footer = card.title === SITE.title ? undefined : SITE.title;
  return [card.eyebrow, card.title, card.detail, footer].filter(Boolean).join(" — ");
}

/** Whether events get share images of their own (see SITE.eventShareImageLimit). */
export const eventsHaveOwnImages = (eventCount: number) => eventCount <= SITE.eventShareImageLimit;
