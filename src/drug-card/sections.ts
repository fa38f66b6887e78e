/**
 * The sections a drug card can show, and the `sections` attribute that picks which and in what order.
 */
import { parseListAttribute } from '../shared/list-attribute.js';

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

/**
 * Reads a `sections` attribute (see `parseListAttribute`): the sections in the order written; empty or unset means
 * every section in the default order.
 */
export function parseSections(value: string | null | undefined): ParsedSections {
  const { values, unknown } = parseListAttribute(value, SECTION_KEYS, 'written');
  return { keys: values, unknown };
}
