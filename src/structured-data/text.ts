import type { HowGiven, Section } from '../content/schema.js';

/**
 * The words of a section as one plain string for a search engine: its text, then its items. Nothing for a section
 * that the sources do not cover (`silent`), so structured data never states more than the widget shows.
 */
export function sectionText(section: Section | HowGiven | undefined): string | undefined {
  if (!section || section.silent) return undefined;
  const items = 'items' in section ? (section.items ?? []) : [];
  const words = [section.text, ...items].filter((s): s is string => Boolean(s && s.trim()));
  return words.length ? words.join(' ') : undefined;
}

/** The items of a section (side effects, say), or none when the sources do not cover it. */
export function sectionItems(section: Section | undefined): string[] {
  if (!section || section.silent) return [];
  return [...(section.items ?? [])];
}

/** Distinct, non-empty names in their first order, without `except` (the entry's own name). */
export function distinctNames(names: readonly string[], except?: string): string[] {
  const seen = new Set(except ? [except.toLowerCase()] : []);
  return names.filter((n) => {
    const key = n.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Drops keys whose value is undefined or an empty list, so the JSON-LD carries only what is known. */
export function compact<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}
