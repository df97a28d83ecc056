import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, storyUnderTest, test } from "./fixtures";

/** The first event's page. */
const firstEventPage = () => `/events/${storyUnderTest().events[0]!.slug}/`;
/** A word that finds something: the name of the first person who took part in an event. */
const aQuery = () => storyUnderTest().timeline.people.find((person) => person.events.length > 0)!.name;

/** Records every Content-Security-Policy violation the page reports. */
async function watchViolations(page: import("@playwright/test").Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The script-src a page's policy must have: its own files, its one inline script by hash, WebAssembly. */
const scriptSources = (inlineScript: string) =>
  `'self' 'sha256-${createHash("sha256").update(inlineScript).digest("base64")}' 'wasm-unsafe-eval'`;

test("every page carries the strict policy, with no unsafe-inline or unsafe-eval for scripts", async ({
  request,
}) => {
  for (const path of ["/", firstEventPage(), "/search/", "/embed/"]) {
    const html = await (await request.get(path)).text();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(policy, path).toBeDefined();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    // JSON-LD is a data block, which the policy does not cover. The one inline script is the one run
    // before first paint, allowed by its hash; any other would be blocked.
    const scripts = html.replaceAll('<script type="application/ld+json">', "");
    const inline = [...scripts.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(inline, `${path} has one inline script`).toHaveLength(1);
    expect(/script-src ([^;]+)/.exec(policy!)?.[1]).toBe(scriptSources(inline[0]![1]!));
    expect(html, `${path} has no inline style`).not.toMatch(/<style|\sstyle="/);
  }
});

test("searching and reading break no rule of the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  const query = aQuery();
  await page.goto("/");
  await page.locator("#site-search-field").fill(query);
  await page.keyboard.press("Enter");
  await expect(page.locator("#search-status")).toHaveText(
    new RegExp(`results? for “${RegExp.escape(query)}”`),
  );
  expect(await violations()).toEqual([]);
  await page.locator("#search-results a").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("filtering the timeline breaks no rule of the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("/");
  const person = page.getByRole("combobox", { name: "Person", exact: true });
  const first = await person.locator("option").nth(1).getAttribute("value");
  await person.selectOption(first!);
  await expect(page).toHaveURL(`/?person=${first}`);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL("/");
  expect(await violations()).toEqual([]);
});

test("pages with JSON-LD, Open Graph tags and share images break no rule of the policy", async ({ page }) => {
  const violations = await watchViolations(page);
  const story = storyUnderTest();
  const numbered = story.events.find((event) => event.seriesNumber !== null);
  const shortLink =
    story.settings.series && numbered ? [`/${story.settings.series.path}/${numbered.seriesNumber}/`] : [];
  for (const path of [
    "/",
    firstEventPage(),
    ...shortLink,
    "/people/",
    `/sources/${story.timeline.sources[0]!.slug}/`,
  ]) {
    await page.goto(path);
    expect(await page.locator('script[type="application/ld+json"]').count(), path).toBe(1);
  }
  expect(await violations()).toEqual([]);
});

test("dist/_headers gives hosts the same policy, with frame-ancestors and the other security headers", () => {
  const { dist } = storyUnderTest();
  const headers = readFileSync(`${dist}_headers`, "utf8");
  const home = readFileSync(`${dist}index.html`, "utf8");
  const beforePaint = /<script>([\s\S]*?)<\/script>/.exec(home)![1]!;
  expect(headers).toMatch(/^\/\*\n/);
  expect(headers).toContain(`script-src ${scriptSources(beforePaint)};`);
  expect(headers).toContain("frame-ancestors 'none'");
  expect(headers).toContain("X-Content-Type-Options: nosniff");
  // Scripts and styles are named by their content, so hosts may cache them for a year.
  expect(headers).toContain("/_astro/*\n  Cache-Control: public, max-age=31536000, immutable");
});
