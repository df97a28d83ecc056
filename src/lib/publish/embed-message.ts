/**
 * The message an embed sends the page it is framed in, { type, height }, whenever its height
 * changes (src/scripts/embed-height.ts); the embed code's listener (embed.ts) sizes the frame by it.
 * A module of its own, so that the browser script imports no build-time code.
 */
export const EMBED_HEIGHT_MESSAGE = "timeline-embed-height";
