import en from '../../data/en/ui-treatment-list.json';
import type { Locale } from '../shared/i18n.js';

/** The treatment list's own labels (data/en/ui-treatment-list.json), one table per bundled locale. */
export type TreatmentListLabels = typeof en;

/** A label with a singular and a plural form, chosen by `Intl.PluralRules`. */
export interface PluralLabel {
  one: string;
  other: string;
  [form: string]: string;
}

const tables: Record<Locale, TreatmentListLabels> = { en };

export function treatmentListLabels(locale: Locale): TreatmentListLabels {
  return tables[locale];
}

/** The form of `label` that suits `count` in `locale` ("1 treatment matches", "5 treatments match"). */
export function pluralForm(label: PluralLabel, count: number, locale: Locale): string {
  const form = new Intl.PluralRules(locale).select(count);
  return label[form] ?? label.other;
}
