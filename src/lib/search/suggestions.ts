/**
 * "Did you mean …": the words of the index a misspelt query is nearest to. The build lists the
 * site's words once (src/lib/search/build-index.ts writes them to a small file); the search page
 * loads that list only when a query finds little, and offers the query with each unknown word
 * replaced by the nearest known one.
 */
import { foldedWords } from "./person-match";

/** Shorter words are left out: a typo in them has too many near neighbours to guess from. */
const MIN_LETTERS = 4;

/** Each word of the texts once, most frequent first, in its most frequent spelling. */
export function indexWords(texts: readonly string[]): string[] {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
      if ([...word].length < MIN_LETTERS) continue;
      const key = foldedWords(word).join("");
      const spellings = counts.get(key) ?? new Map<string, number>();
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
      counts.set(key, spellings);
    }
  }
  const total = (spellings: Map<string, number>) => [...spellings.values()].reduce((a, b) => a + b, 0);
  return [...counts.values()]
    .sort((a, b) => total(b) - total(a))
    .map((spellings) => [...spellings].sort((a, b) => b[1] - a[1])[0]![0]);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** One edit in a word of up to 5 letters, two in a longer one. */
const allowedEdits = (word: string) => (word.length <= 5 ? 1 : 2);

/**
 * The query with each word the index does not know replaced by the nearest word it does (the more
 * frequent of equals), or undefined when every word is known or none has a near neighbour.
 */
export function suggestion(query: string, words: readonly string[]): string | undefined {
  const known = new Map(words.map((word) => [foldedWords(word).join(""), word]));
  let changed = false;
  const suggested = foldedWords(query).map((word) => {
    if (known.has(word)) return known.get(word)!;
    if (word.length < MIN_LETTERS || /\d/.test(word)) return word;
    let best: { word: string; distance: number } | undefined;
    for (const [key, spelling] of known) {
      if (Math.abs(key.length - word.length) > allowedEdits(word)) continue;
      const distance = editDistance(word, key);
      if (distance <= allowedEdits(word) && distance < (best?.distance ?? Infinity)) {
        best = { word: spelling, distance };
      }
    }
    changed ||= best !== undefined;
    return best?.word ?? word;
  });
  return changed ? suggested.join(" ") : undefined;
}
