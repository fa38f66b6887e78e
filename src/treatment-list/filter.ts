import type { TreatmentCategory } from '../content/schema.js';
import type { ListModel } from './model.js';
import { searchIndex } from './search.js';

/** What the reader sees after searching and filtering. */
export interface FilterResult {
  /** One byte per entry of the model (by `ListEntry.index`): 1 when shown. */
  readonly shown: Uint8Array;
  /** How many entries are shown. */
  readonly count: number;
  /** How many entries each category shows (categories with none are absent). */
  readonly perCategory: ReadonlyMap<TreatmentCategory, number>;
}

/**
 * Applies a search query and a set of category filters (empty: every category) to the model. Linear in the entries
 * plus the index rows the query's words begin; builds no strings.
 */
export function filterModel(model: ListModel, query: string, filters: ReadonlySet<TreatmentCategory>): FilterResult {
  const matches = searchIndex(model.index, query);
  const shown = matches ?? new Uint8Array(model.entries.length).fill(1);
  const perCategory = new Map<TreatmentCategory, number>();
  let count = 0;
  for (const group of model.groups) {
    const allowed = filters.size === 0 || filters.has(group.category);
    let inGroup = 0;
    for (const entry of group.entries) {
      if (!allowed) shown[entry.index] = 0;
      else if (shown[entry.index]) inGroup++;
    }
    if (inGroup > 0) perCategory.set(group.category, inGroup);
    count += inGroup;
  }
  return { shown, count, perCategory };
}
