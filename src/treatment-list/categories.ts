import { TREATMENT_CATEGORIES, type TreatmentCategory } from '../content/schema.js';
import { parseListAttribute } from '../shared/list-attribute.js';

export interface CategoriesResult {
  /** The categories to show, in the list's own order (TREATMENT_CATEGORIES), each once. */
  categories: readonly TreatmentCategory[];
  /** Ids that name no category, as written (the list warns the site owner and leaves them out). */
  unknown: string[];
}

/**
 * Reads the `categories` attribute (see `parseListAttribute`). Empty or missing, or naming no known category, means
 * every category.
 */
export function parseCategories(value: string | null | undefined): CategoriesResult {
  const { values, unknown } = parseListAttribute(value, TREATMENT_CATEGORIES, 'known');
  return { categories: values, unknown };
}
