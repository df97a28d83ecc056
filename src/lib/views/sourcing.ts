/**
 * What the site says about how an item is sourced, in one place, so every page and feed words it
 * alike: an event without citations (a story with `eventCitations: optional`), and quotations from
 * an article the site links to but does not republish, which it cannot check.
 */

export const NOT_SOURCED = "Not sourced on this site: this event cites no source.";

export const UNCHECKED_QUOTES =
  "Quoted from the published article, which this site links to but does not republish; the quotation could not be checked against its text here.";
