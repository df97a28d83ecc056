/**
 * Lighthouse with its default mobile preset (an emulated phone on simulated slow 4G) in Debian's
 * headless Chromium, several runs per page reduced to medians, and the tables both Lighthouse
 * benches print.
 */
import { launch } from "chrome-launcher";
import lighthouse, { type Result } from "lighthouse";
import { chromiumPath, OFFLINE_FLAGS } from "../chromium.ts";
import { median } from "./build-site.ts";

export const CHROMIUM = chromiumPath();
const CHROME_FLAGS = ["--headless=new", ...OFFLINE_FLAGS];

export const CATEGORIES = {
  performance: "Performance",
  accessibility: "Accessibility",
  "best-practices": "Best Practices",
  seo: "SEO",
} as const;
type Category = keyof typeof CATEGORIES;

/** Lighthouse runs per page, reduced to medians; LIGHTHOUSE_RUNS to change. */
export const RUNS = Number(process.env["LIGHTHOUSE_RUNS"] ?? 3);

export interface FailingAudit {
  title: string;
  /** Median score, 0–1. */
  score: number;
  /** Lighthouse's own summary, such as "Potential savings of 12 KiB". */
  displayValue: string;
}

export interface PageReport {
  /** Median category scores, 0–100. */
  scores: Record<Category, number>;
  /** Medians: milliseconds, except CLS (unitless), bytes (transfer size) and requests. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; bytes: number; requests: number };
  /** Audits of the four categories whose median score is below 1, by id. */
  failing: Map<string, FailingAudit>;
  /** Lighthouse's measure of this machine's CPU speed (a typical desktop scores 1,000–2,000). */
  benchmarkIndex: number;
}

async function audit(url: string, port: number, blockedUrlPatterns: string[]): Promise<Result> {
  const result = await lighthouse(url, {
    port,
    logLevel: "error",
    onlyCategories: Object.keys(CATEGORIES),
    blockedUrlPatterns,
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
  return result.lhr;
}

function failingAudits(runs: Result[]): Map<string, FailingAudit> {
  const ids = new Set(
    runs
      .flatMap((lhr) => Object.values(lhr.categories).flatMap((category) => category.auditRefs))
      .map((ref) => ref.id),
  );
  const failing = new Map<string, FailingAudit>();
  for (const id of ids) {
    const results = runs.map((lhr) => lhr.audits[id]).filter((result) => typeof result?.score === "number");
    if (results.length === 0) continue; // not applicable, manual or informative in every run
    const score = median(results.map((result) => result!.score!));
    const worst = results.reduce((low, result) => (result!.score! < low!.score! ? result : low))!;
    if (score < 1) failing.set(id, { title: worst.title, score, displayValue: worst.displayValue ?? "" });
  }
  return failing;
}

function summarise(runs: Result[]): PageReport {
  const medianOf = (pick: (lhr: Result) => number) => median(runs.map(pick));
  const numeric = (id: string) => medianOf((lhr) => lhr.audits[id]?.numericValue ?? NaN);
  const scores = Object.fromEntries(
    Object.keys(CATEGORIES).map((id) => [id, medianOf((lhr) => (lhr.categories[id]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  return {
    scores,
    metrics: {
      fcp: numeric("first-contentful-paint"),
      lcp: numeric("largest-contentful-paint"),
      tbt: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      bytes: numeric("total-byte-weight"),
      requests: medianOf((lhr) => {
        const details = lhr.audits["network-requests"]?.details;
        return details?.type === "table" ? details.items.length : NaN;
      }),
    },
    failing: failingAudits(runs),
    benchmarkIndex: medianOf((lhr) => lhr.environment.benchmarkIndex),
  };
}

/**
 * Audits each URL RUNS times in one Chromium on `chromePort`. Requests matching
 * `blockedUrlPatterns` (Chrome wildcards, e.g. "*://fonts.gstatic.com/*") fail at once.
 */
export async function lighthouseReports(
  urls: string[],
  chromePort: number,
  blockedUrlPatterns: string[] = [],
): Promise<PageReport[]> {
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS, port: chromePort });
  try {
    const reports: PageReport[] = [];
    for (const url of urls) {
      const runs: Result[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await audit(url, chrome.port, blockedUrlPatterns));
      reports.push(summarise(runs));
    }
    return reports;
  } finally {
    chrome.kill();
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** One table row of a report: the four scores, then the key metrics. */
export function reportRow(report: PageReport): Record<string, string | number> {
  const { fcp, lcp, tbt, cls, bytes, requests } = report.metrics;
  return {
    ...Object.fromEntries(
      Object.entries(CATEGORIES).map(([id, name]) => [name, Math.round(report.scores[id as Category])]),
    ),
    FCP: seconds(fcp),
    LCP: seconds(lcp),
    TBT: `${Math.round(tbt)} ms`,
    CLS: cls.toFixed(3),
    "total bytes": kb(bytes),
    requests,
  };
}

/** Every audit below 1 on at least one page: its id and title, then its median score on each page. */
export function printFailingAudits(pages: string[], reports: PageReport[]): void {
  const ids = [...new Set(reports.flatMap((report) => [...report.failing.keys()]))].sort();
  if (ids.length === 0) {
    console.log("Every audit scored 1 on every page.");
    return;
  }
  console.table(
    ids.map((id) => {
      const first = reports.find((report) => report.failing.has(id))!.failing.get(id)!;
      const row: Record<string, string> = { audit: id, title: first.title };
      reports.forEach((report, index) => {
        const failing = report.failing.get(id);
        row[pages[index]!] = failing
          ? `${failing.score.toFixed(2)}${failing.displayValue && ` (${failing.displayValue})`}`
          : "";
      });
      return row;
    }),
  );
  console.log(
    "audits scoring below 1 (median score, Lighthouse's summary of the worst run); blank: 1 or n/a",
  );
}
