import { parseDocument } from "yaml";

/** A piece of text the display font sets, with where it comes from, so that an error can name it. */
export interface FontText {
  file: string;
  field: string;
  text: string;
}

/** The YAML fields that pages set as headings: titles and names, at any depth ("phases.0.title"). */
const DISPLAY_KEYS = new Set(["title", "name"]);

/** The strings of a value whose key `keep` accepts, each with its path ("phases.0.title"). */
export function stringsOf(
  value: unknown,
  file: string,
  keep: (key: string) => boolean,
  path: string[] = [],
): FontText[] {
  if (typeof value === "string")
    return keep(path.at(-1) ?? "") ? [{ file, field: path.join("."), text: value }] : [];
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => stringsOf(item, file, keep, [...path, key]));
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
/** An ATX heading of Markdown ("## What was agreed"), its closing hashes left out. */
const HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm;

/**
 * The text of a content file (Markdown with frontmatter, or YAML) that the display font sets: the
 * titles and names, and in Markdown the body's headings. A file whose YAML does not parse gives
 * none: Astro's loader names the mistake.
 */
export function fontTextsOf(file: string, source: string): FontText[] {
  const frontmatter = file.endsWith(".md") ? (FRONTMATTER.exec(source)?.[1] ?? "") : source;
  const document = parseDocument(frontmatter);
  const fields =
    document.errors.length > 0 ? [] : stringsOf(document.toJS(), file, (key) => DISPLAY_KEYS.has(key));
  if (!file.endsWith(".md")) return fields;
  const body = source.slice(FRONTMATTER.exec(source)?.[0].length ?? 0);
  const headings = [...body.matchAll(HEADING)].map(([, text = ""]) => ({
    file,
    field: "body (heading)",
    text,
  }));
  return [...fields, ...headings];
}

/** U+1EC7 for "ệ". */
export const codePointName = (codePoint: number) =>
  `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;

/** Characters that set no glyph of their own: spaces, line breaks, joiners and marks of direction. */
const INVISIBLE = /[\s\u200B-\u200F\u2028-\u202F\u2060-\u206F\uFEFF]/u;

/**
 * Every character of `texts` that `covers` says the font has not, once per file, field and
 * character, worded as a build error; none when the font covers them all. The text is compared as
 * NFC, the form pages are served in, so "ệ" is one character and not e with two marks.
 */
export function uncoveredCharacters(
  texts: readonly FontText[],
  covers: (codePoint: number) => boolean,
  fontName: string,
): string[] {
  const problems = texts.flatMap(({ file, field, text }) =>
    [...new Set(text.normalize("NFC"))]
      .filter((character) => !INVISIBLE.test(character) && !covers(character.codePointAt(0)!))
      .map(
        (character) =>
          `${file} → ${field}: "${character}" (${codePointName(character.codePointAt(0)!)}) is not in the font ${fontName}; expected text it can set, or another font (brand.font in content/story.yaml)`,
      ),
  );
  return [...new Set(problems)];
}

/** The distinct code points of `texts`, in NFC, ascending. */
export const codePointsOf = (texts: readonly FontText[]): number[] =>
  [
    ...new Set(
      [
        ...texts
          .map(({ text }) => text)
          .join("")
          .normalize("NFC"),
      ].map((c) => c.codePointAt(0)!),
    ),
  ].sort((a, b) => a - b);
