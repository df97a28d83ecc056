import type { Element, Root, Text } from "hast";
import { fromHtml } from "hast-util-from-html";
import { retext } from "retext";
import retextSmartypants from "retext-smartypants";
import { SKIP, visit } from "unist-util-visit";

/**
 * Straight quotes and apostrophes in a page's text made typographic (“ ” ‘ ’), as Astro's
 * smartypants already makes them in Markdown bodies: the same library, on quotes only, for the
 * words that come from frontmatter, settings and dictionaries. Code, scripts and form fields keep
 * what they say, and so do attributes; the rest of the page is left byte for byte.
 */
const smartQuotes = retext().use(retextSmartypants, {
  quotes: true,
  backticks: false,
  dashes: false,
  ellipses: false,
});

/** Elements whose text is code, data or what a reader copies: never changed. */
const VERBATIM = new Set(["code", "kbd", "pre", "samp", "script", "style", "template", "textarea"]);

const escapeText = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;");

export function typographicQuotes(html: string): string {
  const texts: Text[] = [];
  visit(fromHtml(html) as Root, (node) => {
    if (node.type === "element" && VERBATIM.has((node as Element).tagName)) return SKIP;
    if (node.type === "text") texts.push(node as Text);
    return undefined;
  });
  const edits = texts.flatMap(({ value, position }, index) => {
    const [start, end] = [position?.start.offset, position?.end.offset];
    if (!/["']/.test(value) || start === undefined || end === undefined) return [];
    // A quote beside a link or an emphasis opens or closes by the text on the other side of the tag.
    const before = texts[index - 1]?.value.at(-1) ?? "";
    const after = texts[index + 1]?.value.at(0) ?? "";
    const quoted = String(smartQuotes.processSync(`${before}${value}${after}`));
    return [{ start, end, text: escapeText(quoted.slice(before.length, quoted.length - after.length)) }];
  });
  return edits.reduceRight(
    (out, { start, end, text }) => `${out.slice(0, start)}${text}${out.slice(end)}`,
    html,
  );
}
