import type { Root } from "hast";
import type { Language } from "../i18n/dictionaries";
import { LANGUAGE } from "../i18n/words";
import { datetimeOf, monthNames } from "../lib/dates/format-date";
import { element, wrapMatches } from "./wrap-matches";

/**
 * Wraps the dates that articles write in words ("March 3", "March 3, 2024", "March 3-5, 2024",
 * "early March 2024"; in `vi` "ngày 3 tháng 3 năm 2024", "3/3/2024", "tháng 3/2024") in
 * `<time datetime>`, so that readers' tools and search see real dates. A date without a year gets
 * the yearless form "05-22" that HTML allows: we never add a year the article does not give. A
 * range is marked with its start. The forms are those of the story's language.
 */

/** How a form's match names a date: the month (English name or number), the day and year if written. */
type DateParts = [month: string | undefined, day: string | undefined, year: string | undefined];
type Form = [pattern: RegExp, parts: (groups: string[]) => DateParts];

const ENGLISH_MONTHS = monthNames("long", "en");
/** "3" → "March", so that every form is read, and checked as a real date, by datetimeOf. */
const monthOfNumber = (number: string | undefined) => ENGLISH_MONTHS[Number(number) - 1];
/** Not inside a longer word or number. */
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";
const form = (source: string, flags = "gu") => new RegExp(`${START}${source}${END}`, flags);

const FORMS: Partial<Record<Language, Form[]>> = {
  en: [
    [
      form(`(${ENGLISH_MONTHS.join("|")}) (?:(\\d{1,2})(?:[–-](\\d{1,2}))?(?:, (\\d{4}))?|(\\d{4}))`),
      ([month, day, , yearAfterDay, yearAlone]) => [month, day, yearAfterDay ?? yearAlone],
    ],
  ],
  // Months are numbered, the day first: "ngày 3 tháng 4 năm 2024", "3/4/2024", "ngày 3/4". Without
  // a year, only after "ngày" (day): "3 tháng 4" may be a length of time, "3/4" a fraction.
  vi: [
    [
      form(
        "(?:ngày (\\d{1,2}) tháng (\\d{1,2})(?:,? năm (\\d{4}))?|(\\d{1,2}) tháng (\\d{1,2}),? năm (\\d{4}))",
        "giu",
      ),
      ([day, month, year, dayBeforeYear, monthBeforeYear, yearAfterMonth]) => [
        monthOfNumber(month ?? monthBeforeYear),
        day ?? dayBeforeYear,
        year ?? yearAfterMonth,
      ],
    ],
    [
      form("(?:ngày (\\d{1,2})[/-](\\d{1,2})|(\\d{1,2})/(\\d{1,2})(?=/\\d{4}))(?:[/-](\\d{4}))?", "giu"),
      ([day, month, dayBeforeYear, monthBeforeYear, year]) => [
        monthOfNumber(month ?? monthBeforeYear),
        day ?? dayBeforeYear,
        year,
      ],
    ],
    [
      form("(?<!\\d )tháng (\\d{1,2})(?: năm |/)(\\d{4})", "giu"),
      ([month, year]) => [monthOfNumber(month), undefined, year],
    ],
  ],
};

export default function rehypeMarkDates({ language = LANGUAGE }: { language?: Language } = {}) {
  return (tree: Root) => {
    // Longest forms first: a date already in a <time> is not looked at again.
    for (const [pattern, parts] of FORMS[language] ?? []) {
      wrapMatches(
        tree,
        pattern,
        ([text, ...groups]) => {
          const [month, day, year] = parts(groups);
          const datetime = month && datetimeOf(month, day, year);
          return datetime ? element("time", { dateTime: datetime }, text) : undefined;
        },
        ["time", "code", "pre"],
      );
    }
  };
}
