import commonEn from '../../data/en/ui-common.json';
import { dataFor, LOCALES, type Locale } from '../content/locale-data.js';
import { pickLocale } from './lang.js';

export { LOCALES, type Locale };

export type CommonLabels = typeof commonEn;

const noted = new Set<string>();

/**
 * The locale that serves `lang` ("fr-CA" is served by fr, "es-US" by es), else English, with one console note per
 * language the content is not written in.
 */
export function localeFor(lang: string): Locale {
  const locale = pickLocale(lang, LOCALES);
  const base = lang.toLowerCase().split('-')[0]!;
  if (locale === 'en' && base !== 'en' && base !== '' && !noted.has(base)) {
    noted.add(base);
    console.info(`net-widgets: there is no content in "${lang}" yet, so it is shown in English (available: ${LOCALES.join(', ')})`);
  }
  return locale;
}

/** Labels shared by every widget, in `locale` (English while that locale is not loaded). */
export function commonLabels(locale: Locale): CommonLabels {
  return dataFor<CommonLabels>(locale, 'ui-common') ?? commonEn;
}

/** Quotes a word or title as the locale does: “this” in English, « ceci » in French, «esto» in Spanish. */
export function quote(text: string, labels: CommonLabels): string {
  return format(labels.quoted, { text });
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
  const labels = commonLabels(locale);
  const dayText = day === 1 && 'firstDay' in labels ? String((labels as { firstDay: string }).firstDay) : day;
  return format(labels.dateFormat, { day: dayText, month: labels.months[month - 1]!, year });
}
