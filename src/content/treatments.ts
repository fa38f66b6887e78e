/**
 * The bundled treatment options (data/en/treatments.json), typed. Checked by the content tests, not at run time.
 */
import data from '../../data/en/treatments.json';
import { dataFor, type Locale } from './locale-data.js';
import type { Treatment } from './schema.js';

/** The English treatment options, from which every other locale's are translated. */
export const treatments: readonly Treatment[] = data as unknown as Treatment[];

/** The treatment options in `locale`, or in English while that locale is not loaded. */
export function treatmentsIn(locale: Locale): readonly Treatment[] {
  return dataFor<Treatment[]>(locale, 'treatments') ?? treatments;
}

/** Every name a reader may use for a treatment: its title, other names and its id. */
export function treatmentNames(treatment: Treatment): string[] {
  return [treatment.name, ...treatment.otherNames, treatment.id];
}

