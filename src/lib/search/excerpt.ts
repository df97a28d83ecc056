/**
 * A search result's excerpt, cut from the page's whole text as Pagefind keeps it (its `content`,
 * whose words its `locations` count): the sentence with the most of what matched, whole when it is
 * short enough, else the clause around the first match, with an ellipsis where the text is cut.
 * The page's headline, and anything before it (its kind), is never the excerpt: the result shows
 * them already. A stop word is marked only inside a marked phrase ("rules of origin"), never alone.
 */
import { foldedWords } from "./person-match";

/** A run of the excerpt's text, marked when it matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ExcerptSource {
  /** The page's text, as Pagefind keeps it. */
  content: string;
  /** The matched words, as indexes of its words. */
  locations: readonly number[];
  /** The page's headline. */
  title: string;
  /** The language's stop words, folded (src/lib/search/stop-words.ts). */
  stopWords: ReadonlySet<string>;
}

/** Pagefind's own word separator, so that `locations` count the same words. */
const SEPARATOR = /[^\S\uFEFF]+/;
/** The words of a page's text, as Pagefind counts them in `locations`. */
export const wordsOf = (content: string) => content.split(SEPARATOR);
const ENDS_SENTENCE = /[.!?…][)"'”’»\]]*$/;
const ENDS_CLAUSE = /[,;:–—]$/;
const STARTS_SENTENCE = /^[("'“‘«[]*[\p{Lu}\p{N}]/u;
const EDGE_PUNCTUATION = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
const ELLIPSIS = "…";
/** Fewer words than this make a heading or a label, not a sentence to add. */
const MIN_SENTENCE = 3;

const fold = (word: string) => foldedWords(word).join("");

/**
 * The first matched word that is not a stop word, without its punctuation, wherever it is (the
 * headline too): what a result's link asks the browser to mark when its excerpt marks nothing.
 */
export function firstMatch(source: Omit<ExcerptSource, "title">): string | undefined {
  const words = wordsOf(source.content);
  const at = [...markedWords(words, source.locations, source.stopWords)].sort((a, b) => a - b)[0];
  return at === undefined ? undefined : bare(words[at]!);
}

/** A word without the punctuation at its edges. */
const bare = (word: string) => EDGE_PUNCTUATION.exec(word)?.[2] ?? word;

/**
 * The first word after the headline (and the kind line before it), or 0 when the text has none.
 * Compared as written: a plain-letter spelling of a name in the hidden words is not the headline.
 */
function afterHeadline(words: string[], title: string): number {
  const headline = title.split(SEPARATOR).map(bare);
  for (let start = 0; start + headline.length <= words.length; start++) {
    // The raw word first: bare() only where it could be the headline's.
    if (!words[start]!.includes(headline[0]!)) continue;
    if (headline.every((word, index) => bare(words[start + index]!) === word)) return start + headline.length;
  }
  return 0;
}

/** The first and last word of the sentence around `index`, from `from` on. */
function sentenceAround(words: string[], index: number, from: number): [number, number] {
  const ends = (at: number) => ENDS_SENTENCE.test(words[at]!) && STARTS_SENTENCE.test(words[at + 1] ?? "A");
  let start = index;
  while (start > from && !ends(start - 1)) start--;
  let end = index;
  while (end < words.length - 1 && !ends(end)) end++;
  return [start, end];
}

/** Matched words, less the stop words that stand alone (not between two marked words). */
function markedWords(words: string[], locations: readonly number[], stopWords: ReadonlySet<string>) {
  const located = new Set(locations);
  const isStop = (at: number) => stopWords.has(fold(words[at] ?? ""));
  const strong = new Set([...located].filter((at) => !isStop(at)));
  return new Set([...located].filter((at) => strong.has(at) || (strong.has(at - 1) && strong.has(at + 1))));
}

/** The window of at most `size` words of [start, end] around `focus`, cut at clauses where it can. */
function clauseWindow(words: string[], [start, end]: [number, number], focus: number, size: number) {
  let first = start;
  for (let at = focus; at > start; at--) {
    if (ENDS_CLAUSE.test(words[at - 1]!)) {
      first = at;
      break;
    }
  }
  if (focus - first > size / 2) first = focus - Math.floor(size / 3);
  let last = Math.min(end, first + size - 1);
  if (last < end) {
    for (let at = last; at > focus; at--) {
      if (ENDS_CLAUSE.test(words[at]!)) {
        last = at;
        break;
      }
    }
  }
  return [first, last] as const;
}

/** The excerpt of at most `size` words, as runs of plain and marked text. */
export function excerpt(source: ExcerptSource, size = 32): ExcerptPart[] {
  const words = wordsOf(source.content);
  const from = afterHeadline(words, source.title);
  if (from >= words.length) return [];
  const marked = markedWords(words, source.locations, source.stopWords);
  const candidates = [...marked].filter((at) => at >= from).sort((a, b) => a - b);
  // The sentence with the most distinct matched words, the earliest of equals.
  let best = { focus: from, score: 0 };
  for (const at of candidates) {
    const [start, end] = sentenceAround(words, at, from);
    const score = new Set(candidates.filter((c) => c >= start && c <= end).map((c) => fold(words[c]!))).size;
    if (score > best.score) best = { focus: at, score };
  }
  const sentence = sentenceAround(words, best.focus, from);
  let [first, last] = clauseWindow(words, sentence, best.focus, size);
  // A short sentence is followed by the next ones that fit whole; a heading ("Sources.") ends it.
  while (last === sentence[1] && last < words.length - 1) {
    const next = sentenceAround(words, last + 1, last + 1);
    if (next[1] - first + 1 > size || next[1] - next[0] + 1 < MIN_SENTENCE) break;
    last = next[1];
    sentence[1] = next[1];
  }
  return parts(words, first, last, marked, {
    before: first > sentence[0],
    after: last < sentence[1],
  });
}

/** The words from `first` to `last` as runs, each marked run without its edge punctuation. */
function parts(
  words: string[],
  first: number,
  last: number,
  marked: ReadonlySet<number>,
  cut: { before: boolean; after: boolean },
): ExcerptPart[] {
  const runs: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    if (!text) return;
    const previous = runs.at(-1);
    if (previous && previous.marked === isMarked) previous.text += text;
    else runs.push({ text, marked: isMarked });
  };
  if (cut.before) push(`${ELLIPSIS} `, false);
  for (let at = first; at <= last; at++) {
    let word = words[at]!;
    if (at === last && cut.after) word = word.replace(/[^\p{L}\p{N}]+$/u, "");
    const [, lead = "", core = "", trail = ""] = EDGE_PUNCTUATION.exec(word) ?? [];
    const inPhrase = marked.has(at) && marked.has(at + 1) && at < last;
    if (marked.has(at)) {
      push(lead, false);
      push(core, true);
      // Punctuation inside a marked phrase is marked with it: "[March 3, 2024]".
      if (inPhrase) push(`${trail} `, true);
      else push(`${trail}${at < last ? " " : ""}`, false);
    } else push(`${word}${at < last ? " " : ""}`, false);
  }
  if (cut.after) push(` ${ELLIPSIS}`, false);
  return runs;
}
