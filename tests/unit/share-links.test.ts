import { describe, expect, test } from "vitest";
import { SHARE_SERVICES, shareLinks } from "../../src/lib/publish/share-links";

const URL_OF_PAGE = new URL("https://timeline.example/events/talks-resume/");
const TITLE = 'Talks "resume" & continue: 50% #1?';
const links = shareLinks(URL_OF_PAGE, TITLE);
const hrefOf = (service: string) => links.find((link) => link.service === service)!.href;

describe("share links", () => {
  test("one per service, in the menu's order", () => {
    expect(links.map((link) => link.service)).toEqual([...SHARE_SERVICES]);
  });

  test.each([
    // The subject is the title, the body the address.
    [
      "email",
      "mailto:?subject=Talks%20%22resume%22%20%26%20continue%3A%2050%25%20%231%3F&body=https%3A%2F%2Ftimeline.example%2Fevents%2Ftalks-resume%2F",
    ],
    [
      "x",
      "https://x.com/intent/post?text=Talks%20%22resume%22%20%26%20continue%3A%2050%25%20%231%3F&url=https%3A%2F%2Ftimeline.example%2Fevents%2Ftalks-resume%2F",
    ],
    // Bluesky and WhatsApp take one text: the title, then the address.
    [
      "bluesky",
      "https://bsky.app/intent/compose?text=Talks%20%22resume%22%20%26%20continue%3A%2050%25%20%231%3F%20https%3A%2F%2Ftimeline.example%2Fevents%2Ftalks-resume%2F",
    ],
    // Facebook and LinkedIn read the title from the page's own Open Graph tags.
    [
      "facebook",
      "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftimeline.example%2Fevents%2Ftalks-resume%2F",
    ],
    [
      "linkedin",
      "https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Ftimeline.example%2Fevents%2Ftalks-resume%2F",
    ],
    [
      "whatsapp",
      "https://wa.me/?text=Talks%20%22resume%22%20%26%20continue%3A%2050%25%20%231%3F%20https%3A%2F%2Ftimeline.example%2Fevents%2Ftalks-resume%2F",
    ],
  ])("%s", (service, href) => {
    expect(hrefOf(service)).toBe(href);
  });

  test("every parameter decodes back to the title and the address, whatever they contain", () => {
    for (const { href } of links) {
      const params = [...new URL(href).searchParams.values()].join(" ");
      expect(params).toContain(URL_OF_PAGE.href);
    }
    expect(new URL(hrefOf("x")).searchParams.get("text")).toBe(TITLE);
    expect(new URL(hrefOf("email")).searchParams.get("subject")).toBe(TITLE);
  });
});
