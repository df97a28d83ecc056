import { expect, storyUnderTest, test } from "./fixtures";
import { citedSources } from "./story";

/** The timeline, the first event's page and the page of the first source. */
const PAGES = {
  "/": () => "/",
  "an event page": () => `/events/${storyUnderTest().events[0]!.slug}/`,
  "a source page": () => `/sources/${storyUnderTest().timeline.sources[0]!.slug}/`,
};

const afterContent = (selector: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return el ? getComputedStyle(el, "::after").content : "missing"; })()`;

for (const [name, pathOf] of Object.entries(PAGES)) {
  test(`${name} prints as a clean document`, async ({ page }, testInfo) => {
    const path = pathOf();
    await page.goto(path);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });

    for (const name of ["Site", "Months", "Events over time", "Breadcrumb"]) {
      for (const nav of await page.getByRole("navigation", { name, exact: true }).all()) {
        await expect(nav, `${name} navigation`).toBeHidden();
      }
    }
    await expect(page.getByRole("search")).toBeHidden();
    await expect(page.getByLabel("Theme")).toBeHidden();
    for (const button of await page.locator("button").all()) await expect(button).toBeHidden();

    // Black on white, whatever the screen's colour scheme.
    const colours = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    expect(colours).toEqual({ text: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)" });

    // The page's own permanent address is printed.
    await expect(page.getByText(`This page: ${storyUnderTest().siteUrl}${path}`)).toBeVisible();

    // No page break inside an event card.
    for (const card of await page.locator("article.event-card").all()) {
      expect(await card.evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
    }

    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await testInfo.attach("print.pdf", { body: pdf, contentType: "application/pdf" });
  });
}

test("citations, event titles and external links print their full address", async ({ page }) => {
  const story = storyUnderTest();
  // An event that cites a source (a story may let events cite none).
  const event = story.events.find((candidate) => citedSources(candidate).length > 0)!;
  await page.goto(`/events/${event.slug}/`);
  await page.emulateMedia({ media: "print" });
  // A citation prints the address of a source the event cites: its page here, or the article it links to.
  const cited = new URL((await page.locator("main a.cite").first().getAttribute("href"))!, story.siteUrl);
  cited.hash = "";
  expect(citedSources(event).map((source) => story.citedAddress(source))).toContain(cited.href);
  expect(await page.evaluate(afterContent("main a.cite"))).toBe(`"] (${cited.href})"`);

  // Any other link to another site prints its address too: one added to main shows how.
  await page.evaluate(() => {
    const link = Object.assign(document.createElement("a"), { href: "https://example.org/report" });
    link.className = "external-test";
    link.textContent = "report";
    document.querySelector("main")!.append(link);
  });
  expect(await page.evaluate(afterContent("main a.external-test"))).toBe('" (https://example.org/report)"');

  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  expect(await page.evaluate(afterContent("main .event-card h3 a"))).toBe(
    `" (${story.siteUrl}/events/${event.slug}/)"`,
  );
});

test("on screen, nothing of the print additions shows", async ({ page }) => {
  await page.goto(`/events/${storyUnderTest().events[0]!.slug}/`);
  await expect(page.getByText(/^This page: /)).toBeHidden();
  expect(await page.evaluate(afterContent("main a.cite"))).toBe('"]"');
});
