/** axe-core as the specs run it, and the pages that stand for their template. */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The WCAG levels the site meets: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe and returns one readable line per failing element. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} [${violation.impact ?? "?"}] ${JSON.stringify(node.target)}: ${violation.help}. ` +
        (node.failureSummary ?? "").replace(/\s+/g, " ").trim(),
    ),
  );
}

/** Pages of one template share their layout: /events/<slug>/, /people/<slug>/, /years/<year>/… */
const templateOf = (path: string) => (path.split("/").length > 3 ? path.replace(/[^/]+\/$/, "*/") : path);

/** The first page of each template, which stands for the rest where a check is about layout. */
export const templateSamples = (pages: string[]) =>
  new Set([...Map.groupBy(pages, templateOf).values()].map((group) => group[0]!));
