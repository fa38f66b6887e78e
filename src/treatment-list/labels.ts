import en from '../../data/en/ui-treatment-list.json';
import { dataFor, type Locale } from '../content/locale-data.js';

/** The treatment list's own labels (data/en/ui-treatment-list.json), one table per bundled locale. */
export type TreatmentListLabels = typeof en;

/** A label with a singular and a plural form, chosen by `Intl.PluralRules`. */
export interface PluralLabel {
  one: string;
  other: string;
  [form: string]: string;
}

export function treatmentListLabels(locale: Locale): TreatmentListLabels {
  return dataFor<TreatmentListLabels>(locale, 'ui-treatment-list') ?? en;
}

/** The form of `label` that suits `count` in `locale` ("1 treatment matches", "5 treatments match"). */
export function pluralForm(label: PluralLabel, count: number, locale: Locale): string {
  const form = new Intl.PluralRules(locale).select(count);
  return label[form] ?? label.other;
}
