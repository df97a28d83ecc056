/**
 * A shared search link (/search/?q=…) opened in a fresh browser, on our search page and on
 * Pagefind's own Default UI over the same index, side by side: the time from navigation start to
 * the first result on screen, the bytes sent, and where that time went (a waterfall).
 */
import type { Browser, Request } from "@playwright/test";
import type { StaticServer } from "./static-server.ts";

/** Pagefind's Default UI as its documentation sets it up, run on the query in the address. */
const PEER_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Pagefind Default UI</title>
    <link href="/pagefind/pagefind-ui.css" rel="stylesheet" />
    <script src="/pagefind/pagefind-ui.js"></script>
    <script src="/bench-default-ui/start.js" defer></script>
  </head>
  <body>
    <div id="search"></div>
  </body>
</html>
`;
// A file, not an inline script: the site's Content-Security-Policy (from _headers) applies here too.
const PEER_SCRIPT = `const ui = new PagefindUI({ element: "#search", showSubResults: true });
const query = new URLSearchParams(location.search).get("q");
if (query) ui.triggerSearch(query);
`;

/** Served beside the site by the bench's static server; never written into dist/. */
export const PEER_FILES = {
  "/bench-default-ui/index.html": PEER_PAGE,
  "/bench-default-ui/start.js": PEER_SCRIPT,
};

export const UIS = [
  { name: "ours", path: "/search/", firstResult: "#search-results a" },
  { name: "Default UI", path: "/bench-default-ui/", firstResult: ".pagefind-ui__result-link" },
] as const;

/**
 * A phone as Lighthouse's mobile preset emulates it: every request on a slow mobile network (150 ms
 * round trip, 1.6 Mbps down, 750 Kbps up) and the CPU slowed 4×. A shared link is often opened on a
 * phone. Chromium slows only the page's main thread, not its Workers (a busy loop: 40 → 168 ms on
 * the main thread, 38 → 48 ms in a Worker), so this favours the Default UI, which searches in a
 * Worker. `BENCH_DEVICE=mobile` uses it; by default the bench runs on localhost, unthrottled.
 */
export const MOBILE_PHONE = {
  network: {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  },
  cpuSlowdown: 4,
};

export interface Opening {
  /** Navigation start to the first result link in the page. */
  ms: number;
  /** Bytes this server sent (gzip as sent) until the network was idle. */
  bytes: number;
  waterfall: Array<{ path: string; startMs: number; endMs: number }>;
}

/** The console message the page logs when its first result enters it, with the time. */
const FIRST_RESULT_MESSAGE = "bench: first result at";

/**
 * Logs the time the first element matching `selector` enters the page (run before any page script).
 * A console message, not a value the bench polls for: polling would run Playwright's own script in
 * the page while it is still loading, which costs the main thread tens of milliseconds (more to a
 * page that searches on its main thread than to one that searches in a Worker).
 */
function watchFor({ selector, message }: { selector: string; message: string }): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    console.debug(message, performance.now());
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Opens `url` in a new browser context (empty cache), as `device` if given, and times its first result. */
export async function openCold(
  browser: Browser,
  site: StaticServer,
  url: string,
  firstResult: string,
  device?: typeof MOBILE_PHONE,
): Promise<Opening> {
  const context = await browser.newContext();
  const finished: Request[] = [];
  context.on("requestfinished", (request) => finished.push(request));
  await context.addInitScript(watchFor, { selector: firstResult, message: FIRST_RESULT_MESSAGE });
  site.sent.splice(0);
  const page = await context.newPage();
  if (device) {
    const devtools = await context.newCDPSession(page);
    await devtools.send("Network.emulateNetworkConditions", device.network);
    await devtools.send("Emulation.setCPUThrottlingRate", { rate: device.cpuSlowdown });
  }
  const logged = page.waitForEvent("console", {
    predicate: (entry) => entry.text().startsWith(FIRST_RESULT_MESSAGE),
  });
  await page.goto(url, { waitUntil: "commit" });
  const ms = Number((await logged).text().slice(FIRST_RESULT_MESSAGE.length));
  await page.waitForLoadState("networkidle");
  const origin = await page.evaluate(() => performance.timeOrigin);
  await context.close();
  const waterfall = finished.map((request) => {
    const timing = request.timing();
    const startMs = timing.startTime - origin;
    return { path: new URL(request.url()).pathname, startMs, endMs: startMs + timing.responseEnd };
  });
  const bytes = site.sent.splice(0).reduce((sum, { bytes }) => sum + bytes, 0);
  return { ms, bytes, waterfall: waterfall.sort((a, b) => a.startMs - b.startMs) };
}
