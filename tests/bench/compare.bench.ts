/**
 * Our timeline beside Knight Lab's TimelineJS showing the same real events (the page in
 * tests/bench/timelinejs/), both served by the gzip static server: bytes and requests of a first
 * load, requests to outside hosts (blocked: the machine is offline), Lighthouse scores (median of
 * LIGHTHOUSE_RUNS, mobile preset) and how many event headlines can be read with JavaScript off.
 *
 *   npm run bench:compare
 */
import { chromium, type Browser } from "@playwright/test";
import { builtSite, REAL_SITE } from "./build-site.ts";
import {
  CHROMIUM,
  kb,
  lighthouseReports,
  printFailingAudits,
  reportRow,
  RUNS,
  type PageReport,
} from "./lighthouse.ts";
import { serveStatic, type StaticServer } from "./static-server.ts";
import { TIMELINEJS_VERSION, writeTimelineJsSite } from "./timelinejs/site.ts";

const OURS_PORT = 4403;
const TIMELINEJS_PORT = 4404;
const CHROME_PORT = 4405;
const TIMELINEJS_FOLDER = "/tmp/timeline-timelinejs";

interface Load {
  gzip: number;
  raw: number;
  requests: number;
  /** URLs on other hosts the page asked for; all blocked. */
  outside: string[];
  /** The page's rendered text (innerText: what is laid out, not hidden). */
  text: string;
}

/** "2.50×": how many times `ours` the other measure is. */
const ratio = (timelineJs: number, ours: number) =>
  ours === 0 ? (timelineJs === 0 ? "equal" : "—") : `${(timelineJs / ours).toFixed(2)}×`;

/** Loads `url` in a fresh context until the network is idle; counts what this server sent. */
async function load(browser: Browser, site: StaticServer, url: string, javaScript: boolean): Promise<Load> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    if (new URL(route.request().url()).hostname === "127.0.0.1") return route.continue();
    outside.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  site.sent.splice(0);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "networkidle" });
  const text = await page.locator("body").innerText();
  await context.close();
  const sent = site.sent.splice(0);
  return {
    gzip: sent.reduce((sum, file) => sum + file.bytes, 0),
    raw: sent.reduce((sum, file) => sum + file.raw, 0),
    requests: sent.length,
    outside,
    text,
  };
}

const oursDist = builtSite(REAL_SITE);
const ours = await serveStatic(oursDist, OURS_PORT);
const oursUrl = `http://127.0.0.1:${OURS_PORT}/`;
const { titles, undated } = writeTimelineJsSite(TIMELINEJS_FOLDER, oursDist);
const theirs = await serveStatic(TIMELINEJS_FOLDER, TIMELINEJS_PORT);
const theirsUrl = `http://127.0.0.1:${TIMELINEJS_PORT}/`;
const headlines = (load: Load) => titles.filter((title) => load.text.includes(title)).length;

try {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  const [oursOn, theirsOn, oursOff, theirsOff] = [
    await load(browser, ours, oursUrl, true),
    await load(browser, theirs, theirsUrl, true),
    await load(browser, ours, oursUrl, false),
    await load(browser, theirs, theirsUrl, false),
  ] as [Load, Load, Load, Load];
  await browser.close();

  const outside = [...oursOn.outside, ...theirsOn.outside];
  const hosts = [...new Set(outside.map((url) => new URL(url).host))];
  const [oursReport, theirsReport] = (await lighthouseReports(
    [oursUrl, theirsUrl],
    CHROME_PORT,
    hosts.map((host) => `*://${host}/*`),
  )) as [PageReport, PageReport];

  const count = (n: number) => String(n);
  const ofTitles = (n: number) => `${n} of ${titles.length}`;
  const rows: Array<[string, number, number, (n: number) => string]> = [
    ["transferred, gzip as sent", oursOn.gzip, theirsOn.gzip, kb],
    ["transferred, raw", oursOn.raw, theirsOn.raw, kb],
    ["requests", oursOn.requests, theirsOn.requests, count],
    ["requests to outside hosts (blocked)", oursOn.outside.length, theirsOn.outside.length, count],
    ["headlines in page text, JavaScript on", headlines(oursOn), headlines(theirsOn), ofTitles],
    ["headlines in page text, JavaScript off", headlines(oursOff), headlines(theirsOff), ofTitles],
  ];
  const lighthouseRows = [reportRow(oursReport), reportRow(theirsReport)] as const;
  console.table([
    ...rows.map(([measure, mine, timelineJs, show]) => ({
      measure,
      "our timeline": show(mine),
      TimelineJS: show(timelineJs),
      "TimelineJS ÷ ours": ratio(timelineJs, mine),
    })),
    ...Object.keys(lighthouseRows[0]).map((measure) => {
      // Cells are numbers, or numbers with a unit ("1.25 s"), which parseFloat reads.
      const [mine, timelineJs] = lighthouseRows.map((row) => row[measure]!);
      return {
        measure: `Lighthouse ${measure}`,
        "our timeline": mine,
        TimelineJS: timelineJs,
        "TimelineJS ÷ ours": ratio(parseFloat(String(timelineJs)), parseFloat(String(mine))),
      };
    }),
  ]);
  console.log(
    `our timeline: ${oursUrl}; TimelineJS ${TIMELINEJS_VERSION}: ${theirsUrl} (${titles.length} events, ` +
      `JSON loaded by URL as in Knight Lab's examples). Lighthouse: median of ${RUNS} run(s), mobile preset; ` +
      `this machine's benchmark index: ${Math.round(oursReport.benchmarkIndex)}`,
  );
  console.log(
    `Undated events, placed by the event they relate to and marked "Date not given (…)" in TimelineJS's date line: ${undated.join(", ")}`,
  );
  console.log(`Requests to outside hosts, blocked in Playwright and Lighthouse: ${outside.length || "none"}`);
  for (const url of new Set(outside)) console.log(`  ${url}`);
  printFailingAudits(["our timeline", "TimelineJS"], [oursReport, theirsReport]);
} finally {
  ours.server.close();
  theirs.server.close();
}
