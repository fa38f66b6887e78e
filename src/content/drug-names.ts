/**
 * The medicines' display names by id, in each locale, for widgets that name a medicine without showing its card (the
 * diet guide's "help with symptoms"). A names-only table: the build (scripts/runtime-json.mjs) gives this module the
 * id and name of each drug, not the whole of data/en/drugs.json, so a page with only the diet guide does not carry the
 * drug cards' content. (Where nothing trims the JSON, in the tests and Storybook, the same code reads the full file.)
 */
import data from '../../data/en/drugs.json';
import { dataFor, type Locale } from './locale-data.js';

interface Named {
  readonly id: string;
  readonly name: string;
}

const english = new Map((data as readonly Named[]).map((d) => [d.id, d.name]));

/** The name of the medicine with this id in `locale` (English while that locale is not loaded), or undefined. */
export function drugNameOf(id: string, locale: Locale = 'en'): string | undefined {
  const translated = locale === 'en' ? undefined : dataFor<readonly Named[]>(locale, 'drugs')?.find((d) => d.id === id);
  return translated?.name ?? english.get(id);
}
