import AxeBuilder from "@axe-core/playwright";
import type { EventData, PhaseData } from "../../src/lib/publish/timeline-json";
import { en } from "../../src/i18n/en";
import { fill } from "../../src/i18n/template";

const PHASE_WORDS = en.phases;
import { byId, expect, storyUnderTest, test } from "./fixtures";

/**
 * The story's phases (story.yaml `phases`): a numbered band on the time axis with its legend, and
 * marks in the timeline list before a phase's first event and after its last. Skipped for a story
 * without phases.
 */

const phases = () => storyUnderTest().timeline.phases;
/** The last day of a YYYY-MM month. */
const lastDayOf = (month: string) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
/** The first and last day a "2025", "2025-05" or "2025-05-19" covers. */
const firstDayOf = (date: string) =>
  date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
const lastDayOfDate = (date: string) =>
  date.length === 4 ? `${date}-12-31` : date.length === 7 ? lastDayOf(date) : date;
/** An event's first day, or none when undated. */
const eventFirstDay = ({ date }: EventData) =>
  date.precision === "unknown" ? undefined : firstDayOf(String(date.start));
const inPhase = (phase: PhaseData) => (event: EventData) => {
  const first = eventFirstDay(event);
  return first !== undefined && first >= firstDayOf(phase.start) && first <= lastDayOfDate(phase.end);
};

test.beforeEach(async ({ page }) => {
  test.skip(phases().length === 0, "this story has no phases");
  await page.goto("/");
});

test("the time axis names every phase in its legend and draws a numbered band for each", async ({ page }) => {
  const axis = page.getByRole("navigation", { name: "Events over time" });
  const legend = axis.getByRole("list", { name: PHASE_WORDS.axisNote });
  await expect(legend.getByRole("listitem")).toHaveText(
    phases().map(({ title }) => new RegExp(`^${RegExp.escape(title)} \\(.+ – .+\\)$`)),
  );
  const numbers = await axis.locator(".axis-phase text").allTextContents();
  // Each phase's number is drawn once for every year of the axis it covers; every phase is drawn.
  expect(new Set(numbers)).toEqual(new Set(phases().map((_, index) => String(index + 1))));
  // Bands are drawing only: the legend names them for assistive technology.
  expect(
    await axis
      .locator(".axis-phase")
      .first()
      .evaluate((band) => band.closest("[aria-hidden=true]") !== null),
  ).toBe(true);
});

test("the list marks a phase before its first event and after its last, with its dates and sources", async ({
  page,
}) => {
  const { events } = storyUnderTest();
  test.skip(
    (await page.locator("article.event-card").count()) !== events.length,
    "the home page lists years",
  );
  const listed = page.locator("ol.timeline > li");
  const order = await listed.evaluateAll((items) =>
    items.map((item) =>
      item.classList.contains("phase-mark") ? item.className : item.querySelector("article")!.id,
    ),
  );
  for (const phase of phases()) {
    const members = events.filter(inPhase(phase));
    if (members.length === 0) continue;
    const begins = page.locator(`li.phase-begins${byId(phase.slug)}`);
    await expect(begins).toContainText(`${PHASE_WORDS.begins} ${phase.title}`);
    await expect(begins.locator("time")).toHaveCount(2);
    await expect(begins.locator("a.cite")).toHaveCount(phase.citations.length);
    if (phase.summary) await expect(begins).toContainText(phase.summary);
    const first = order.indexOf(members[0]!.slug);
    const last = order.indexOf(members.at(-1)!.slug);
    expect(order[first - 1], `${phase.slug} begins before ${members[0]!.slug}`).toContain("phase-begins");
    expect(order[last + 1], `${phase.slug} ends after ${members.at(-1)!.slug}`).toContain("phase-ends");
    // Between its marks: the phase's events and, noted as in no phase, undated ones only.
    for (const slug of order.slice(first, last + 1)) {
      const event = events.find((candidate) => candidate.slug === slug)!;
      if (event.date.precision === "unknown") {
        await expect(page.locator(`li:has(> article${byId(slug)})`)).toContainText(
          fill(PHASE_WORDS.undated, { title: phase.title }, "en"),
        );
      } else {
        expect(inPhase(phase)(event), `${slug} listed within ${phase.slug}`).toBe(true);
      }
    }
  }
});

test("an undated event is never said to be in a phase", async ({ page }) => {
  const undated = storyUnderTest().events.filter((event) => event.date.precision === "unknown");
  test.skip(undated.length === 0, "every event of this story has a date");
  for (const { slug } of undated) {
    await expect(page.locator(`li:has(> article${byId(slug)}) > .phase-mark`)).toHaveCount(0);
  }
  await expect(page.locator("li.phase-mark + li.phase-mark.phase-begins")).toHaveCount(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the axis and the marks pass axe at 320 px, ${colorScheme}, and do not scroll sideways`, async ({
    page,
  }) => {
    // axe over a long page is slow on a loaded machine.
    test.slow();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme });
    await page.reload();
    const results = await new AxeBuilder({ page }).include(".time-axis").include(".phase-mark").analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    for (const box of await page
      .locator(".phase-mark, .axis-legend")
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(width + 1);
    }
  });
}

test("printed, the list keeps the marks and their words (the axis is not printed)", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".phase-mark").first()).toBeVisible();
  await expect(page.locator(".phase-mark").first()).toContainText(PHASE_WORDS.begins);
});

test("a year page says when a phase began in an earlier year or goes on into a later one", async ({
  page,
}) => {
  const { events } = storyUnderTest();
  const yearOf = (event: EventData) => eventFirstDay(event)!.slice(0, 4);
  const spanning = phases().filter((phase) => new Set(events.filter(inPhase(phase)).map(yearOf)).size > 1);
  test.skip(spanning.length === 0, "no phase of this story has events in two years");
  for (const phase of spanning) {
    const years = [...new Set(events.filter(inPhase(phase)).map(yearOf))];
    await page.goto(`/years/${years[0]}/`);
    await expect(page.locator("li.phase-ends").filter({ hasText: phase.title })).toContainText(
      PHASE_WORDS.continuesInto,
    );
    await page.goto(`/years/${years.at(-1)}/`);
    await expect(page.locator(`li.phase-begins${byId(phase.slug)}`)).toContainText(PHASE_WORDS.continuedFrom);
  }
});
