/**
 * The words shown with photos and media, in the interface's language (English): in one place, so
 * that a dictionary per language can take them over.
 */
export const MEDIA_WORDS = {
  credit: "Credit:",
  licence: "Licence:",
  /** Before the alt text of the photo on a share image. */
  photo: "Photo:",
  /** Remote media without a caption of its own: "Media on YouTube". */
  mediaOn: (provider: string) => `Media on ${provider}`,
  /** Said beside the link to remote media, which the page never loads itself. */
  opensOn: (provider: string) => `opens on ${provider}`,
} as const;
