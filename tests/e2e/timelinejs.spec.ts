import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import type { TimelineData } from "../../src/lib/publish/timeline-json";
import type { TimelineJsData } from "../../src/lib/publish/timelinejs";
import { OWN_COLUMNS, TEMPLATE_COLUMNS } from "../../src/lib/publish/timelinejs";
import { expect, test } from "./fixtures";

/**
 * The TimelineJS exports, checked against /timeline.json (so against whatever story was built), and
 * /timelinejs.json shown by TimelineJS itself, from the devDependency, offline.
 */

const TIMELINEJS_DIST = fileURLToPath(
  new URL("../../node_modules/@knight-lab/timelinejs/dist/", import.meta.url),
);
/** Where the test page loads TimelineJS from: a path the site does not have, answered from node_modules. */
const TIMELINEJS_AT = "/__timelinejs__/";

const textOf = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

test("TimelineJS shows /timelinejs.json with every headline and no error", async ({
  page,
  request,
  browserErrors,
}) => {
  // TimelineJS's stylesheet asks Google Fonts for its typefaces, which this offline browser cannot reach.
  browserErrors.allow((error) => error.url.startsWith("https://fonts.gstatic.com/"));
  const data = (await (await request.get("/timelinejs.json")).json()) as TimelineJsData;
  await page.route(`**${TIMELINEJS_AT}**`, (route) => {
    const file = new URL(route.request().url()).pathname.slice(TIMELINEJS_AT.length);
    return route.fulfill({ path: `${TIMELINEJS_DIST}${file}` });
  });
  await page.goto("/timelinejs.json");
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
    <link rel="stylesheet" href="${TIMELINEJS_AT}css/timeline.css"><script src="${TIMELINEJS_AT}js/timeline.js"></script>
    </head><body><div id="timeline" style="height: 600px"></div></body></html>`);
  const loaded = await page.evaluate(
    ({ at }) =>
      new Promise<string>((resolve) => {
        const timeline = new (window as any).TL.Timeline("timeline", "/timelinejs.json", {
          script_path: new URL(`${at}js/`, location.href).href,
        });
        timeline.on("loaded", () => resolve("loaded"));
        timeline.on("dataloaderror", (error: { message?: string }) => resolve(`error: ${error.message}`));
      }),
    { at: TIMELINEJS_AT },
  );
  expect(loaded).toBe("loaded");
  const headlines = await page.locator(".tl-slide-content .tl-headline").allTextContents();
  for (const slide of [data.title, ...data.events]) expect(headlines).toContain(textOf(slide.text.headline));
  expect(await page.locator(".tl-timemarker").count()).toBe(data.events.length);
});

test("/timelinejs.json has a slide per event, dated as the event is", async ({ request }) => {
  const timeline = (await (await request.get("/timeline.json")).json()) as TimelineData;
  const slides = (await (await request.get("/timelinejs.json")).json()) as TimelineJsData;
  expect(slides.events.map((slide) => slide.unique_id)).toEqual(timeline.events.map((event) => event.slug));
  for (const [index, event] of timeline.events.entries()) {
    const slide = slides.events[index]!;
    expect(textOf(slide.text.headline)).toBe(event.title);
    expect(slide.display_date.startsWith(event.dateLabel), event.slug).toBe(true);
    expect(slide.text.text).toContain(`href="${event.url}"`);
    if (event.dateIso === null) continue;
    const [start, end] = event.dateIso.split("/");
    const [year, month, day] = start!.slice(0, 10).split("-").map(Number);
    expect(slide.start_date, event.slug).toEqual(
      expect.objectContaining({ year, ...(month && { month }), ...(day && { day }) }),
    );
    expect(slide.end_date === undefined, event.slug).toBe(end === undefined);
  }
  // Phases as eras, their dates as precise as the settings give them; none when the story has none.
  const numbers = (iso: string) => {
    const [year, month, day] = iso.split("-").map(Number);
    return { year, ...(month && { month }), ...(day && { day }) };
  };
  expect(slides.eras ?? []).toEqual(
    timeline.phases.map((phase) =>
      expect.objectContaining({
        start_date: numbers(phase.start),
        end_date: numbers(phase.end),
        text: expect.objectContaining({ headline: phase.title }),
      }),
    ),
  );
});

test("/timeline.csv is TimelineJS's sheet template, then the date as the content gives it", async ({
  request,
}) => {
  const response = await request.get("/timeline.csv");
  expect(response.headers()["content-type"]).toMatch(/^text\/csv/);
  const timeline = (await (await request.get("/timeline.json")).json()) as TimelineData;
  const [header, title, ...slideRows] = parse(await response.text()) as string[][];
  expect(header).toEqual([...TEMPLATE_COLUMNS, ...OWN_COLUMNS]);
  const column = (row: string[], name: string) => row[header!.indexOf(name)];
  // The story's phases follow the events as eras, oldest first.
  const rows = slideRows.filter((row) => column(row, "Type") !== "era");
  const eras = slideRows.filter((row) => column(row, "Type") === "era");
  expect(slideRows.slice(rows.length)).toEqual(eras);
  expect(eras.map((row) => column(row, "Headline"))).toEqual(timeline.phases.map((phase) => phase.title));
  expect(column(title!, "Type")).toBe("title");
  expect(column(title!, "Headline")).toBe(timeline.generatedFrom.title);
  expect(rows.map((row) => column(row, "Slug"))).toEqual(timeline.events.map((event) => event.slug));
  for (const [index, event] of timeline.events.entries()) {
    const row = rows[index]!;
    expect(column(row, "Headline")).toBe(event.title);
    expect(column(row, "Precision")).toBe(event.date.precision);
    expect(column(row, "Date"), event.slug).toBe(event.dateIso ?? "");
    if (event.date.precision === "unknown") {
      expect([column(row, "Relative To"), column(row, "Position")]).toEqual([
        event.date.relativeTo,
        event.date.position,
      ]);
    }
  }
});
