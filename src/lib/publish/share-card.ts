import { kindLabel, SITE } from "../../config";
import { words } from "../../i18n/words";
import { formatEventDate } from "../dates/format-date";
import type { TimelineEvent } from "../content/timeline";
import { seriesItemName } from "../content/series";
import { firstLocalImage, imageFilePath } from "../views/media";

/** The size social sites show without cropping (Open Graph's recommended 1.91:1). */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/** The words on a share image, also used for its alt text. */
export interface ShareCard {
  /** A short line above the title: the kind of event. */
  eyebrow?: string;
  title: string;
  /** The date in words, or the site's description. */
  detail?: string;
  /** The event's first local image, shown beside the words: its file and its alt text. */
  photo?: { file: string; alt: string };
}

export const SITE_CARD: ShareCard = { title: SITE.title, detail: SITE.description };

/** An event's card; a series' short link names the event's number in the series first ("Hearing 2"). */
export function eventCard(event: TimelineEvent, options: { asSeriesItem?: boolean } = {}): ShareCard {
  const { kind, seriesNumber, title, date, yearInferred, media } = event.entry.data;
  const kindName = kindLabel(kind);
  const image = firstLocalImage(media);
  const file = image && imageFilePath(image.image);
  return {
    eyebrow:
      options.asSeriesItem && seriesNumber ? `${seriesItemName(seriesNumber)} · ${kindName}` : kindName,
    title,
    detail: formatEventDate(date, event.anchor?.date, yearInferred),
    ...(image && file && { photo: { file, alt: image.alt } }),
  };
}

/** The alt text of a card's image: its words, in reading order (titles may end in a full stop). */
export function shareCardAlt(card: ShareCard): string {
  const footer = card.title === SITE.title ? undefined : SITE.title;
  const photo = card.photo && `${words.media.photo} ${card.photo.alt}`;
  return [card.eyebrow, card.title, card.detail, footer, photo].filter(Boolean).join(" — ");
}

/** Whether events get share images of their own (see SITE.eventShareImageLimit). */
export const eventsHaveOwnImages = (eventCount: number) => eventCount <= SITE.eventShareImageLimit;
