/**
 * Find an entry by any of its names: "Afinitor" finds everolimus, "5 fu" finds fluorouracil, "temozolomide and
 * capecitabine" finds CAPTEM, "diphenoxylate" finds diphenoxylate-atropine (see `createMatcher` in match.ts for the
 * rules). An unknown name gets "did you mean" suggestions only when a name is a few letters away or begins with it;
 * otherwise none.
 */
import { createMatcher, normaliseName } from './match.js';

export { normaliseName };

export type LookupResult<T> = { found: true; entry: T } | { found: false; suggestions: string[] };

export interface Lookup<T> {
  /** The entry with this name, or up to a few known names close to it. Never throws. */
  find(query: string): LookupResult<T>;
  /** Every entry, in the order given. */
  readonly all: readonly T[];
}

/**
 * Builds a name index over `entries`. `namesOf` gives every name of an entry, its display name first; when two entries
 * share a name, the first one keeps it.
 */
export function createLookup<T>(entries: readonly T[], namesOf: (entry: T) => readonly string[]): Lookup<T> {
  const matcher = createMatcher(entries, namesOf, { firstWords: true });
  return {
    all: entries,
    find(query: string): LookupResult<T> {
      const q = typeof query === 'string' ? query : '';
      const match = matcher.match(q);
      return match ? { found: true, entry: match.hits[0]!.entry } : { found: false, suggestions: matcher.suggest(q) };
    },
  };
}
