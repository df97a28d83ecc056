/**
 * The words of the embeds and of the control that offers their code, in the interface's language
 * (English): in one place, so that a dictionary per language can take them over.
 */
export const EMBED_WORDS = {
  /** The control under a page that shows the code of its embed. */
  control: "Embed",
  codeLabel: "Code to paste into an article's HTML",
  codeHelp:
    "The frame fits its height to its content with the optional script line; without it, the frame scrolls. Add ?theme=light or ?theme=dark to its address to fix its colours; otherwise it follows the reader's.",
  copy: "Copy embed code",
  copied: "Embed code copied",
  notCopied: "Could not copy the embed code",
  /** The embed's link to the page it shows, opened in the whole window. */
  openInFull: "Open in full",
  /** The heading of the list of events in the timeline's embed. */
  everyEvent: "Every event, oldest first",
} as const;
