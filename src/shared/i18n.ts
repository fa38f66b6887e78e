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

/**
 * A date like 2027-11-24 in the reader's words ("24 November 2027" in the English content's UK house style), from the
 * locale's `dateFormat` and `months` labels, read as a calendar date so it never shifts a day. Not Intl.DateTimeFormat:
 * the first one a page builds costs about 25 ms (the benchmark's profile of a drug card's first render), more than the
 * rest of that render. A text that is not a real date is shown as it is.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return isoDate;
  const labels = common[locale];
  return format(labels.dateFormat, { day, month: labels.months[month - 1]!, year });
}
