import { SITE } from "../../config";
import { numberedEvents, seriesItemName } from "../content/series";
import type { TimelineEvent } from "../content/timeline";
import { embedPath, eventPath, PAGES, seriesItemPath } from "../content/urls";
import { EMBED_HEIGHT_MESSAGE } from "./embed-message";
import { escapeHtml } from "./escape-html";

/**
 * Embeds: the timeline, an event or a series' item in a frame on another site, by the code each
 * full page offers, or by oEmbed (https://oembed.com/), which CMSs read to turn a pasted address
 * into the same code.
 */

/** A page that has an embed: its path, the frame's title and its starting height in CSS pixels. */
export interface Embeddable {
  page: string;
  title: string;
  height: number;
}

/**
 * Starting heights: about what an event's embed needs at the width below (280–380 px here, 360–560
 * at a phone's width), and a window onto the timeline's, which grows with the story (1,700 px here).
 * The listener in the code then fits the frame to its content; without it, the frame scrolls.
 */
const HEIGHTS = { timeline: 900, event: 420 };
/** The width oEmbed asks for; the code's frame takes the whole width it is given. */
export const EMBED_WIDTH = 640;

export const timelineEmbed = (): Embeddable => ({
  page: PAGES.home,
  title: SITE.title,
  height: HEIGHTS.timeline,
});

export const eventEmbed = (event: TimelineEvent): Embeddable => ({
  page: eventPath(event.id),
  title: event.entry.data.title,
  height: HEIGHTS.event,
});

export const seriesItemEmbed = (number: number, event: TimelineEvent): Embeddable => ({
  page: seriesItemPath(number),
  title: `${seriesItemName(number)}: ${event.entry.data.title}`,
  height: HEIGHTS.event,
});

/** Every page that has an embed: the timeline, each event and each numbered item of the series. */
export const embeddables = (events: readonly TimelineEvent[]): Embeddable[] => [
  timelineEmbed(),
  ...events.map(eventEmbed),
  ...numberedEvents(events).map(({ number, event }) => seriesItemEmbed(number, event)),
];

/**
 * The code to paste: the frame, then an optional script that sets its height from the embed's
 * messages, trusting only messages from its own frame and from the origin of the embeds' address
 * (`r`, which the message's origin followed by "/" must begin).
 */
export function embedCode({ page, title, height }: Embeddable, site: URL): string {
  const src = new URL(embedPath(page), site);
  const frame = `<iframe src="${src}" title="${escapeHtml(title)}" loading="lazy" height="${height}" style="width:100%;border:0"></iframe>`;
  const listener = `<script>addEventListener("message",function(e){var d=e.data,r="${new URL(embedPath(PAGES.home), site)}";if(r.indexOf(e.origin+"/")===0&&d&&d.type==="${EMBED_HEIGHT_MESSAGE}")document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=d.height+"px"})})</script>`;
  return `${frame}\n${listener}`;
}

/** The oEmbed response of an embed, type "rich": its code, with the size to reserve for it. */
export function oembed(embeddable: Embeddable, site: URL) {
  return {
    version: "1.0",
    type: "rich",
    title: embeddable.title,
    provider_name: SITE.title,
    provider_url: new URL(PAGES.home, site).href,
    html: embedCode(embeddable, site),
    width: EMBED_WIDTH,
    height: embeddable.height,
  };
}
