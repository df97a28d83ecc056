/**
 * Page weight: bytes (raw and gzip) of HTML, CSS, JS, fonts and images that the timeline, an
 * event page and the search page load before any interaction, on the real content.
 *
 *   node tests/bench/weight.bench.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { builtSite } from "./build-site.ts";

const PAGES = { timeline: "/", "event page": "/events/2025-05-19-second-round/", "search page": "/search/" };
const dist = builtSite("/tmp/timeline-real");

const size = (path: string) => {
  const bytes = readFileSync(join(dist, path));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const rows = Object.entries(PAGES).map(([name, path]) => {
  const html = readFileSync(join(dist, path, "index.html"), "utf8");
  const assets = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => size(match[1]!));
  const parts = {
    HTML: [size(join(path, "index.html"))],
    CSS: assets(/<link rel="stylesheet" href="([^"]+)"/g),
    JS: assets(/<script[^>]*src="([^"]+)"/g),
    fonts: assets(/<link[^>]*href="([^"]+\.woff2?)"/g),
    images: assets(/<img[^>]*src="([^"]+)"/g),
  };
  const row: Record<string, string> = { page: name };
  let total = 0;
  for (const [kind, files] of Object.entries(parts)) {
    const raw = files.reduce((sum, file) => sum + file.raw, 0);
    const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
    total += gzip;
    row[kind] = `${kb(raw)} / ${kb(gzip)} KB (${files.length})`;
  }
  row["total gzip"] = `${kb(total)} KB`;
  return row;
});
console.table(rows);
console.log(
  "each cell: raw / gzip KB (number of files); every page loads the theme and Copy link scripts, the timeline and the search page their own too; Pagefind loads when a query is typed",
);
