import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Frame, Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { headersFor, parseHeadersFile } from "../headers-file.ts";
import { distPages, expect, siteUnderTest, sitePath, storyUnderTest, test } from "./fixtures";

/*
 * Embeds in an article of another site. The site is served on one port as a static host serves it,
 * honouring dist/_headers (two rules' values of a header joined, as Cloudflare Pages does); the
 * article on another port, with the HTML it is given (tests/embed-servers.ts).
 */

/** The two origins of tests/embed-servers.ts: the project's own, serving its story's build, or dist/'s. */
function origins(): { site: string; host: string } {
  type Ports = { embedPorts?: { site: number; host: number } };
  const embedPorts =
    (test.info().project.metadata as Ports).embedPorts ?? (test.info().config.metadata as Ports).embedPorts!;
  return { site: `http://127.0.0.1:${embedPorts.site}`, host: `http://127.0.0.1:${embedPorts.host}` };
}

/** The story's event whose embed the tests frame: one with participants, if any has them. */
const sampleEvent = () => {
  const { events } = storyUnderTest();
  return events.find((event) => event.participants.length > 0) ?? events[0]!;
};

/** The short link of the story's first numbered series item, if it has one. */
function seriesItem() {
  const story = storyUnderTest();
  const event = story.events.find((candidate) => candidate.seriesNumber !== null);
  const path = event && `/${story.settings.series!.path}/${event.seriesNumber}/`;
  return path ? { path, event: event! } : undefined;
}

const KINDS = ["timeline", "event", "series item"] as const;

/** A page of this kind that has an embed, and the heading its embed shows; none for a series item in a story without one. */
function embeddable(kind: (typeof KINDS)[number]) {
  const event = sampleEvent();
  const item = seriesItem();
  switch (kind) {
    case "timeline":
      return { path: "/", embed: "/embed/", heading: storyUnderTest().settings.title };
    case "event":
      return { path: `/events/${event.slug}/`, embed: `/embed/events/${event.slug}/`, heading: event.title };
    case "series item":
      return item && { path: item.path, embed: `/embed${item.path}`, heading: item.event.title };
  }
}

const allEmbeddable = () => KINDS.flatMap((kind) => embeddable(kind) ?? []);

interface OEmbed {
  version: string;
  type: string;
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** A page's oEmbed file, found as a CMS finds it: through the page's <link rel="alternate">. */
async function oembedOf(request: APIRequestContext, path: string): Promise<{ href: string; data: OEmbed }> {
  const html = await (await request.get(sitePath(path))).text();
  const link = /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(html)?.[0];
  const href = /href="([^"]+)"/.exec(link ?? "")?.[1];
  expect(href, `${path} names its oEmbed file`).toBeDefined();
  const response = await request.get(new URL(href!).pathname);
  expect(response.status(), href).toBe(200);
  return { href: href!, data: await response.json() };
}

/** An embed code as a newsroom would paste it, with the site's public address replaced by the local server's. */
async function codeFor(request: APIRequestContext, path: string): Promise<{ code: string; data: OEmbed }> {
  const { href, data } = await oembedOf(request, path);
  return { code: data.html.replaceAll(new URL(href).origin, origins().site), data };
}

/** Opens the article of another site with `html` in its body. */
const openArticle = (page: Page, html: string) =>
  page.goto(`${origins().host}/?html=${encodeURIComponent(html)}`);

/** The document inside the article's (first) frame. */
async function frameOf(page: Page): Promise<Frame> {
  const frame = await (await page.locator("iframe").first().elementHandle())!.contentFrame();
  return frame!;
}

/** Records, in every frame, the Content-Security-Policy violations it reports. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`),
    );
  });
}
const violationsIn = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** How far the frame's height is from its content's, in CSS pixels. */
async function heightMismatch(page: Page, frame: Frame): Promise<number> {
  const frameHeight = await page.locator("iframe").evaluate((element) => element.clientHeight);
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  return Math.abs(frameHeight - content);
}

for (const kind of KINDS) {
  test(`the ${kind}'s embed, pasted from its oEmbed code into another site: content, height, axe, keyboard, CSP`, async ({
    page,
    request,
  }) => {
    const target = embeddable(kind);
    test.skip(!target, `the story has no ${kind}`);
    const { path, embed, heading } = target!;
    // Several checks on one framed page, axe among them: more than one page's time.
    test.slow();
    await watchViolations(page);
    const { code, data } = await codeFor(request, path);
    await openArticle(page, code);
    const frame = await frameOf(page);
    expect(new URL(frame.url()).pathname).toBe(embed);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(frame.getByRole("link", { name: "Open in full" })).toBeVisible();

    // The code's listener fits the frame to its content, then again when a narrower window wraps it.
    await expect.poll(() => heightMismatch(page, frame)).toBeLessThanOrEqual(3);
    expect(await page.locator("iframe").evaluate((element) => element.clientHeight)).not.toBe(data.height);
    await page.setViewportSize({ width: 360, height: 700 });
    await expect.poll(() => heightMismatch(page, frame)).toBeLessThanOrEqual(3);

    const axe = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

    // Tab from the article's link before the frame, through the embed's links, to the link after it.
    const after = page.getByRole("link", { name: "A link after the embed" });
    await page.getByRole("link", { name: "A link before the embed" }).focus();
    const focusedInFrame: string[] = [];
    for (
      let step = 0;
      step < 60 && !(await after.evaluate((link) => link === document.activeElement));
      step++
    ) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.tagName === "IFRAME")) {
        focusedInFrame.push(await frame.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
      }
    }
    await expect(after).toBeFocused();
    expect(focusedInFrame[0], "the first Tab into the frame reaches a link").toBeTruthy();
    expect(focusedInFrame.at(-1), "the embed's last stop is its link to the full page").toBe("Open in full");

    expect(await violationsIn(frame)).toEqual([]);
    expect(await violationsIn(page.mainFrame())).toEqual([]);

    // "Open in full" opens the full page in the reader's window, not in the frame.
    await frame.getByRole("link", { name: "Open in full" }).click();
    await expect(page).toHaveURL(`${origins().site}${path}`);
  });
}

test("a page that is not an embed refuses to show inside another site's frame", async ({
  page,
  browserErrors,
}) => {
  browserErrors.allow((error) => /frame-ancestors 'none'/.test(error.text));
  const { site } = origins();
  const frames = ["/embed/", "/", `/events/${sampleEvent().slug}/`]
    .map((path) => `<iframe src="${site}${path}" title="${path}"></iframe>`)
    .join("");
  await openArticle(page, frames);
  // The embed in the first frame shows, as a control: the others had their chance to load too.
  await expect(page.frameLocator("iframe >> nth=0").getByRole("heading", { level: 1 })).toBeVisible();
  await expect
    .poll(() => browserErrors.seen.filter((error) => /frame-ancestors 'none'/.test(error.text)).length)
    .toBe(2);
  const urls = page
    .frames()
    .slice(1)
    .map((frame) => frame.url());
  expect(urls).toEqual([`${site}/embed/`, "chrome-error://chromewebdata/", "chrome-error://chromewebdata/"]);
});

test("each embed page is at most 15 KB gzip with everything it loads", async ({ browser }) => {
  const sizes: string[] = [];
  for (const { embed } of allEmbeddable()) {
    // A new context each time, with an empty cache: every file counts for every embed.
    const context = await browser.newContext();
    const page = await context.newPage();
    const files: Promise<number>[] = [];
    page.on("requestfinished", (request) =>
      files.push(request.sizes().then((size) => size.responseBodySize)),
    );
    await page.goto(`${origins().site}${embed}`, { waitUntil: "networkidle" });
    const bytes = (await Promise.all(files)).reduce((sum, size) => sum + size, 0);
    await context.close();
    expect(files.length, `${embed}: the page, its stylesheet and its scripts`).toBeGreaterThanOrEqual(4);
    sizes.push(`${embed}: ${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} files`);
    expect(bytes, embed).toBeLessThanOrEqual(15 * 1024);
  }
  console.log(sizes.join("\n"));
});

test("?theme=light|dark sets an embed's colours; without it the reader's system decides", async ({
  page,
}) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const embed = `${origins().site}/embed/events/${sampleEvent().slug}/`;
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto(embed);
  const light = await background();
  await page.goto(`${embed}?theme=dark`);
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(embed);
  expect(await background()).toBe(dark);
  await page.goto(`${embed}?theme=light`);
  expect(await background()).toBe(light);
});

/** Opens the page's share menu, then its embed code. */
async function openEmbedCode(page: Page): Promise<void> {
  await page.getByText("Share", { exact: true }).click();
  await page.getByText("Embed", { exact: true }).click();
}

test.describe("the Embed control, in the share menu", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  for (const kind of KINDS) {
    test(`the ${kind}'s page offers the code of its embed, the same as its oEmbed file's, and copies it`, async ({
      page,
      request,
    }) => {
      const target = embeddable(kind);
      test.skip(!target, `the story has no ${kind}`);
      const { path } = target!;
      const { data } = await oembedOf(request, path);
      await page.goto(path);
      await openEmbedCode(page);
      const field = page.getByLabel("Code to paste into an article’s HTML");
      await expect(field).toHaveValue(data.html);
      await expect(field).toHaveAttribute("readonly");
      await page.getByRole("button", { name: "Copy embed code" }).click();
      await expect(page.locator("[data-copy-field] [role=status]")).toHaveText("Embed code copied");
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(data.html);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the code can still be opened and selected, and no dead Copy button shows", async ({ page }) => {
    await page.goto(`/events/${sampleEvent().slug}/`);
    await openEmbedCode(page);
    await expect(page.getByLabel("Code to paste into an article’s HTML")).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy embed code" })).toHaveCount(0);
  });
});

test("every embed asks not to be indexed, names its full page as canonical and is left out of search", () => {
  const embeds = distPages(siteUnderTest().dist).filter((path) => path.startsWith("/embed/"));
  const story = storyUnderTest();
  const items = story.events.filter((event) => event.seriesNumber !== null);
  expect(embeds.length).toBe(1 + story.events.length + items.length);
  for (const path of embeds) {
    const html = readFileSync(join(siteUnderTest().dist, path, "index.html"), "utf8");
    expect(html, path).toContain('<meta name="robots" content="noindex">');
    const full = path.replace(/^\/embed/, "");
    const item = items.find((event) => full === `/${story.settings.series?.path}/${event.seriesNumber}/`);
    const canonical = item ? `/events/${item.slug}/` : full;
    expect(new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)![1]!).pathname, path).toBe(canonical);
    expect(html, path).not.toContain("data-pagefind-body");
    expect(html, path).toContain(`href="${full}"`);
  }
});

test(
  "the oEmbed file of every embeddable page, and the rules of _headers, carry the base path",
  { tag: "@base-path" },
  async ({ request }) => {
    const { base, dist } = siteUnderTest();
    for (const { path, embed } of [
      ...allEmbeddable(),
      ...storyUnderTest().events.map(({ slug }) => ({
        path: `/events/${slug}/`,
        embed: `/embed/events/${slug}/`,
      })),
    ]) {
      const { href, data } = await oembedOf(request, path);
      expect(new URL(href).pathname).toBe(sitePath(`${embed}oembed.json`));
      expect(data).toMatchObject({ version: "1.0", type: "rich", provider_url: new URL(base, href).href });
      expect(data.width).toBeGreaterThan(0);
      expect(data.height).toBeGreaterThan(0);
      expect(data.title).toBeTruthy();
      expect(data.provider_name).toBeTruthy();
      const src = /<iframe src="([^"]+)"/.exec(data.html)?.[1];
      expect(new URL(src!).pathname, path).toBe(sitePath(embed));
      const embedHtml = await (await request.get(sitePath(embed))).text();
      expect(embedHtml, embed).toContain(`href="${sitePath(path)}"`);
    }
    const rules = parseHeadersFile(readFileSync(join(dist, "_headers"), "utf8"));
    for (const merge of ["replace", "join"] as const) {
      expect(headersFor(rules, sitePath("/embed/"), merge)["content-security-policy"]).toMatch(
        /frame-ancestors \*$/,
      );
      expect(headersFor(rules, sitePath("/"), merge)["content-security-policy"]).toMatch(
        /frame-ancestors 'none'$/,
      );
    }
  },
);
