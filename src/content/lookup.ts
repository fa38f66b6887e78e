/**
 * Find an entry by any of its names: "Afinitor" finds everolimus, "5 fu" finds fluorouracil. Names are compared after
 * normalising case, accents, spaces, hyphens, dots and joining words ("and", "plus", "with"), so "5-FU", "5 fu" and
 * "5fu" are the same name. When that finds nothing, the words of a name of two or more words are tried in any order
 * ("temozolomide and capecitabine" finds CAPTEM). An unknown name gets suggestions: names it begins, then the
 * closest names by edit distance.
 */
import { distance } from 'fastest-levenshtein';

export type LookupResult<T> = { found: true; entry: T } | { found: false; suggestions: string[] };

export interface Lookup<T> {
  /** The entry with this name, or up to a few known names close to it. Never throws. */
  find(query: string): LookupResult<T>;
  /** Every entry, in the order given. */
  readonly all: readonly T[];
}

/** How many names each rule suggests: names that begin with the query, then the closest by edit distance. */
const CLOSEST = 3;
/** How many names a lookup suggests at most. */
const MAX_SUGGESTIONS = 6;
/** Words that join two drug names and carry no meaning of their own ("capecitabine and temozolomide"). */
const JOINERS = new Set(['and', 'plus', 'with']);

/** The words of a name: lower case, no accents, only letters and digits, no joining words. */
function wordsOf(name: string): string[] {
  return String(name)
    .replace(/[\u2122\u00ae\u00a9]/g, ' ') // ™ ® ©
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !JOINERS.has(word));
}

/** The form in which names are compared: lower case, no accents, only letters and digits, no joining words. */
export function normaliseName(name: string): string {
  return wordsOf(name).join('');
}

/** The same words in any order ("5-FU and streptozotocin" = "streptozotocin and 5-FU"); empty for a one-word name. */
function unorderedKey(name: string): string {
  const words = wordsOf(name);
  return words.length > 1 ? [...words].sort().join(' ') : '';
}

/**
 * Builds a name index over `entries`. `namesOf` gives every name of an entry, its display name first; the first
 * entry to claim a name keeps it.
 */
export function createLookup<T>(entries: readonly T[], namesOf: (entry: T) => readonly string[]): Lookup<T> {
  const byName = new Map<string, T>();
  const byWords = new Map<string, T>();
  const named = entries.map((entry) => {
    const names = namesOf(entry)
      .map((display) => ({ display, key: normaliseName(display) }))
      .filter((n) => n.key !== '');
    for (const n of names) {
      if (!byName.has(n.key)) byName.set(n.key, entry);
      const words = unorderedKey(n.display);
      if (words !== '' && !byWords.has(words)) byWords.set(words, entry);
    }
    return { entry, names };
  });

  function suggest(key: string): string[] {
    const prefixed: { display: string; length: number }[] = [];
    const scored: { display: string; score: number; order: number }[] = [];
    named.forEach(({ names }, order) => {
      const prefix = key.length >= 2 ? names.find((n) => n.key.startsWith(key)) : undefined;
      if (prefix) prefixed.push({ display: prefix.display, length: prefix.key.length });
      let best: { display: string; score: number } | undefined;
      for (const n of names) {
        const score = distance(key, n.key);
        if (!best || score < best.score) best = { display: n.display, score };
      }
      if (best) scored.push({ ...best, order });
    });
    prefixed.sort((a, b) => a.length - b.length);
    scored.sort((a, b) => a.score - b.score || a.order - b.order);
    const out: string[] = [];
    for (const p of prefixed.slice(0, CLOSEST)) out.push(p.display);
    for (const s of scored.slice(0, CLOSEST)) if (!out.includes(s.display)) out.push(s.display);
    return out.slice(0, MAX_SUGGESTIONS);
  }

  return {
    all: entries,
    find(query: string): LookupResult<T> {
      const key = typeof query === 'string' ? normaliseName(query) : '';
      if (key === '') return { found: false, suggestions: [] };
      const entry = byName.get(key) ?? byWords.get(unorderedKey(query));
      return entry !== undefined ? { found: true, entry } : { found: false, suggestions: suggest(key) };
    },
  };
}
