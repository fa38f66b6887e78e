/**
 * The one grammar of the widgets' list attributes (`sections`, `groups`, `categories`): values separated by commas
 * or spaces, in any case, each counted once. Empty or unset means every value, and so does a list with no known value.
 * A value that is not known is kept as written, so that the widget's warning can name it.
 */
export interface ParsedList<T extends string> {
  /** The values to use: in the order written (`order: 'written'`) or in the order of `known` (`order: 'known'`). */
  values: T[];
  /** Values that are not in `known`, as written, each once. */
  unknown: string[];
}

export function parseListAttribute<T extends string>(
  value: string | null | undefined,
  known: readonly T[],
  order: 'written' | 'known',
): ParsedList<T> {
  const words = String(value ?? '')
    .split(/[\s,]+/)
    .filter((w) => w !== '');
  if (words.length === 0) return { values: [...known], unknown: [] };
  const byKey = new Map(known.map((k) => [k.toLowerCase(), k]));
  const written: T[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const match = byKey.get(word.toLowerCase());
    if (match === undefined) {
      if (!unknown.includes(word)) unknown.push(word);
    } else if (!written.includes(match)) {
      written.push(match);
    }
  }
  // Nothing known (only misspellings, say): every value, as if unset, so that a typo never hides the widget's content.
  if (written.length === 0) return { values: [...known], unknown };
  return { values: order === 'written' ? written : known.filter((k) => written.includes(k)), unknown };
}
