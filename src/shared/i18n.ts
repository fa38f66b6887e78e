import commonEn from '../../data/en/ui-common.json';
import { pickLocale } from './lang.js';

/** Locales whose content and labels are bundled. */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];

export type CommonLabels = typeof commonEn;

const common: Record<Locale, CommonLabels> = { en: commonEn };

/** The bundled locale that serves `lang`, falling back to English. */
export function localeFor(lang: string): Locale {
  return pickLocale(lang, LOCALES);
}

/** Labels shared by every widget, in `locale`. */
export function commonLabels(locale: Locale): CommonLabels {
  return common[locale];
}

/** Fills `{name}` placeholders in a label. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** How each locale writes dates: the English content follows UK house style ("24 November 2027"). */
const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB' };

/** One date formatter per locale: building an Intl.DateTimeFormat is slow (the benchmark saw ~15 ms for the first). */
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A date like 2027-11-24 in the reader's words, read in UTC so it never shifts a day. */
export function formatDate(isoDate: string, locale: Locale): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  let formatter = dateFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(DATE_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, formatter);
  }
  return formatter.format(date);
}
