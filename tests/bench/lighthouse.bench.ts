/**
 * Lighthouse on the real site, served with gzip: the timeline, an event page and the search page,
 * with Lighthouse's default mobile preset. Prints the median scores and key metrics of
 * LIGHTHOUSE_RUNS runs per page (3 by default), then every audit below 1, so it can be fixed.
 *
 *   npm run bench:lighthouse
 */
import { builtSite, REAL_SITE } from "./build-site.ts";
import { lighthouseReports, printFailingAudits, reportRow, RUNS } from "./lighthouse.ts";
import { serveStatic } from "./static-server.ts";

const PAGES = { timeline: "/", "event page": "/events/2025-05-19-second-round/", "search page": "/search/" };
const SITE_PORT = 4400;
const CHROME_PORT = 4402;

const site = await serveStatic(builtSite(REAL_SITE), SITE_PORT);
try {
  const urls = Object.values(PAGES).map((path) => `http://127.0.0.1:${SITE_PORT}${path}`);
  const reports = await lighthouseReports(urls, CHROME_PORT);
  const pages = Object.keys(PAGES);
  console.table(reports.map((report, index) => ({ page: pages[index], ...reportRow(report) })));
  console.log(
    `median of ${RUNS} Lighthouse run(s) per page, mobile preset (simulated slow 4G, 4× CPU slowdown); ` +
      `this machine's benchmark index: ${Math.round(reports[0]!.benchmarkIndex)}`,
  );
  printFailingAudits(pages, reports);
} finally {
  site.server.close();
}
