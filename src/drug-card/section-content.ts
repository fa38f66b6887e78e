/**
 * What each section of a card holds for one drug: whether it has anything to show, and which sources it cites (for
 * the footer). Plain functions, no templates.
 */
import type { Drug, Source } from '../content/schema.js';
import { citedIds, sourcesFor } from '../content/cited.js';
import type { Locale } from '../content/locale-data.js';
import type { Catalogue } from './catalogue.js';
import type { SectionKey } from './sections.js';

/** The sections shown for each drug inside a combination (opened in place). */
export const COMPONENT_KEYS: readonly SectionKey[] = ['about', 'how-given', 'uses', 'side-effects', 'tips'];

/** The drugs in a combination, in the order it lists them (ids the catalogue does not know are left out). */
export function componentsOf(drug: Drug, catalogue: Catalogue): Drug[] {
  return (drug.components ?? []).map((id) => catalogue.get(id)).filter((d): d is Drug => d !== undefined);
}

/** True when section `key` has something to show for `drug`. Core sections always do (if only "ask your care team"). */
export function hasSection(drug: Drug, key: SectionKey, catalogue: Catalogue): boolean {
  switch (key) {
    case 'tips':
      return drug.tips !== undefined;
    case 'components':
      return componentsOf(drug, catalogue).length > 0;
    case 'combinations':
      return catalogue.combinationsContaining(drug.id).length > 0;
    case 'notes':
      return (drug.notes?.length ?? 0) > 0;
    default:
      return true;
  }
}

/** The sections in `keys` that `drug` has, in that order. */
export function shownSections(drug: Drug, keys: readonly SectionKey[], catalogue: Catalogue): SectionKey[] {
  return keys.filter((key) => hasSection(drug, key, catalogue));
}

/** The source ids that section `key` cites for `drug`. */
export function sectionSourceIds(drug: Drug, key: SectionKey, catalogue: Catalogue): string[] {
  const se = drug.sideEffects;
  switch (key) {
    case 'about':
      return citedIds(drug.drugClass, drug.about);
    case 'how-given':
      return citedIds(drug.howGiven);
    case 'uses':
      return citedIds(drug.uses);
    case 'side-effects':
      return citedIds(se.common, se.other, se.serious, se.whatToDo);
    case 'tips':
      return citedIds(drug.tips);
    case 'components':
      return componentsOf(drug, catalogue).flatMap((c) => citedSourceIds(c, COMPONENT_KEYS, catalogue));
    case 'combinations':
      return [];
    case 'notes':
      return citedIds(...(drug.notes ?? []));
  }
}

/** The source ids cited by the sections of `drug` that are shown, each once, in order of first citation. */
export function citedSourceIds(drug: Drug, keys: readonly SectionKey[], catalogue: Catalogue): string[] {
  const ids = shownSections(drug, keys, catalogue).flatMap((key) => sectionSourceIds(drug, key, catalogue));
  return [...new Set(ids)];
}

/** The sources to list in the footer for the shown sections of `drug`. */
export function footerSources(drug: Drug, keys: readonly SectionKey[], catalogue: Catalogue, locale: Locale = 'en'): Source[] {
  return sourcesFor(drug, citedSourceIds(drug, keys, catalogue), locale);
}
