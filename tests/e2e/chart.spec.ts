import { eachStory, expect, storyUnderTest, test } from "./fixtures";

interface Figure {
  label: string;
  value: number;
  unit: string;
  citation: { source: string; passage: string };
}

const squash = (text: string) => text.replace(/\s+/g, " ");

eachStory((story) => {
  /** Each event's `figures` frontmatter, read from the content itself rather than from the page. */
  const eventsWithFigures = story
    .ids("events")
    .map((slug) => ({
      slug,
      figures: story.frontmatter<{ figures?: Figure[] }>("events", slug).figures ?? [],
    }))
    .filter((event) => event.figures.length > 0);
  const articleText = (source: string) => squash(story.body("sources", source));
  /** A source the site only links to (`republish: false`): no text here to find a passage in. */
  const isLinked = (source: string) =>
    story.frontmatter<{ republish?: boolean }>("sources", source).republish === false;
  /** A value as the settings word it in its unit, with thousands separators: "18,300 t". */
  const valueText = (figure: Figure) =>
    story.settings.figureUnits[figure.unit]!.value.replaceAll(
      "{value}",
      new Intl.NumberFormat(story.settings.lang, { maximumFractionDigits: 1 }).format(figure.value),
    );

  for (const { slug, figures } of eventsWithFigures) {
    test(`${slug}: every figure is in its cited passage, and the passage in its article (if republished)`, () => {
      for (const figure of figures) {
        // The number as the article writes it, with or without thousands separators.
        const digits = figure.citation.passage.replace(/(\d),(?=\d{3})/g, "$1");
        expect(digits, figure.label).toMatch(
          new RegExp(`(^|[^\\d.])${RegExp.escape(String(figure.value))}(?![\\d])`),
        );
        if (!isLinked(figure.citation.source)) {
          expect(articleText(figure.citation.source), figure.label).toContain(
            squash(figure.citation.passage),
          );
        }
      }
    });

    test(`${slug}: the chart shows each figure, bars proportional to the values, next to the table`, async ({
      page,
    }) => {
      await page.goto(`/events/${slug}/`);
      const section = page.getByRole("region", { name: "Figures" });
      const chart = section.locator(".figures-chart");
      // The table is the text alternative, so the chart is hidden from assistive technology.
      await expect(chart).toHaveAttribute("aria-hidden", "true");
      await expect(section.getByRole("table")).toBeVisible();
      await expect(section.getByRole("row")).toHaveCount(figures.length + 1);

      const units = [...new Set(figures.map((figure) => figure.unit))];
      await expect(chart.locator(".chart-group")).toHaveCount(units.length);
      for (const unit of units) {
        const group = chart.locator(`.chart-group[data-unit="${unit}"]`);
        const members = figures.filter((figure) => figure.unit === unit);
        // A unit with a whole (100 for a percentage) is drawn against it; any other against its largest value.
        const scaleMax = Math.max(
          story.settings.figureUnits[unit]?.whole ?? 0,
          ...members.map((figure) => figure.value),
        );
        const rows = group.locator(".chart-row");
        await expect(rows).toHaveCount(members.length);
        for (const [index, figure] of members.entries()) {
          const row = rows.nth(index);
          await expect(row.locator(".chart-label")).toHaveText(figure.label);
          await expect(row.locator(".chart-value")).toHaveText(valueText(figure));
          // The same words in the table's row for this figure.
          const tableRow = section.getByRole("row").filter({ hasText: figure.label });
          await expect(tableRow).toContainText(await row.locator(".chart-value").innerText());

          const fill = await row.locator(".chart-fill").boundingBox();
          const track = await row.locator(".chart-track").boundingBox();
          expect(fill!.width / track!.width, `${figure.label}: bar length`).toBeCloseTo(
            figure.value / scaleMax,
            2,
          );
        }
      }
    });
  }
});

/** The page of the first event with figures, or a skip when the story has none. */
function pageWithChart(): string {
  const event = storyUnderTest().events.find((candidate) => candidate.figures.length > 0);
  test.skip(!event, "no event of this story gives figures");
  return `/events/${event!.slug}/`;
}

/** WCAG relative luminance of an "rgb(r, g, b)" colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map(Number);
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

for (const colorScheme of ["light", "dark"] as const) {
  test(`bars keep at least 3:1 contrast with the page and the track (${colorScheme})`, async ({ page }) => {
    const path = pageWithChart();
    await page.emulateMedia({ colorScheme });
    await page.goto(path);
    const colours = await page.evaluate(() => ({
      bar: getComputedStyle(document.querySelector(".chart-fill")!).fill,
      track: getComputedStyle(document.querySelector(".chart-track")!).fill,
      page: getComputedStyle(document.body).backgroundColor,
    }));
    expect(contrast(colours.bar, colours.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.bar, colours.track)).toBeGreaterThanOrEqual(3);
  });
}

test("the chart is readable at 320 px: no label cut off, nothing wider than the screen", async ({ page }) => {
  const path = pageWithChart();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(path);
  const overflow = await page
    .locator(".figures-chart .chart-label, .figures-chart .chart-value, .figures-chart svg")
    .evaluateAll((elements) =>
      elements.filter(
        (element) => element.getBoundingClientRect().right > document.documentElement.clientWidth,
      ),
    );
  expect(overflow).toHaveLength(0);
  const smallest = await page
    .locator(".figures-chart .chart-label")
    .evaluateAll((elements) =>
      Math.min(...elements.map((element) => parseFloat(getComputedStyle(element).fontSize))),
    );
  expect(smallest).toBeGreaterThanOrEqual(12);
});
