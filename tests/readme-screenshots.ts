/**
 * The README's pictures of the product: the timeline, an event, a search and a source, at a phone's
 * and a desktop's width, light and dark, taken from the built dist/ as a reader's browser shows them.
 *
 *   npm run build && npm run screenshots
 *
 * The pages are chosen from the build's own timeline.json (its latest event, its first source, and
 * the first person's family name as the query), so a fork's README gets pictures of its own story.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { chromium } from "@playwright/test";
import sharp from "sharp";
import { chromiumPath, OFFLINE_FLAGS } from "./chromium.ts";
import { serveStatic } from "./bench/static-server.ts";

const OUT = new URL("../.github/screenshots/", import.meta.url);
const VIEWPORTS = { phone: { width: 320, height: 568 }, desktop: { width: 1280, height: 800 } };

interface Data {
  events: Array<{ slug: string }>;
  people: Array<{ name: string }>;
  sources: Array<{ slug: string }>;
}

function pagesOf(data: Data): Record<string, string> {
  const query = data.people[0]?.name.split(" ").at(-1) ?? "";
  return {
    timeline: "/",
    event: `/events/${data.events.at(-1)!.slug}/`,
    search: `/search/?q=${encodeURIComponent(query)}`,
    source: `/sources/${data.sources[0]!.slug}/`,
  };
}

const data = JSON.parse(readFileSync("dist/timeline.json", "utf8")) as Data;
const { server } = await serveStatic("dist", 0);
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: OFFLINE_FLAGS });
mkdirSync(OUT, { recursive: true });
for (const scheme of ["light", "dark"] as const) {
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const [name, path] of Object.entries(pagesOf(data))) {
      await page.goto(origin + path, { waitUntil: "networkidle" });
      if (name === "search") await page.locator("#search-results > li").first().waitFor();
      const png = await page.screenshot();
      // A palette of 256 colours: a third of the bytes, and text reads the same.
      await sharp(png)
        .png({ palette: true })
        .toFile(new URL(`${name}-${device}-${scheme}.png`, OUT).pathname);
    }
    await page.close();
  }
}
await browser.close();
server.close();
console.log(`Screenshots written to ${OUT.pathname}`);
