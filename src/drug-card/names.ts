/** Which of a drug's names a reader used to look it up, so the card can say "Afinitor is a brand name of everolimus". */
import { normaliseName } from '../content/lookup.js';
import type { Drug } from '../content/schema.js';

export interface NameUsed {
  kind: 'brand' | 'other';
  /** The name as the content spells it (not as typed). */
  name: string;
}

/** The brand or other name that `query` matches, or null when it is the drug's own name or id (or no name at all). */
export function nameUsed(drug: Drug, query: string): NameUsed | null {
  const key = normaliseName(query);
  if (key === '' || key === normaliseName(drug.name) || key === normaliseName(drug.id)) return null;
  const brand = drug.brandNames.find((n) => normaliseName(n) === key);
  if (brand) return { kind: 'brand', name: brand };
  const other = drug.otherNames.find((n) => normaliseName(n) === key);
  if (other) return { kind: 'other', name: other };
  return null;
}
