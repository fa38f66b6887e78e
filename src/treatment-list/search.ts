/**
 * Search over the treatment list: every entry's words are normalised and indexed once, so a keystroke only looks
 * words up. A query matches an entry when every word of the query begins a word of the entry ("octreo" finds
 * octreotide, "liver surg" finds "surgery to the liver"), ignoring case, accents and punctuation.
 *
 * Why an index and not `text.includes(query)` per entry: with 10,000 entries of a few kilobytes each, a query word
 * that matches nothing makes `includes` scan ~20 MB (20–40 ms). The index makes a keystroke cost the number of
 * (entry, word) pairs that the query's words begin, which is small for a real query and linear in the entries.
 */

import { wordsOf } from '../content/match.js';

export { wordsOf };

/** A text as the index compares it: its words (see `wordsOf` in content/match.ts, shared with every lookup), spaced. */
export function normalise(text: string): string {
  return wordsOf(text).join(' ');
}

/**
 * The words of a name, plus the name written as one word ("5-FU" gives "5", "fu" and "5fu"), so that a reader who
 * types a name without its spaces or hyphens still finds it.
 */
export function nameWords(name: string): string[] {
  const words = wordsOf(name);
  return words.length > 1 ? [...words, words.join('')] : words;
}

/** A prebuilt index: the distinct words in sorted order, each with the (ascending) rows that contain it. */
export interface SearchIndex {
  /** How many rows (entries) were indexed. */
  readonly size: number;
  readonly words: readonly string[];
  readonly rows: readonly Int32Array[];
}

/** Indexes rows of words (one array per entry, in entry order). Words must already be normalised. */
export function buildSearchIndex(rowsOfWords: ReadonlyArray<Iterable<string>>): SearchIndex {
  const byWord = new Map<string, number[]>();
  rowsOfWords.forEach((words, row) => {
    for (const word of words) {
      if (word === '') continue;
      const list = byWord.get(word);
      if (!list) byWord.set(word, [row]);
      else if (list[list.length - 1] !== row) list.push(row); // rows arrive in order: this skips repeats in one row
    }
  });
  const words = [...byWord.keys()].sort();
  return { size: rowsOfWords.length, words, rows: words.map((w) => Int32Array.from(byWord.get(w)!)) };
}

/**
 * An index of `size` rows whose words are gathered and sorted the first time a search reads them (`rowsOfWords` is
 * called then, once), so that a list that is never searched never pays for its index.
 */
export function lazySearchIndex(size: number, rowsOfWords: () => ReadonlyArray<Iterable<string>>): SearchIndex {
  let built: SearchIndex | undefined;
  const index = () => (built ??= buildSearchIndex(rowsOfWords()));
  return {
    size,
    get words() {
      return index().words;
    },
    get rows() {
      return index().rows;
    },
  };
}

/** The first position in the sorted `words` whose word is not less than `key`. */
function lowerBound(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Which rows match `query`: a byte per row, 1 for a match. Returns null when the query has no words (everything
 * matches). Never throws.
 */
export function searchIndex(index: SearchIndex, query: string): Uint8Array | null {
  const queryWords = [...new Set(wordsOf(query))].slice(0, 250);
  if (queryWords.length === 0) return null;
  // hits[row] = how many of the query's words, in order, the row has matched so far.
  const hits = new Uint8Array(index.size);
  queryWords.forEach((prefix, k) => {
    for (let w = lowerBound(index.words, prefix); w < index.words.length && index.words[w]!.startsWith(prefix); w++) {
      const rows = index.rows[w]!;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        if (hits[row] === k) hits[row] = k + 1;
      }
    }
  });
  const all = queryWords.length;
  for (let row = 0; row < hits.length; row++) hits[row] = hits[row] === all ? 1 : 0;
  return hits;
}
