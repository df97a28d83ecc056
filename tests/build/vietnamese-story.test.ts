import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { en } from "../../src/i18n/en";
import { vi } from "../../src/i18n/vi";
import { buildStory } from "./build-fixture";

/**
 * The invented Vietnamese story (tests/fixtures/vi-story/), built: every page reads in Vietnamese.
 * The interface's English words are the English dictionary's; a page that still shows one fails.
 */

const root = join(import.meta.dirname, "../..");
let work: string;
let outDir: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "timeline-vi-"));
  outDir = join(work, "dist");
  const result = buildStory(join(root, "tests/fixtures/vi-story"), outDir);
  if (result.status !== 0) throw new Error(result.output);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every string of a dictionary, with its path ("nav.search"). */
function entries(words: object, path = ""): [string, string][] {
  return Object.entries(words).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${path}${key}`, value]] : entries(value as object, `${path}${key}.`),
  );
}

/** The date-fns patterns are code, not words. */
const PATTERNS = new Set([
  "dates.day",
  "dates.dayMonth",
  "dates.month",
  "dates.time.onTheHour",
  "dates.time.withMinutes",
  "dates.timeDay",
]);
const vietnamese = new Map(entries(vi));

/**
 * The English words to look for: each stretch of a value between its `{places}`, where it has a word
 * of three letters or more and differs from the Vietnamese (a "TimelineJS (JSON)" is both).
 */
const englishWords = entries(en)
  .filter(([path, value]) => !PATTERNS.has(path) && vietnamese.get(path) !== value)
  // A plural form Vietnamese never uses (its only category is "other") can never be shown.
  .filter(([path]) => vietnamese.has(path) || !/\.(zero|one|two|few|many)$/.test(path))
  .flatMap(([path, value]) => value.split(/\{\w+\}/).map((part) => [path, part.trim()] as const))
  .filter(([, part]) => /[A-Za-z]{3,}/.test(part));
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** What a reader sees or hears of a page: its text, and the words in attributes and for its scripts. */
function readable(html: string): string {
  const attributes = [
    ...html.matchAll(
      /\s(?:aria-label|title|alt|placeholder|content|data-(?:words|shown|none-shown|copied|not-copied))="([^"]*)"/g,
    ),
  ].map((match) => match[1]);
  const text = html
    .replace(/<(script|style|textarea)\b.*?<\/\1>/gs, " ")
    .replace(/<div hidden>.*?<\/div>/gs, " ")
    .replace(/<[^>]+>/g, " ");
  return [text, ...attributes]
    .join(" ")
    .replace(/&quot;/g, '"')
    .replace(/"\w+":/g, " ") // the keys of data-words' JSON
    .replace(/&#39;/g, "'")
    .replace(/https?:\/\/[^\s"<]+/g, " ")
    .replace(/\s+/g, " ");
}

/** Whether `text` has `words` as whole words (not inside a longer word or an address). */
function hasWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}/-])${escaped}(?![\\p{L}\\p{N}/-])`, "u").test(text);
}

function pages(): string[] {
  return readdirSync(outDir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(html|xml|ics)$/.test(file) && !file.startsWith("sitemap"))
    .sort();
}

describe("a story with lang: vi", () => {
  test("every page, feed and calendar shows the interface in Vietnamese", () => {
    const found = pages().flatMap((file) => {
      const text = readable(readFileSync(join(outDir, file), "utf8"));
      return [
        ...englishWords
          .filter(([, part]) => hasWords(text, part))
          .map(([path, part]) => `${path}: "${part}"`),
        ...MONTHS.filter((month) => new RegExp(`\\b${month}\\b`).test(text)),
      ].map((word) => `${relative(outDir, join(outDir, file))}: ${word}`);
    });
    expect(pages().length).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });

  test("the pages, Open Graph and the search index are in Vietnamese", () => {
    const home = readFileSync(join(outDir, "index.html"), "utf8");
    expect(home).toContain('<html lang="vi"');
    expect(home).toContain('<meta property="og:locale" content="vi_VN"');
    const entry = JSON.parse(readFileSync(join(outDir, "pagefind/pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages)).toEqual(["vi"]);
  });

  test("dates are worded by date-fns in Vietnamese", () => {
    const event = readable(readFileSync(join(outDir, "events/2025-06-19-khoi-cong/index.html"), "utf8"));
    expect(event).toContain("19 tháng 6 năm 2025");
    // A Vietnamese newsroom's time: "9 giờ (giờ Hòa An), tức 4 giờ (giờ Paris)".
    expect(event).toContain("9 giờ (giờ Hòa An)");
    expect(event).toContain(", tức 4 giờ (giờ Paris)");
    const home = readable(readFileSync(join(outDir, "index.html"), "utf8"));
    expect(home).toContain("2–4 tháng 4 năm 2025");
    expect(home).toContain("Không rõ ngày (sau 19 tháng 6 năm 2025)");
    // A month heading starts with a capital, as a Vietnamese heading does; inside a phrase it does not.
    const homeHtml = readFileSync(join(outDir, "index.html"), "utf8");
    expect(homeHtml).toMatch(/<h2 id="2025-06"[^>]*>Tháng 6 năm 2025</);
  });

  test("dates in the articles' Vietnamese text are marked as dates", () => {
    const source = readFileSync(join(outDir, "sources/bao-hoa-an-khoi-cong/index.html"), "utf8");
    expect(source).toMatch(/<time datetime="2025-06-19"[^>]*>ngày 19 tháng 6 năm 2025<\/time>/);
  });

  test("figures are written as Vietnamese writes numbers, as the source does (2.400, not 2,400)", () => {
    const event = readable(readFileSync(join(outDir, "events/2024-11-15-bo-phe-duyet/index.html"), "utf8"));
    expect(event).toContain("2.400 tỷ đồng");
    expect(event).not.toContain("2,400");
  });
});
