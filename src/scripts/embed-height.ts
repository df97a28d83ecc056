/**
 * In a frame, an embed (src/layouts/Embed.astro) tells the page around it how tall it is, at first
 * and whenever that changes (a narrower frame wraps more lines), so that the embed code's listener
 * can fit the frame to it. The height is no secret, so any page may read it.
 */
import { EMBED_HEIGHT_MESSAGE } from "../lib/publish/embed-message";

const root = document.documentElement;

if (window.parent !== window) {
  new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
  }).observe(root);
}
