import { format, isValid, parse } from "date-fns";
import type { Element, ElementContent, Root, Text } from "hast";
import { SKIP, visit } from "unist-util-visit";

/**
 * Wraps the dates that articles write in words ("May 22", "June 19, 2025", "May 19-22, 2025",
 * "early June 2025") in `<time datetime>`, so that readers' tools and search see real dates.
 * A date without a year gets the yearless form "05-22" that HTML allows: we never add a year
 * the article does not give.
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

function splitText(node: Text): ElementContent[] | undefined {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(DATE_IN_WORDS)) {
    const [text, month, day, , yearAfterDay, yearAlone] = match;
    const datetime = datetimeOf(month!, day, yearAfterDay ?? yearAlone);
    if (!datetime) continue;
    parts.push({ type: "text", value: node.value.slice(last, match.index) });
    parts.push({
      type: "element",
      tagName: "time",
      properties: { dateTime: datetime },
      children: [{ type: "text", value: text }],
    });
    last = match.index + text.length;
  }
  if (parts.length === 0) return undefined;
  parts.push({ type: "text", value: node.value.slice(last) });
  return parts.filter((part) => part.type !== "text" || part.value !== "");
}

export default function rehypeMarkDates() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "element" && ["time", "code", "pre"].includes((node as Element).tagName)) return SKIP;
      if (node.type !== "text" || !parent || index === undefined) return;
      const parts = splitText(node);
      if (!parts) return;
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
