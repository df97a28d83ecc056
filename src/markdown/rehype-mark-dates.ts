import type { Root } from "hast";
import { datetimeOf, monthNames } from "../lib/dates/format-date";
import { element, wrapMatches } from "./wrap-matches";

/**
 * Wraps the dates that articles write in words ("May 22", "June 19, 2025", "May 19-22, 2025",
 * "early June 2025") in `<time datetime>`, so that readers' tools and search see real dates.
 * A date without a year gets the yearless form "05-22" that HTML allows: we never add a year
 * the article does not give. A range is marked with its start. Only English dates are recognised.
 */

const DATE_IN_WORDS = new RegExp(
  `\\b(${monthNames("long", "en").join("|")}) (?:(\\d{1,2})(?:[–-](\\d{1,2}))?(?:, (\\d{4}))?|(\\d{4}))\\b`,
  "g",
);

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
