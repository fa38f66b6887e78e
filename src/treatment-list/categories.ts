import { TREATMENT_CATEGORIES, type TreatmentCategory } from '../content/schema.js';

export type CategoriesResult =
  | { ok: true; categories: readonly TreatmentCategory[] }
  | { ok: false; unknown: string[] };

function isCategory(value: string): value is TreatmentCategory {
  return (TREATMENT_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Reads the `categories` attribute: category ids separated by commas (or spaces), in any order. Empty or missing
 * means every category. The result keeps the list's own order (TREATMENT_CATEGORIES), each category once.
 */
export function parseCategories(value: string | null | undefined): CategoriesResult {
  const names = String(value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  if (names.length === 0) return { ok: true, categories: TREATMENT_CATEGORIES };
  const unknown = [...new Set(names.filter((n) => !isCategory(n)))];
  if (unknown.length > 0) return { ok: false, unknown };
  return { ok: true, categories: TREATMENT_CATEGORIES.filter((c) => names.includes(c)) };
}
