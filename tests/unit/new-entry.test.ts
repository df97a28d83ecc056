import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { newEntry } from "../../src/cli/new-entry";

/**
 * `npm run new:event|new:person|new:source` in-process, into a copy of the good fixture: the file it
 * writes, read back as Astro reads frontmatter, and every wrong argument named with what it expects.
 * tests/build/new-entry.test.ts runs the command itself and builds what it writes.
 */

let content = "";
beforeEach(() => {
  content = join(mkdtempSync(join(tmpdir(), "new-entry-")), "content");
  cpSync("tests/fixtures/good-content", content, { recursive: true });
});
afterEach(() => rmSync(join(content, ".."), { recursive: true, force: true }));

const read = (path: string) => parseFrontmatter(readFileSync(path, "utf8"));
const event = (...args: string[]) => newEntry("event", [...args, "--kind", "ministerial-meeting"], content);

describe.each([
  // Each date form the schema knows, its frontmatter, and the file name that starts with it.
  [
    "a day, kept as text (YAML reads a bare one as a Date)",
    ["--date", "2025-07-01"],
    { precision: "day", start: "2025-07-01" },
    "2025-07-01-talks",
  ],
  ["a month", ["--date", "2025-07"], { precision: "month", start: "2025-07" }, "2025-07-talks"],
  ["a year, kept as text", ["--date", "2025"], { precision: "year", start: "2025" }, "2025-talks"],
  [
    "a range",
    ["--date", "2025-07-01", "--end", "2025-07-03"],
    { precision: "range", start: "2025-07-01", end: "2025-07-03" },
    "2025-07-01-talks",
  ],
  [
    "a day with its local time and zone",
    ["--date", "2025-07-01", "--time", "21:00", "--time-zone", "Asia/Ho_Chi_Minh"],
    { precision: "day", start: "2025-07-01", time: "21:00", timeZone: "Asia/Ho_Chi_Minh" },
    "2025-07-01-talks",
  ],
])("an event dated %s", (_, dateArgs, date, slug) => {
  test("is written under its date with that date", () => {
    const { path } = event("Talks", ...dateArgs);
    expect(path).toBe(join(content, "events", `${slug}.md`));
    expect(read(path).frontmatter["date"]).toEqual(date);
  });
});

test("an event with every field the flags give has only its body left to fill in", () => {
  const { path, toFill } = event(
    ...[
      ["Minister’s Đà Nẵng visit: day 2", "--date", "2025-07-01", "--location", "Đà Nẵng"],
      ["--participant", "test-person", "--participant", "other-person"],
      ["--summary", "The minister visited Đà Nẵng, the test article says."],
      ["--source", "test-article", "--passage", "Minister Test Person met a counterpart"],
    ].flat(),
  );
  expect(path).toBe(join(content, "events", "2025-07-01-minister-s-da-nang-visit-day-2.md"));
  expect(read(path).frontmatter).toEqual({
    title: "Minister’s Đà Nẵng visit: day 2",
    date: { precision: "day", start: "2025-07-01" },
    kind: "ministerial-meeting",
    location: "Đà Nẵng",
    participants: ["test-person", "other-person"],
    summary: "The minister visited Đà Nẵng, the test article says.",
    citations: [{ source: "test-article", passage: "Minister Test Person met a counterpart" }],
  });
  expect(toFill).toEqual([expect.stringMatching(/^the body/)]);
});

test("an event without summary or citation lists them to fill in, in the file and in what it returns", () => {
  const { path, toFill } = event("Talks", "--date", "2025-07-01");
  expect(toFill.map((item) => item.split(/[: ]/)[0])).toEqual(["summary", "citations", "the"]);
  const file = readFileSync(path, "utf8");
  for (const item of toFill) expect(file).toContain(`# To fill in: ${item}\n`);
  expect(read(path).frontmatter).not.toHaveProperty("summary");
});

test("a person is named by their name in plain letters, with the story's country", () => {
  const { path, toFill } = newEntry(
    "person",
    ["Lê Văn Đức", "--role", "Minister of Testing", "--country", "US", "--ascii-name", "Le Van Duc"],
    content,
  );
  expect(path).toBe(join(content, "people", "le-van-duc.md"));
  expect(read(path).frontmatter).toEqual({
    name: "Lê Văn Đức",
    asciiName: "Le Van Duc",
    role: "Minister of Testing",
    country: "US",
  });
  expect(toFill).toEqual([expect.stringMatching(/^citations:/)]);
});

test("a source is written as a link, its text not republished: title, address, publisher and day", () => {
  const args = ["A Test Report", "--url", "https://news.example/report", "--publisher", "Test News"];
  const { path, toFill } = newEntry("source", [...args, "--date", "2025-07-02"], content);
  expect(path).toBe(join(content, "sources", "a-test-report.md"));
  expect(read(path).frontmatter).toEqual({
    title: "A Test Report",
    republish: false,
    url: "https://news.example/report",
    publisher: "Test News",
    published: "2025-07-02",
  });
  expect(toFill).toEqual([]);
  expect(readFileSync(path, "utf8")).toMatch(/---\n$/);
});

test("--slug names the file instead of the title, after the event's date", () => {
  expect(event("Talks", "--date", "2025-07", "--slug", "july-talks").path).toBe(
    join(content, "events", "2025-07-july-talks.md"),
  );
});

describe("refuses, naming the argument and what it expects", () => {
  test.each([
    ["a missing title", ["--date", "2025-07-01"], "expected the event's title, in quotes; got nothing"],
    ["a title out of quotes", ["New", "talks", "--date", "2025-07-01"], "got 2 words, New talks"],
    [
      "an unknown flag",
      ["Talks", "--dates", "2025-07-01"],
      "--dates: unknown option; expected one of --date,",
    ],
    [
      "a flag named like an object's own property",
      ["Talks", "--toString", "x"],
      "--toString: unknown option",
    ],
    ["a flag without its value", ["Talks", "--date"], "--date: expected a value: a day, month or year"],
    ["a missing date", ["Talks"], "--date is missing: expected a day, month or year"],
    ["a malformed date", ["Talks", "--date", "01/07/2025"], '--date: "01/07/2025" is not a real day'],
    ["an impossible date", ["Talks", "--date", "2025-02-30"], '--date: "2025-02-30" is not a real day'],
    ["a range from a month", ["Talks", "--date", "2025-07", "--end", "2025-07-03"], "--date: expected a day"],
    ["an end before the start", ["Talks", "--date", "2025-07-03", "--end", "2025-07-01"], "--end: expected"],
    [
      "a time without its zone",
      ["Talks", "--date", "2025-07-01", "--time", "21:00"],
      "--time-zone is missing: expected one of timeZones in story.yaml",
    ],
    ["a malformed time", ["Talks", "--date", "2025-07-01", "--time", "9pm", "--time-zone", "UTC"], "--time:"],
    [
      "a time zone that story.yaml does not list",
      ["T", "--date", "2025-07-01", "--time", "21:00", "--time-zone", "Europe/Paris"],
      '--time-zone: "Europe/Paris" is not one of timeZones in story.yaml: Asia/Ho_Chi_Minh',
    ],
    ["a flag given twice", ["Talks", "--date", "2025", "--date", "2026"], "--date: given 2 times"],
    ["a source without its passage", ["Talks", "--date", "2025", "--source", "test-article"], "--passage is"],
    ["a title with no letters", ["…", "--date", "2025"], "--slug is missing: the title has no letters"],
    [
      "a malformed slug",
      ["Talks", "--date", "2025", "--slug", "Talks 2"],
      '--slug: expected the file name, in lower-case letters and digits joined by hyphens; got "Talks 2"',
    ],
  ])("%s", (_, args, message) => {
    expect(() => event(...args)).toThrow(message);
  });

  test("a kind or country that story.yaml does not list, naming those it does", () => {
    expect(() => newEntry("event", ["Talks", "--date", "2025", "--kind", "summit"], content)).toThrow(
      '--kind: "summit" is not one of eventKinds in story.yaml: negotiation-round, ministerial-meeting, government-review',
    );
    expect(() => newEntry("person", ["A B", "--role", "Envoy", "--country", "FR"], content)).toThrow(
      '--country: "FR" is not one of countries in story.yaml: VN, US',
    );
  });

  test.each([
    [
      "an address that is not http or https",
      ["--url", "javascript:alert(1)"],
      "--url: expected the article's",
    ],
    ["no publisher", ["--url", "https://news.example/r", "--date", "2025-07-02"], "--publisher is missing"],
    ["no day", ["--url", "https://news.example/r", "--publisher", "P"], "--date is missing"],
    [
      "a month for a day",
      ["--url", "https://news.example/r", "--date", "2025-07"],
      "--date: expected the day",
    ],
  ])("a source with %s", (_, args, message) => {
    expect(() => newEntry("source", ["Report", ...args], content)).toThrow(message);
  });
});

describe("never overwrites", () => {
  test("an existing file, which is left as it was", () => {
    const existing = join(content, "events", "2025-05-22-test-meeting.md");
    const before = readFileSync(existing, "utf8");
    expect(() => event("Test meeting", "--date", "2025-05-22")).toThrow(
      "content/events/2025-05-22-test-meeting.md already exists; expected a new slug",
    );
    expect(readFileSync(existing, "utf8")).toBe(before);
  });

  test("a file of the same slug in a subfolder, which the build would refuse as a duplicate", () => {
    mkdirSync(join(content, "people", "officials"));
    writeFileSync(join(content, "people", "officials", "an-envoy.md"), "");
    expect(() => newEntry("person", ["An Envoy", "--role", "Envoy", "--country", "US"], content)).toThrow(
      "content/people/officials/an-envoy.md already exists",
    );
  });
});
