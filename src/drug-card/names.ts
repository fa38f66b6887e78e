/** Which of a drug's names a reader used to look it up, so the card can say "Afinitor is a brand name of everolimus". */
import { normaliseName } from '../content/lookup.js';
import type { AmbiguousName, Drug } from '../content/schema.js';

export type NameUsed =
  | {
      kind: 'brand' | 'other';
      /** The name as the content spells it (not as typed). */
      name: string;
    }
  | {
      /** A name the sources use in more than one way: the card shows its note. */
      kind: 'ambiguous';
      name: string;
      note: AmbiguousName;
    };

/** The brand or other name that `query` matches, or null when it is the drug's own name or id (or no name at all). */
export function nameUsed(drug: Drug, query: string): NameUsed | null {
  const key = normaliseName(query);
  const is = (name: string) => normaliseName(name) === key;
  if (key === '' || is(drug.name) || is(drug.id)) return null;
  const ambiguous = drug.ambiguousNames?.find((n) => is(n.name));
  if (ambiguous) return { kind: 'ambiguous', name: ambiguous.name, note: ambiguous };
  const brand = drug.brandNames.find(is);
  if (brand) return { kind: 'brand', name: brand };
  const other = drug.otherNames.find(is);
  if (other) return { kind: 'other', name: other };
  return null;
}
