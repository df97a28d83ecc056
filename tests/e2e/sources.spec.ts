/**
 * Sources a reader can trace: each source page, the sources list and each event's sources name the
 * publisher and day the content gives (and say plainly when it names no publisher), the page links
 * the original article where the content has its address, and no page shows an intake file's name.
 * Expectations come from the frontmatter in the story's content folder, read here on its own.
 */
import { readFileSync } from "node:fs";
import { en } from "../../src/i18n/en";
import { fill } from "../../src/i18n/template";
import { eachStory, expect, test, type Story } from "./fixtures";
import type { Page } from "@playwright/test";

interface SourceFrontmatter {
  title: string;
  republish?: boolean;
  publisher?: string;
  published?: string;
  url?: string;
  byline?: string;
  dateline?: string;
  originalFile?: string;
}

const words = en.sources;

/** A day as an English reader reads it ("22 May 2025"), worked out apart from the site's date module. */
const inWords = (day: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

/** What the page must say of where its text came from, given what the content gives. */
function provenance({ republish = true, publisher, published }: SourceFrontmatter): string {
  const date = published && inWords(published);
  if (!republish) return fill(words.linkedFrom, { publisher: publisher!, date: date! }, "en");
  if (publisher)
    return fill(date ? words.fromPublisherOn : words.fromPublisher, { publisher, date: date ?? "" }, "en");
  return date ? fill(words.fromTextOn, { date }, "en") : words.fromText;
}

/** The credit a list gives a source: its publisher (or that none is named), and its day where known. */
const credit = ({ publisher, published }: SourceFrontmatter) =>
  published
    ? fill(words.credit, { publisher: publisher ?? words.noPublisher, date: inWords(published) }, "en")
    : (publisher ?? words.noPublisher);

/** The links of the main content that leave the site. */
const externalLinks = (page: Page) => page.locator('main a[href^="http:"], main a[href^="https:"]');

eachStory((story) => {
  const sources = story
    .ids("sources")
    .map((id) => ({ id, ...story.frontmatter<SourceFrontmatter>("sources", id) }));

  for (const source of sources) {
    test(`/sources/${source.id}/ names its publisher and day as the content gives them, and links the original where known`, async ({
      page,
    }) => {
      await page.goto(`/sources/${source.id}/`);
      const article = page.getByRole("article");
      await expect(article.getByRole("heading", { level: 1 })).toHaveText(source.title);
      await expect(article).toContainText(provenance(source));
      const days = article.locator(".provenance time");
      await expect(days).toHaveCount(source.published ? 1 : 0);
      if (source.published) await expect(days).toHaveAttribute("datetime", source.published);
      const header = article.locator("header");
      if (source.byline) await expect(header).toContainText(fill(words.by, { byline: source.byline }, "en"));
      if (source.dateline) {
        await expect(header).toContainText(fill(words.dateline, { dateline: source.dateline }, "en"));
      }

      const original = article.getByRole("link", { name: words.original });
      if (source.url) {
        await expect(original).toHaveCount(1);
        await expect(original).toHaveAttribute("href", source.url);
        await expect(original).toHaveAttribute("rel", "external");
        // Marked as leaving the site, in words: the host it opens on.
        await expect(original).toContainText(new URL(source.url).hostname.replace(/^www\./, ""));
      } else {
        await expect(original).toHaveCount(0);
        await expect(article).toContainText(words.noAddress);
      }
      // Only the original leaves the site from the article's head (a republished text may link on).
      const leaving = await externalLinks(page).evaluateAll((links) =>
        links.filter((link) => !link.closest(".prose")).map((link) => link.getAttribute("href")),
      );
      expect(leaving).toEqual(source.url ? [source.url] : []);
    });
  }

  test("/sources/ gives each source's publisher, or says none is named, and its day where known", async ({
    page,
  }) => {
    await page.goto("/sources/");
    const items = page.getByRole("main").getByRole("listitem");
    await expect(items).toHaveCount(sources.length);
    for (const source of sources) {
      const item = items.filter({ has: page.getByRole("link", { name: source.title, exact: true }) });
      await expect(item).toContainText(credit(source));
      const day = item.locator("time");
      await expect(day).toHaveCount(source.published ? 1 : 0);
      if (source.published) await expect(day).toHaveAttribute("datetime", source.published);
    }
  });

  test("an event's sources give each one's publisher, or say none is named, and its day where known", async ({
    page,
  }) => {
    for (const source of sources) {
      const event = citingEvent(story, source.id);
      if (!event) continue;
      await page.goto(`/events/${event}/`);
      const item = page
        .getByRole("region", { name: "Sources" })
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: source.title, exact: true }) });
      await expect(item, `${event} cites ${source.id}`).toContainText(`(${credit(source)})`);
    }
  });

  test("no page shows an intake file's name", () => {
    const intakeFiles = sources.flatMap((source) => source.originalFile ?? []);
    for (const path of story.pages()) {
      const html = readFileSync(`${story.dist}${path.slice(1)}index.html`, "utf8");
      for (const file of intakeFiles) expect(html, `${path} names ${file}`).not.toContain(file);
      expect(html.match(/[\w-]+\.txt\b/g) ?? [], `${path} names a .txt file`).toEqual([]);
    }
  });
});

/** The first event whose citations name the source, by its frontmatter; none if no event cites it. */
function citingEvent(story: Story, sourceId: string): string | undefined {
  return story
    .ids("events")
    .find((id) =>
      story
        .frontmatter<{ citations?: Array<{ source: string }> }>("events", id)
        .citations?.some((citation) => citation.source === sourceId),
    );
}
