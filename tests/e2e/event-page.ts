/** Parts of an event page the end-to-end specs read. */
import type { Page } from "@playwright/test";

/** The "When" value of an event page's facts list. */
export function when(page: Page) {
  return page
    .getByRole("main")
    .locator("dl.facts > div")
    .filter({ has: page.locator("dt", { hasText: /^When$/ }) })
    .locator("dd");
}
