/**
 * Plain share links: an address each service opens with the page's title and canonical URL
 * already filled in. They are ordinary links, followed only when a reader clicks one, so a page
 * loads nothing from any of these services and the Content-Security-Policy needs no exception.
 */

/** The services, in the order the share menu lists them. */
export const SHARE_SERVICES = ["email", "x", "bluesky", "facebook", "linkedin", "whatsapp"] as const;
export type ShareService = (typeof SHARE_SERVICES)[number];

const q = encodeURIComponent;

/** Each service's address for a page, from its documented share intent. */
const INTENTS: Record<ShareService, (url: string, title: string) => string> = {
  email: (url, title) => `mailto:?subject=${q(title)}&body=${q(url)}`,
  x: (url, title) => `https://x.com/intent/post?text=${q(title)}&url=${q(url)}`,
  bluesky: (url, title) => `https://bsky.app/intent/compose?text=${q(`${title} ${url}`)}`,
  facebook: (url) => `https://www.facebook.com/sharer/sharer.php?u=${q(url)}`,
  linkedin: (url) => `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}`,
  whatsapp: (url, title) => `https://wa.me/?text=${q(`${title} ${url}`)}`,
};

export const shareLinks = (url: URL, title: string): { service: ShareService; href: string }[] =>
  SHARE_SERVICES.map((service) => ({ service, href: INTENTS[service](url.href, title) }));
