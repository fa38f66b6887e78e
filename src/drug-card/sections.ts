/**
 * The sections a drug card can show, and the `sections` attribute that picks which and in what order.
 */

/** Every section key, in the default order. */
export const SECTION_KEYS = [
  'about',
  'how-given',
  'uses',
  'side-effects',
  'tips',
  'components',
  'combinations',
  'notes',
] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

export interface ParsedSections {
  /** The sections to show, in order, each once. */
  keys: SectionKey[];
  /** Keys in the attribute that are not section keys, as written. */
  unknown: string[];
}

function isSectionKey(key: string): key is SectionKey {
  return (SECTION_KEYS as readonly string[]).includes(key);
}

/**
 * Reads a `sections` attribute: comma-separated keys, any case, spaces ignored. Empty or unset means every section
 * in the default order. Repeated keys count once, at their first place.
 */
export function parseSections(value: string | null | undefined): ParsedSections {
  const words = (value ?? '')
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '');
  if (words.length === 0) return { keys: [...SECTION_KEYS], unknown: [] };
  const keys: SectionKey[] = [];
  const unknown: string[] = [];
  for (const word of words) {
    const key = word.toLowerCase();
    if (isSectionKey(key)) {
      if (!keys.includes(key)) keys.push(key);
    } else if (!unknown.includes(word)) {
      unknown.push(word);
    }
  }
  return { keys, unknown };
}
