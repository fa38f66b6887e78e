/**
 * The bundled drugs and combinations (data/en/drugs.json), typed, with lookup by any name. Imports no other content,
 * so a page that shows only a drug card never loads the treatment list or the diet guide. The data is checked by the
 * content tests, not at run time.
 */
import data from '../../data/en/drugs.json';
import { createLookup, type LookupResult } from './lookup.js';
import type { Drug } from './schema.js';

export const drugs: readonly Drug[] = data as unknown as Drug[];

const byId = new Map(drugs.map((d) => [d.id, d]));

/**
 * Every name a reader may use for a drug: its title, brand names, other names and spellings, names the sources use in
 * more than one way, and its id.
 */
export function drugNames(drug: Drug): string[] {
  return [drug.name, ...drug.brandNames, ...drug.otherNames, ...(drug.ambiguousNames ?? []).map((n) => n.name), drug.id];
}

const lookup = createLookup(drugs, drugNames);

/** Finds a drug or combination by any name ("Afinitor", "5-FU", "CAPTEM"); otherwise suggests close names. */
export function findDrug(query: string): LookupResult<Drug> {
  return lookup.find(query);
}

/** The drug with this id, or undefined. */
export function getDrug(id: string): Drug | undefined {
  return byId.get(id);
}

/** The combinations that include the drug with this id (derived from their `components`). */
export function combinationsContaining(id: string): Drug[] {
  return drugs.filter((d) => d.components?.includes(id) ?? false);
}
