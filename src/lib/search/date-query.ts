/**
 * Recognises a date typed into the search field, in the forms of the page's language: in every
 * language "2025-05-22", "22/05/2025", "2025-06"; in English "May 22", "22 May 2025", "May 22, 2025",
 * "June 2025"; in `vi` "ngày 19 tháng 6", "19 tháng 6 năm 2025", "tháng 6 năm 2025", "19-6",
 * "19/6", with or without diacritics. It runs in the browser on the search page,
 * so it uses the runtime's own month names (Intl) instead of date-fns' parser, which would add
 * 10 KB gzip to the first search. tests/unit/date-query.test.ts checks it against date-fns output.
 */

export type DateQuery =
  /** A whole date: "2025-05-22" */
  | { precision: "day"; iso: string }
  /** A day without a year: "05-22" */
  | { precision: "month-day"; monthDay: string }
  /** A month: "2025-06" */
  | { precision: "month"; iso: string };

const monthNames = (style: "long" | "short") =>
  Array.from({ length: 12 }, (_, month) =>
    new Intl.DateTimeFormat("en", { month: style, timeZone: "UTC" })
      .format(Date.UTC(2000, month, 1))
      .toLowerCase(),
  );
// Made on first use, not as the page loads: a first Intl date format costs 30–90 ms of the main
// thread in Chromium, and only a query with a month in it needs the names.
let names: { LONG: string[]; SHORT: string[] } | undefined;

/** 1–12 for "may", "sept", "september"; undefined for anything else. */
function monthNumber(word: string): number | undefined {
  const { LONG, SHORT } = (names ??= { LONG: monthNames("long"), SHORT: monthNames("short") });
  const name = word.toLowerCase().replace(/\.$/, "");
  const index = LONG.indexOf(name) >= 0 ? LONG.indexOf(name) : SHORT.indexOf(name.slice(0, 3));
  return index >= 0 && (LONG[index]!.startsWith(name) || name === SHORT[index]) ? index + 1 : undefined;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** True when day/month/year name a real date (no 30 February). */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function dayQuery(month: number | undefined, day: number, year?: number): DateQuery | undefined {
  if (!month || !isRealDay(year ?? 2000, month, day)) return undefined;
  return year === undefined
    ? { precision: "month-day", monthDay: `${pad(month)}-${pad(day)}` }
    : { precision: "day", iso: `${year}-${pad(month)}-${pad(day)}` };
}

type Forms = Array<[RegExp, (parts: string[]) => DateQuery | undefined]>;

/** Each form a reader might type in any language, and how to read its parts. */
const NUMERIC_FORMS: Forms = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, ([y, m, d]) => dayQuery(Number(m), Number(d), Number(y))],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, ([d, m, y]) => dayQuery(Number(m), Number(d), Number(y))],
  [/^(\d{4})-(\d{1,2})$/, ([y, m]) => month(Number(m), Number(y))],
];

const optionalYear = (y: string | undefined) => (y ? Number(y) : undefined);

/** The forms of each language that has its own, by its language tag's first part. */
const LANGUAGE_FORMS: Record<string, Forms> = {
  en: [
    [
      /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/i,
      ([m, d, y]) => dayQuery(monthNumber(m!), Number(d), y ? Number(y) : undefined),
    ],
    [
      /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?),?(?: (\d{4}))?$/i,
      ([d, m, y]) => dayQuery(monthNumber(m!), Number(d), y ? Number(y) : undefined),
    ],
    [/^([a-z]+\.?),? (\d{4})$/i, ([m, y]) => month(monthNumber(m!), Number(y))],
  ],
  // Months are numbered: "tháng 6" is June. Readers may leave out the diacritics ("thang 6").
  vi: [
    [
      /^(?:ng[aà]y )?(\d{1,2}) th[aá]ng (\d{1,2})(?:,? (?:n[aă]m )?(\d{4}))?$/i,
      ([d, m, y]) => dayQuery(Number(m), Number(d), optionalYear(y)),
    ],
    [/^th[aá]ng (\d{1,2})(?: n[aă]m |\/)(\d{4})$/i, ([m, y]) => month(Number(m), Number(y))],
    [/^(\d{1,2})[-/](\d{1,2})$/, ([d, m]) => dayQuery(Number(m), Number(d))],
  ],
};

function month(number: number | undefined, year: number): DateQuery | undefined {
  return number && number >= 1 && number <= 12
    ? { precision: "month", iso: `${year}-${pad(number)}` }
    : undefined;
}

/** The date a search query spells, if the whole query is one date in a form of the language `lang`. */
export function parseDateQuery(query: string, lang = "en"): DateQuery | undefined {
  const text = query.trim().replace(/\s+/g, " ").normalize("NFC");
  const forms = [...NUMERIC_FORMS, ...(LANGUAGE_FORMS[lang.split("-")[0]!.toLowerCase()] ?? [])];
  for (const [pattern, read] of forms) {
    const match = pattern.exec(text);
    if (match) return read(match.slice(1));
  }
  return undefined;
}

/** The day of the month of a day, with or without its year: "3" for "2024-03-03" or "03-03". */
const dayOf = (date: DateQuery) =>
  String(Number((date.precision === "month-day" ? date.monthDay : date.iso).slice(-2)));

/** Whether a date the text writes (`found`) is, or lies within, the date a query asks for. */
function isWithin(found: DateQuery, asked: DateQuery): boolean {
  const monthDay = (date: DateQuery) =>
    date.precision === "month-day" ? date.monthDay : date.precision === "day" ? date.iso.slice(5) : undefined;
  if (asked.precision === "month") return found.precision !== "month-day" && found.iso.startsWith(asked.iso);
  if (asked.precision === "month-day") return monthDay(found) === asked.monthDay;
  return found.precision === "day" ? found.iso === asked.iso : monthDay(found) === asked.iso.slice(5);
}

/** The longest date form, in words: "ngày 3 tháng 3 năm 2024". */
const LONGEST_FORM = 6;

/**
 * The indexes of the words of `words` that write the date `asked` (or a day within it) in a form of
 * the language `lang`: what a search for that date marks in a page's text.
 */
export function wordsWritingDate(words: readonly string[], asked: DateQuery, lang = "en"): number[] {
  const found: number[] = [];
  // Every form begins or ends with a number, its year or its day: only spans with one of those
  // numbers at an end are read.
  const keys = new Set(
    asked.precision === "month"
      ? [asked.iso.slice(0, 4)]
      : asked.precision === "day"
        ? [asked.iso.slice(0, 4), dayOf(asked)]
        : [dayOf(asked)],
  );
  const hasNumber = words.map((word) =>
    (word.match(/\d+/g) ?? []).some((number) => keys.has(String(Number(number)))),
  );
  for (let start = 0; start < words.length; start++) {
    for (let length = Math.min(LONGEST_FORM, words.length - start); length > 0; length--) {
      if (!hasNumber[start] && !hasNumber[start + length - 1]) continue;
      const text = words
        .slice(start, start + length)
        .join(" ")
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      const date = parseDateQuery(text, lang);
      if (date && isWithin(date, asked)) {
        found.push(...Array.from({ length }, (_, index) => start + index));
        start += length - 1;
        break;
      }
    }
  }
  return found;
}
