import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EVENTS, expect, test } from "./fixtures";

// Reading needs no JavaScript: everything is in the HTML the server sends.
test.use({ javaScriptEnabled: false });

const EVENT = "2025-05-19-second-round";

/** Paragraphs and headings of an event's Markdown body, as written in content/. */
function markdownBlocks(slug: string): { paragraphs: number; headings: number } {
  const file = fileURLToPath(new URL(`../../content/events/${slug}.md`, import.meta.url));
  const body = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const headings = blocks.filter((block) => block.startsWith("#")).length;
  return { paragraphs: blocks.length - headings, headings };
}

test("the home page shows every event title without JavaScript", async ({ page }) => {
  await page.goto("/");
  const main = page.getByRole("main");
  await expect(main.getByRole("article")).toHaveCount(EVENTS.length);
  for (const { slug, title } of EVENTS) {
    const link = main.getByRole("heading").getByRole("link", { name: title, exact: true });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", `/events/${slug}/`);
  }
});

test("an event page shows its full body and sources without JavaScript", async ({ page }) => {
  await page.goto(`/events/${EVENT}/`);
  const article = page.getByRole("main").getByRole("article");
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(
    "Second round of negotiations in Washington, D.C.",
  );

  // Every block of the Markdown body is rendered, and visible.
  const expected = markdownBlocks(EVENT);
  const paragraphs = article.locator(".prose > p");
  await expect(paragraphs).toHaveCount(expected.paragraphs);
  await expect(article.locator(".prose").getByRole("heading")).toHaveCount(expected.headings);
  for (const paragraph of await paragraphs.all()) {
    await expect(paragraph).toBeVisible();
    expect(((await paragraph.textContent()) ?? "").trim().length).toBeGreaterThan(20);
  }
  await expect(article.getByRole("heading", { name: "What the sources leave open" })).toBeVisible();

  // Sources with their quoted passages.
  const sources = article.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("heading", { name: "Sources" })).toBeVisible();
  const items = sources.getByRole("listitem");
  expect(await items.count()).toBeGreaterThan(0);
  for (const item of await items.all()) {
    // One source, then the passages quoted from it.
    await expect(item.getByRole("link")).toBeVisible();
    const quotes = item.locator("blockquote");
    expect(await quotes.count()).toBeGreaterThan(0);
    for (const quote of await quotes.all()) await expect(quote).toBeVisible();
  }

  // Positions and next steps are there too.
  await expect(article.getByRole("region", { name: "Positions and asks" })).toBeVisible();
  await expect(article.getByRole("region", { name: "Announced next steps" })).toBeVisible();
});

// The theme control and "Copy link" on every page, and on / the timeline filters.
for (const [path, ownScripts] of [
  ["/", 2],
  [`/events/${EVENT}/`, 1],
] as const) {
  test(`${path} ships ${ownScripts + 1} small scripts, the theme and the page's own, and nothing of Pagefind`, async ({
    request,
  }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    // The JSON-LD block is data, never run, so it is not counted.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attributes]) => !attributes!.includes('type="application/ld+json"'),
    );
    expect(scripts, "script tags in the HTML").toHaveLength(ownScripts + 1);
    for (const [, , inline] of scripts) expect(inline, "no inline script").toBe("");
    const [theme, ...own] = scripts.map(([, attributes]) => /src="([^"]+)"/.exec(attributes!)?.[1]);
    // The stored colour theme must apply before first paint: a classic script in <head>.
    expect(theme).toBe("/theme.js");
    expect(html.indexOf("/theme.js")).toBeLessThan(html.indexOf("</head>"));
    expect(Buffer.byteLength(await (await request.get(theme!)).text())).toBeLessThan(512);
    // Controls no reader needs to read; Pagefind loads on /search/ only.
    for (const src of own) {
      expect(src).toMatch(/^\/_astro\/.+\.js$/);
      const script = await (await request.get(src!)).text();
      expect(script).not.toContain("pagefind");
      expect(Buffer.byteLength(script)).toBeLessThan(1536);
    }
  });
}
