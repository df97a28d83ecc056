/**
 * Search benchmark: on the real site and on a generated one with N events, the bytes a first
 * query fetches (gzip, as sent) and the time from the last keystroke to rendered results on a
 * warm page (median of several queries). Then, on the real site, a shared link (/search/?q=…)
 * opened in a fresh browser context, beside Pagefind's Default UI over the same index: time to the
 * first result and bytes, per run, with medians and the waterfall of a median opening. Prints
 * tables; asserts nothing.
 *
 *   npm run bench:search     # real content and 10,000 generated events (BENCH_EVENTS to change)
 *   BENCH_ONLY=shared-link npm run bench:search    # the side-by-side openings alone
 *   BENCH_DEVICE=mobile …    # the openings on an emulated phone (150 ms, 1.6 Mbps, CPU slowed 4×)
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { chromiumPath, OFFLINE_FLAGS } from "../chromium.ts";
import { builtSite, median, REAL_SITE } from "./build-site.ts";
import { generateContent } from "./generate-content.ts";
import { MOBILE_PHONE, openCold, PEER_FILES, UIS, type Opening } from "./shared-link.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";

const RUNS = Number(process.env["BENCH_RUNS"] ?? 7);
const DEVICE = process.env["BENCH_DEVICE"] === "mobile" ? MOBILE_PHONE : undefined;

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

/** Each run opens every query cold in both UIs, in alternating order so neither always goes first. */
async function sharedLinks(dist: string, queries: string[], port: number) {
  const site = await serveStatic(dist, port, PEER_FILES);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: OFFLINE_FLAGS });
  const rows: Array<{ run: number; query: string; ours: Opening; peer: Opening }> = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const query of queries) {
        const open = (ui: (typeof UIS)[number]) =>
          openCold(
            browser,
            site,
            `http://127.0.0.1:${port}${ui.path}?q=${encodeURIComponent(query)}`,
            ui.firstResult,
            DEVICE,
          );
        const [first, second] = run % 2 === 1 ? UIS : [UIS[1], UIS[0]];
        const a = await open(first);
        const b = await open(second);
        rows.push({ run, query, ...(run % 2 === 1 ? { ours: a, peer: b } : { ours: b, peer: a }) });
      }
    }
  } finally {
    await browser.close();
    site.server.close();
  }
  return rows;
}

function printSharedLinks(rows: Awaited<ReturnType<typeof sharedLinks>>) {
  const ratio = (ours: number, peer: number) => `${(ours / peer).toFixed(2)}×`;
  const where = DEVICE ? "an emulated phone (150 ms, 1.6 Mbps, CPU slowed 4×)" : "localhost";
  console.log(
    `\nShared link opened cold on ${where}: ours vs Pagefind's Default UI (time to first result, bytes sent)`,
  );
  console.table(
    rows.map(({ run, query, ours, peer }) => ({
      run,
      query,
      ours: `${ours.ms.toFixed(0)} ms`,
      "Default UI": `${peer.ms.toFixed(0)} ms`,
      "time ratio": ratio(ours.ms, peer.ms),
      "ours bytes": kb(ours.bytes),
      "Default UI bytes": kb(peer.bytes),
      "bytes ratio": ratio(ours.bytes, peer.bytes),
    })),
  );
  const byQuery = Map.groupBy(rows, (row) => row.query);
  const summary = (label: string, list: typeof rows) => ({
    query: label,
    ours: `${median(list.map((row) => row.ours.ms)).toFixed(0)} ms`,
    "Default UI": `${median(list.map((row) => row.peer.ms)).toFixed(0)} ms`,
    "time ratio, median": ratio(median(list.map((row) => row.ours.ms / row.peer.ms)), 1),
    "time ratio, worst": ratio(Math.max(...list.map((row) => row.ours.ms / row.peer.ms)), 1),
    "bytes ratio": ratio(
      median(list.map((row) => row.ours.bytes)),
      median(list.map((row) => row.peer.bytes)),
    ),
  });
  console.table([...[...byQuery].map(([query, list]) => summary(query, list)), summary("all", rows)]);
  const lutnick = byQuery.get(rows[0]!.query)!;
  for (const side of ["ours", "peer"] as const) {
    const sorted = [...lutnick].sort((a, b) => a[side].ms - b[side].ms);
    const middle = sorted[Math.floor(sorted.length / 2)]![side];
    console.log(
      `\nWaterfall, median opening of “${rows[0]!.query}”, ${side === "ours" ? "ours" : "Default UI"}: first result at ${middle.ms.toFixed(0)} ms`,
    );
    console.table(
      middle.waterfall.map(({ path, startMs, endMs }) => ({
        path,
        start: `${startMs.toFixed(0)} ms`,
        end: `${endMs.toFixed(0)} ms`,
      })),
    );
  }
}

const SHARED_LINK_QUERIES = ["Lutnick", "Greer", "May 22", "rules of origin", "Nguyen Hong Dien"];
const openSharedLinks = async () =>
  printSharedLinks(await sharedLinks(builtSite(REAL_SITE), SHARED_LINK_QUERIES, 4392));
if (process.env["BENCH_ONLY"] === "shared-link") {
  await openSharedLinks();
  process.exit(0);
}

const events = Number(process.env["BENCH_EVENTS"] ?? 10_000);
const generated = `/tmp/timeline-${events}`;
const rows = [
  await measure(
    "real content",
    builtSite(REAL_SITE),
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
await openSharedLinks();
