/**
 * The drugs and combinations (data/<locale>/drugs.json), typed, with lookup by any name, in each locale. Imports no
 * other content, so a page that shows only a drug card never loads the treatment list or the diet guide. The data is
 * checked by the content tests, not at run time.
 */
import data from '../../data/en/drugs.json';
import { dataFor, isLocaleReady, type Locale } from './locale-data.js';
import { createLookup, type LookupResult } from './lookup.js';
import type { Drug } from './schema.js';

/** The English drugs, from which every other locale's are translated. */
export const drugs: readonly Drug[] = data as unknown as Drug[];

const englishById = new Map(drugs.map((d) => [d.id, d]));

/**
 * Every name a reader may use for a drug: its title, brand names, other names and spellings, names the sources use in
 * more than one way, and its id.
 */
export function drugNames(drug: Drug): string[] {
  return [drug.name, ...drug.brandNames, ...drug.otherNames, ...(drug.ambiguousNames ?? []).map((n) => n.name), drug.id];
}

/** The drugs of one locale, with lookup by any name the locale or English uses for them. */
export interface DrugCatalog {
  readonly locale: Locale;
  readonly drugs: readonly Drug[];
  find(query: string): LookupResult<Drug>;
  get(id: string): Drug | undefined;
  /** The combinations that include the drug with this id (derived from their `components`). */
  combinationsContaining(id: string): Drug[];
}

/**
 * A catalogue over `entries`: each is found by its own names, by its English entry's names, and by any names a host
 * added to it (`addedNames`, by id: see `AddedNamesSchema`).
 */
export function catalogueOf(locale: Locale, entries: readonly Drug[], addedNames: ReadonlyMap<string, readonly string[]> = new Map()): DrugCatalog {
  const byId = new Map(entries.map((d) => [d.id, d]));
  const names = (d: Drug) => {
    const english = englishById.get(d.id);
    const own = english && english !== d ? [...drugNames(d), ...drugNames(english)] : drugNames(d);
    return [...own, ...(addedNames.get(d.id) ?? [])];
  };
  const lookup = createLookup(entries, names);
  return {
    locale,
    drugs: entries,
    find: (query) => lookup.find(query),
    get: (id) => byId.get(id),
    combinationsContaining: (id) => entries.filter((d) => d.components?.includes(id) ?? false),
  };
}

const catalogues = new Map<Locale, DrugCatalog>();

/** The drugs in `locale`, or in English while that locale is not loaded. */
export function drugCatalogue(locale: Locale): DrugCatalog {
  const shown: Locale = isLocaleReady(locale) ? locale : 'en';
  let catalogue = catalogues.get(shown);
  if (!catalogue) {
    catalogue = catalogueOf(shown, shown === 'en' ? drugs : (dataFor<Drug[]>(shown, 'drugs') ?? drugs));
    catalogues.set(shown, catalogue);
  }
  return catalogue;
}

/** The English drug with this id, or undefined. */
export function getDrug(id: string): Drug | undefined {
  return englishById.get(id);
}

/** The English combinations that include the drug with this id. */
export function combinationsContaining(id: string): Drug[] {
  return drugCatalogue('en').combinationsContaining(id);
}
