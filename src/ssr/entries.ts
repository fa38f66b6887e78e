import { diet } from '../content/diet.js';
import { drugs } from '../content/drugs.js';
import { treatments } from '../content/treatments.js';
import { TREATMENT_CATEGORIES } from '../content/schema.js';
import type { WidgetAttributes, WidgetTag } from './render.js';

/** One bundled entry: the file it is written to (dist/html/<tag>/<name>.html) and the attributes that show it. */
export interface BundledEntry {
  readonly tag: WidgetTag;
  readonly name: string;
  readonly attrs: WidgetAttributes;
}

/**
 * Every bundled entry, as `npm run build` writes it to dist/html/: a drug card per drug and combination (by id);
 * the treatment list whole and one per category; the diet guide whole, as its checklist, and one per food group; the
 * questions widget (empty, with the general list: a reader's questions live in their browser).
 */
export function bundledEntries(): BundledEntry[] {
  const categories = TREATMENT_CATEGORIES.filter((c) => treatments.some((t) => t.category === c));
  return [
    ...drugs.map((d) => ({ tag: 'net-drug-card' as const, name: d.id, attrs: { drug: d.id } })),
    { tag: 'net-treatment-list', name: 'default', attrs: {} },
    ...categories.map((c) => ({ tag: 'net-treatment-list' as const, name: c, attrs: { categories: c } })),
    { tag: 'net-diet-guide', name: 'default', attrs: {} },
    { tag: 'net-diet-guide', name: 'checklist', attrs: { variant: 'checklist' } },
    ...diet.groups.map((g) => ({ tag: 'net-diet-guide' as const, name: g.id, attrs: { groups: g.id } })),
    { tag: 'net-questions', name: 'default', attrs: {} },
  ];
}
