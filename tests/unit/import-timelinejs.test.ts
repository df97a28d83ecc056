import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { importTimelineJs } from "../../src/cli/import-timelinejs";
import { htmlToMarkdown } from "../../src/lib/import/html-to-markdown";
import { NO_CREDIT, storyFromSlides } from "../../src/lib/import/story-from-slides";
import { slidesFromCsv, slidesFromJson } from "../../src/lib/import/timelinejs-slides";
import { TEMPLATE_COLUMNS } from "../../src/lib/publish/timelinejs";

const TIMELINEJS = "node_modules/@knight-lab/timelinejs/src";
const HEADER = TEMPLATE_COLUMNS.join(",");

/** A sheet with one event row, its template columns given by name. */
function oneRow(columns: Partial<Record<(typeof TEMPLATE_COLUMNS)[number], string>>) {
  const row = TEMPLATE_COLUMNS.map((column) => JSON.stringify(columns[column] ?? "")).join(",");
  return storyFromSlides(slidesFromCsv(`${HEADER}\n${row}\n`));
}

describe("a slide's date, as precise as the slide gives it", () => {
  test.each([
    ["a year", { Year: "1951" }, { precision: "year", start: "1951" }],
    ["a month", { Year: "1943", Month: "7" }, { precision: "month", start: "1943-07" }],
    ["a day", { Year: "1948", Month: "3", Day: "14" }, { precision: "day", start: "1948-03-14" }],
    [
      "a day and a time in the afternoon",
      { Year: "2025", Month: "6", Day: "19", Time: "2:30 PM" },
      { precision: "day", start: "2025-06-19", time: "14:30", timeZone: "UTC" },
    ],
    [
      "a span of days over years",
      { Year: "1815", Month: "12", Day: "10", "End Year": "1852", "End Month": "11", "End Day": "27" },
      { precision: "range", start: "1815-12-10", end: "1852-11-27" },
    ],
    [
      "a month that ends in a year, kept as the month",
      { Year: "1943", Month: "7", "End Year": "1946" },
      { precision: "month", start: "1943-07" },
    ],
  ])("%s", (_, columns, date) => {
    expect(oneRow({ ...columns, Headline: "Headline" }).events[0]?.data["date"]).toEqual(date);
  });

  test("an end the site cannot keep is said in the date note and the report", () => {
    const story = oneRow({
      Year: "1943",
      Month: "7",
      "End Year": "1946",
      Headline: "Work",
      "Display Date": "1943–46",
    });
    expect(story.events[0]?.data["dateNote"]).toBe(
      'Shown in the original timeline as "1943–46". The original gives end (1946): a span is kept only from one day to a later one.',
    );
    expect(story.attention).toContain(
      "row 2 (Work): the site keeps the date but not its end (1946): a span is kept only from one day to a later one",
    );
  });

  test.each([
    ["a year before the common era", { Year: "-13800000000" }],
    ["no year", { Month: "5" }],
    ["an impossible day", { Year: "2025", Month: "2", Day: "30" }],
  ])("%s: not imported, and said so", (_, columns) => {
    const story = oneRow({ ...columns, Headline: "Big Bang" });
    expect(story.events).toEqual([]);
    expect(story.attention[0]).toMatch(/^row 2: not imported: no date the site can show/);
  });
});

describe("a slide's text", () => {
  test("keeps its words and links, and drops scripts, handlers and unsafe addresses", () => {
    const { markdown, dropped } = htmlToMarkdown(
      '<p class="lead" onclick="x()">Ada <a href="https://en.wikipedia.org/wiki/Ada">Lovelace</a><script>alert(1)</script> <a href="javascript:alert(1)">click</a></p><img src="https://img.example/a.png" alt="A portrait">',
    );
    expect(markdown).toBe(
      "Ada [Lovelace](https://en.wikipedia.org/wiki/Ada) click\n\n[A portrait](https://img.example/a.png)",
    );
    expect(dropped).toEqual(["an unsafe link (kept its words)"]);
  });

  test("a relative link keeps its words only, and is reported", () => {
    expect(htmlToMarkdown('<a href="page.html">More</a>')).toEqual({
      markdown: "More",
      dropped: ['a link to "page.html" (kept its words)'],
    });
  });

  test("media become the event's remote media, with credit and caption; nothing is embedded", () => {
    const story = oneRow({
      Year: "2020",
      Headline: "Launch",
      Text: "<p>It flew.</p>",
      Media: "https://www.youtube.com/watch?v=abc",
      "Media Caption": "The launch",
      "Media Credit": "<em>NASA</em>",
    });
    expect(story.events[0]?.body).toBe("It flew.");
    expect(story.events[0]?.data["media"]).toEqual([
      { url: "https://www.youtube.com/watch?v=abc", credit: "NASA", caption: "The launch" },
    ]);
  });

  test("media without a credit is credited as not given, and reported", () => {
    const story = oneRow({ Year: "2020", Headline: "Launch", Media: "https://media.example/launch.jpg" });
    expect(story.events[0]?.data["media"]).toEqual([
      { url: "https://media.example/launch.jpg", credit: NO_CREDIT },
    ]);
    expect(story.attention).toContain(
      `row 2: media "https://media.example/launch.jpg" has no credit; credited "${NO_CREDIT}"`,
    );
  });

  test("media that is not a web address is reported, not brought across", () => {
    const story = oneRow({ Year: "2020", Headline: "Launch", Media: "launch.jpg" });
    expect(story.events[0]?.data["media"]).toBeUndefined();
    expect(story.attention).toContain('row 2: media "launch.jpg" is not a web address; not brought across');
  });

  test("media given as HTML keeps its words in the text; an embed code without words is reported", () => {
    const quote = oneRow({
      Year: "2020",
      Headline: "Quote",
      Media: "<blockquote>We will meet again.</blockquote>",
    });
    expect(quote.events[0]?.body).toContain("> We will meet again.");
    const frame = oneRow({
      Year: "2020",
      Headline: "Map",
      Media: "<iframe src='https://maps.example/x'></iframe>",
    });
    expect(frame.attention).toContain(
      "row 2: media given as HTML with no words to keep (an embed code); not brought across",
    );
  });
});

describe("eras", () => {
  /** A sheet of era rows, each [Year, Month, Day, End Year, End Month, End Day, Headline, Text]. */
  type EraRow = [string, string, string, string, string, string, string, string];
  const eraSheet = (...rows: EraRow[]) =>
    storyFromSlides(
      slidesFromCsv(
        [
          HEADER,
          ...rows.map(([year, month, day, endYear, endMonth, endDay, headline, text]) => {
            const columns: Partial<Record<(typeof TEMPLATE_COLUMNS)[number], string>> = {
              Year: year,
              Month: month,
              Day: day,
              "End Year": endYear,
              "End Month": endMonth,
              "End Day": endDay,
              Headline: headline,
              Text: text,
              Type: "era",
            };
            return TEMPLATE_COLUMNS.map((column) => JSON.stringify(columns[column] ?? "")).join(",");
          }),
        ].join("\n"),
      ),
    );

  test("a sheet's era rows become phases as precise as their dates, with the text as summary", () => {
    const story = eraSheet(
      ["2025", "5", "19", "2025", "6", "", "<b>Talks</b>", "<p>The talks.</p>"],
      ["2025", "7", "", "2025", "", "", "Later", ""],
    );
    expect(story.settings["phases"]).toEqual([
      { title: "Talks", start: "2025-05-19", end: "2025-06", summary: "The talks." },
      { title: "Later", start: "2025-07", end: "2025" },
    ]);
  });

  test("an era without a headline, a date, or with its end before its start, is reported and left out", () => {
    const story = eraSheet(
      ["2025", "5", "", "2025", "6", "", "", ""],
      ["", "", "", "", "", "", "Undated", ""],
      ["2025", "5", "", "2024", "", "", "Backwards", ""],
    );
    expect(story.settings["phases"]).toBeUndefined();
    expect(story.attention).toEqual(
      expect.arrayContaining([
        "row 2: era not imported: no headline",
        "row 3: era not imported: no start and end the site can show, in order",
        "row 4: era not imported: no start and end the site can show, in order",
      ]),
    );
  });
});

describe("the sample timelines TimelineJS ships", () => {
  // [file, events imported, events in the file]: the cosmological ones date slides billions of years ago.
  test.each([
    ["js/core/__tests__/women_in_computing.csv", 10, 10],
    ["template/my-own-timeline.csv", 10, 10],
    ["template/all-media-types.json", 41, 41],
    ["template/eras.json", 20, 20],
    ["template/cosmo.json", 0, 7],
    ["template/cosmo-mixed.json", 5, 11],
  ])("%s: %i of %i events, each missing one reported", (file, imported, total) => {
    const text = readFileSync(join(TIMELINEJS, file), "utf8");
    const story = storyFromSlides(file.endsWith(".csv") ? slidesFromCsv(text) : slidesFromJson(text));
    expect(story.events).toHaveLength(imported);
    expect(story.attention.filter((line) => line.includes("not imported: no date"))).toHaveLength(
      total - imported,
    );
    expect(new Set(story.events.map((event) => event.slug)).size).toBe(imported);
  });

  test("eras become phases, oldest first; an era overlapping one kept before it is left out and named", () => {
    const story = storyFromSlides(
      slidesFromJson(readFileSync(join(TIMELINEJS, "template/eras.json"), "utf8")),
    );
    // The file lists 650–700, 600–650, 700–720: the first shares the year 650 with the second.
    expect(story.settings["phases"]).toEqual([
      { title: "Era Test 600-650", start: "0600", end: "0650" },
      { title: "Era Test 700-720", start: "0700", end: "0720" },
    ]);
    expect(story.attention).toContain(
      'eras[0] (Era Test 650-700): era not imported: it overlaps "Era Test 600-650", and phases may not',
    );
  });
});

describe("the command", () => {
  test("writes the story, and never overwrites a file without --force", () => {
    const out = mkdtempSync(join(tmpdir(), "import-timelinejs-"));
    const file = join(out, "timeline.csv");
    writeFileSync(
      file,
      `${HEADER}\n,,,,,,,,,My story,<p>All of it.</p>,,,,,title,,\n2020,,,,,,,,,A year,,,,,,,,\n`,
    );
    try {
      const first = importTimelineJs(file, join(out, "content"), false);
      expect(first.written.map((path) => path.slice(out.length))).toEqual([
        "/content/story.yaml",
        "/content/events/2020-a-year.md",
      ]);
      expect(readFileSync(join(out, "content/story.yaml"), "utf8")).toContain('title: "My story"');
      expect(() => importTimelineJs(file, join(out, "content"), false)).toThrow(
        `${join(out, "content/story.yaml")} already exists (and 1 more); add --force to overwrite`,
      );
      expect(importTimelineJs(file, join(out, "content"), true).events).toHaveLength(1);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test("refuses a sheet without TimelineJS's columns", () => {
    expect(() => slidesFromCsv("Name,Date\nA,2020\n")).toThrow(
      "expected TimelineJS's sheet template, with the columns Year,",
    );
  });
});
