/**
 * Build benchmark: wall time and peak memory of `astro build` (pages and search index) for
 * generated timelines of 100, 1,000 and 10,000 events (median of BENCH_RUNS clean builds, 3 by
 * default), the cost per event between sizes, which must stay flat for the build to be linear,
 * and a rebuild that keeps the cache (share images are rendered once, then reused).
 *
 *   node tests/bench/build.bench.ts
 */
import { buildSite, median } from "./build-site.ts";
import { generateContent } from "./generate-content.ts";

const SIZES = [100, 1_000, 10_000];
const RUNS = Number(process.env["BENCH_RUNS"] ?? 3);

const rows = SIZES.map((events) => {
  const folder = `/tmp/timeline-${events}`;
  const content = generateContent(events, folder);
  const runs = Array.from({ length: RUNS }, () => buildSite(folder, content));
  const rebuild = buildSite(folder, content, { keepCache: true });
  return {
    events,
    build: median(runs.map((run) => run.build.seconds)),
    memory: median(runs.map((run) => run.build.peakMegabytes)),
    rebuild: rebuild.build.seconds,
  };
});

console.table(
  rows.map((row, index) => {
    const previous = rows[index - 1];
    const perEvent = previous ? ((row.build - previous.build) / (row.events - previous.events)) * 1000 : NaN;
    return {
      events: row.events.toLocaleString("en"),
      "astro build (pages + index)": `${row.build.toFixed(1)} s`,
      "peak memory": `${row.memory.toFixed(0)} MB`,
      "ms per added event": Number.isNaN(perEvent) ? "" : perEvent.toFixed(2),
      "rebuild, cache kept": `${row.rebuild.toFixed(1)} s`,
    };
  }),
);
console.log(`median of ${RUNS} clean build(s) per size`);
