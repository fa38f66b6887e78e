import drugCardEn from '../../data/en/ui-drug-card.json';
import { dataFor, type Locale } from '../content/locale-data.js';

/** The words <net-drug-card> shows besides the content itself (headings, buttons, messages). */
export type DrugCardLabels = typeof drugCardEn;

/** The drug card's labels in `locale`. */
export function drugCardLabels(locale: Locale): DrugCardLabels {
  return dataFor<DrugCardLabels>(locale, 'ui-drug-card') ?? drugCardEn;
}

/** Joins names as the locale writes a list: "A, B or C" (`or`) or "A, B and C" (`and`). */
export function joinNames(names: readonly string[], type: 'or' | 'and', labels: DrugCardLabels): string {
  const format = new Intl.ListFormat(labels.listLocale, { type: type === 'or' ? 'disjunction' : 'conjunction' });
  return format.format(names);
}
