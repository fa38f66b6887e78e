/**
 * The bundled treatment options (data/en/treatments.json), typed, with lookup by any name. Checked by the content
 * tests, not at run time.
 */
import data from '../../data/en/treatments.json';
import { dataFor, type Locale } from './locale-data.js';
import { createLookup, type LookupResult } from './lookup.js';
import { TREATMENT_CATEGORIES, type Treatment, type TreatmentCategory } from './schema.js';

/** The English treatment options, from which every other locale's are translated. */
export const treatments: readonly Treatment[] = data as unknown as Treatment[];

/** The treatment options in `locale`, or in English while that locale is not loaded. */
export function treatmentsIn(locale: Locale): readonly Treatment[] {
  return dataFor<Treatment[]>(locale, 'treatments') ?? treatments;
}

const byId = new Map(treatments.map((t) => [t.id, t]));

/** Every name a reader may use for a treatment: its title, other names and its id. */
export function treatmentNames(treatment: Treatment): string[] {
  return [treatment.name, ...treatment.otherNames, treatment.id];
}

const lookup = createLookup(treatments, treatmentNames);

/** Finds a treatment by any name ("PRRT", "radiotherapy"); otherwise suggests close names. */
export function findTreatment(query: string): LookupResult<Treatment> {
  return lookup.find(query);
}

/** The treatment with this id, or undefined. */
export function getTreatment(id: string): Treatment | undefined {
  return byId.get(id);
}

/** Treatments grouped by category, in the order of TREATMENT_CATEGORIES; empty categories are left out. */
export function treatmentsByCategory(
  list: readonly Treatment[] = treatments,
): { category: TreatmentCategory; treatments: Treatment[] }[] {
  return TREATMENT_CATEGORIES.map((category) => ({ category, treatments: list.filter((t) => t.category === category) })).filter(
    (g) => g.treatments.length > 0,
  );
}
