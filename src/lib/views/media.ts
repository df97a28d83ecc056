import type { EventEntry } from "../content/timeline";

/** One item of an entry's `media` (events and people share the shape). */
export type MediaItem = EventEntry["data"]["media"][number];
/** A local image, optimised by the build. */
export type LocalImage = MediaItem & { image: ImageMetadata; alt: string };

export const isLocalImage = (item: MediaItem): item is LocalImage => item.image !== undefined;

/** Hosts whose names readers know better than their addresses; any other is named by its host name. */
const PROVIDERS: [RegExp, string][] = [
  [/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, "YouTube"],
  [/(^|\.)vimeo\.com$/, "Vimeo"],
  [/(^|\.)soundcloud\.com$/, "SoundCloud"],
  [/(^|\.)(twitter\.com|x\.com)$/, "X (Twitter)"],
  [/(^|\.)instagram\.com$/, "Instagram"],
  [/(^|\.)facebook\.com$/, "Facebook"],
  [/(^|\.)tiktok\.com$/, "TikTok"],
  [/(^|\.)flickr\.com$/, "Flickr"],
  [/(^|\.)wikimedia\.org$|(^|\.)wikipedia\.org$/, "Wikimedia"],
  [/(^|\.)spotify\.com$/, "Spotify"],
  [/(^|\.)google\.com$/, "Google"],
];

/** Who serves remote media, from its address: "YouTube", or the host name ("news.example"). */
export function mediaProvider(url: string): string {
  const host = new URL(url).hostname.replace(/^www\./, "");
  return PROVIDERS.find(([pattern]) => pattern.test(host))?.[1] ?? host;
}

/** The first local image of an entry's media, the one its share image shows. */
export const firstLocalImage = (media: readonly MediaItem[]): LocalImage | undefined =>
  media.find(isLocalImage);

/**
 * The image's file on disk. Astro's metadata carries it as `fsPath` during a build (not in its
 * types); a share image reads the file from there, since optimised copies are written after pages.
 */
export const imageFilePath = (image: ImageMetadata): string | undefined =>
  (image as ImageMetadata & { fsPath?: string }).fsPath;
