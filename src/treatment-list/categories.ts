import { TREATMENT_CATEGORIES, type TreatmentCategory } from '../content/schema.js';
import { parseListAttribute } from '../shared/list-attribute.js';

export type CategoriesResult =
  | { ok: true; categories: readonly TreatmentCategory[] }
  | { ok: false; unknown: string[] };

/**
 * Reads the `categories` attribute (see `parseListAttribute`). Empty or missing means every category. The result
 * keeps the list's own order (TREATMENT_CATEGORIES), each category once.
 */
export function parseCategories(value: string | null | undefined): CategoriesResult {
  const { values, unknown } = parseListAttribute(value, TREATMENT_CATEGORIES, 'known');
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, categories: values };
}
