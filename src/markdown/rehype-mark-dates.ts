import { format, isValid, parse } from "date-fns";
import type { Root } from "hast";
import { element, wrapMatches } from "./wrap-matches";

/**
 * Wraps the dates that articles write in words ("May 22", "June 19, 2025", "May 19-22, 2025",
 * "early June 2025") in `<time datetime>`, so that readers' tools and search see real dates.
 * A date without a year gets the yearless form "05-22" that HTML allows: we never add a year
 * the article does not give. A range is marked with its start.
 */

const MONTHS = Array.from({ length: 12 }, (_, month) => format(new Date(2000, month, 1), "MMMM"));
const DATE_IN_WORDS = new RegExp(
  `\\b(${MONTHS.join("|")}) (?:(\\d{1,2})(?:[–-](\\d{1,2}))?(?:, (\\d{4}))?|(\\d{4}))\\b`,
  "g",
);

/** The machine form of a date in words, or undefined when it is not a real date. */
export function datetimeOf(month: string, day?: string, year?: string): string | undefined {
  if (!day) {
    const date = parse(`${month} ${year}`, "MMMM yyyy", new Date(0));
    return isValid(date) ? format(date, "yyyy-MM") : undefined;
  }
  const date = parse(`${month} ${day} ${year ?? 2000}`, "MMMM d yyyy", new Date(0));
  if (!isValid(date)) return undefined;
  return format(date, year ? "yyyy-MM-dd" : "MM-dd");
}

export default function rehypeMarkDates() {
  return (tree: Root) =>
    wrapMatches(
      tree,
      DATE_IN_WORDS,
      ([text, month, day, , yearAfterDay, yearAlone]) => {
        const datetime = datetimeOf(month!, day, yearAfterDay ?? yearAlone);
        return datetime ? element("time", { dateTime: datetime }, text) : undefined;
      },
      ["time", "code", "pre"],
    );
}
