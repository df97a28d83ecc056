/**
 * Search benchmark: on the real site and on a generated one with N events, the bytes a first
 * query fetches (gzip, as sent) and the time from the last keystroke to rendered results on a
 * warm page (median of several queries). Prints a table; asserts nothing.
 *
 *   npm run bench:search     # real content and 10,000 generated events (BENCH_EVENTS to change)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumPath, OFFLINE_FLAGS } from "../chromium.ts";
import { builtSite, median } from "./build-site.ts";
import { generateContent } from "./generate-content.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const RUNS = 7;

/** Bytes sent by the server (gzip where it compresses) for the search page, then for a first query. */
async function bytesOfFirstQuery(page: Page, site: StaticServer, url: string, query: string) {
  const sum = (list: StaticServer["sent"]) => list.reduce((total, { bytes }) => total + bytes, 0);
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  const pageBytes = sum(site.sent.splice(0));
  await page.locator("#search-page-field").fill(query);
  await page.waitForFunction(
    (q) => document.querySelector("#search-status")?.textContent?.includes(q),
    query,
  );
  await page.waitForLoadState("networkidle");
  const firstQuery = site.sent.splice(0);
  const runtime = firstQuery.filter(({ path }) => /pagefind(-worker)?\.js$|wasm\.\w+\.pagefind$/.test(path));
  const rest = firstQuery.filter((file) => !runtime.includes(file));
  return {
    pageBytes,
    pagefindRuntime: sum(runtime),
    indexAndResults: sum(rest),
    requests: firstQuery.length,
  };
}

/** Milliseconds from the last keystroke to the results on screen, for each query, page warm. */
async function keystrokeToResults(page: Page, queries: string[]): Promise<number[]> {
  const times: number[] = [];
  for (const query of queries) {
    await page.locator("#search-page-field").fill("");
    await page.evaluate(() => {
      const state = { lastKey: 0, rendered: 0 };
      Object.assign(window, { benchState: state });
      document
        .querySelector("#search-page-field")!
        .addEventListener("input", () => (state.lastKey = performance.now()));
    });
    await page.locator("#search-page-field").pressSequentially(query);
    await page.waitForFunction(
      (q) => document.querySelector("#search-status")?.textContent?.includes(`“${q}”`),
      query,
    );
    times.push(
      await page.evaluate(() => {
        const { lastKey } = (window as unknown as { benchState: { lastKey: number } }).benchState;
        return performance.now() - lastKey;
      }),
    );
  }
  return times;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function measure(label: string, dist: string, queries: string[], port: number) {
  const site = await serveStatic(dist, port);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: OFFLINE_FLAGS,
  });
  try {
    const page = await browser.newPage();
    const bytes = await bytesOfFirstQuery(page, site, `http://127.0.0.1:${port}/search/`, queries[0]!);
    const latencies: number[] = [];
    for (let run = 0; run < RUNS; run++)
      latencies.push(...(await keystrokeToResults(page, queries.slice(1))));
    return { label, ...bytes, medianMs: median(latencies), worstMs: Math.max(...latencies) };
  } finally {
    await browser.close();
    site.server.close();
  }
}

const events = Number(process.env["BENCH_EVENTS"] ?? 10_000);
const generated = `/tmp/timeline-${events}`;
const rows = [
  await measure(
    "real content",
    builtSite("/tmp/timeline-real"),
    ["Greer", "Lutnick", "May 22", "rules of origin", "Nguyen Hong Dien"],
    4390,
  ),
  await measure(
    `${events.toLocaleString("en")} generated events`,
    builtSite(
      generated,
      existsSync(generated) ? join(generated, "content") : generateContent(events, generated),
    ),
    ["semiconductors", "seafood", "May 22", "rules of origin", "Nguyen"],
    4391,
  ),
];
console.table(
  rows.map((row) => ({
    site: row.label,
    "search page (gzip)": kb(row.pageBytes),
    "Pagefind runtime, first query": kb(row.pagefindRuntime),
    "index + results, first query": kb(row.indexAndResults),
    "first query in all": kb(row.pageBytes + row.pagefindRuntime + row.indexAndResults),
    "requests, first query": row.requests,
    "keystroke → results, median": `${row.medianMs.toFixed(0)} ms`,
    worst: `${row.worstMs.toFixed(0)} ms`,
  })),
);
