import { provide, type Locale } from '../content/locale-data.js';

/** All the files of one locale, as src/locales/<locale>.ts imports them. */
export interface LocaleFiles {
  drugs: unknown;
  treatments: unknown;
  diet: unknown;
  sources: unknown;
  common: unknown;
  drugCard: unknown;
  treatmentList: unknown;
  dietGuide: unknown;
  questions: unknown;
  naming: unknown;
}

/** Provides every file of a locale; the labels last, since they mark the locale as ready. */
export function provideLocale(locale: Locale, files: LocaleFiles): void {
  provide(locale, 'drugs', files.drugs);
  provide(locale, 'treatments', files.treatments);
  provide(locale, 'diet', files.diet);
  provide(locale, 'sources', files.sources);
  provide(locale, 'naming', files.naming);
  provide(locale, 'ui-drug-card', files.drugCard);
  provide(locale, 'ui-treatment-list', files.treatmentList);
  provide(locale, 'ui-diet-guide', files.dietGuide);
  provide(locale, 'ui-questions', files.questions);
  provide(locale, 'ui-common', files.common);
}
