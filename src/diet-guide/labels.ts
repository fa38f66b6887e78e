import dietGuideEn from '../../data/en/ui-diet-guide.json';
import { dataFor, type Locale } from '../content/locale-data.js';

/** Every word that <net-diet-guide> shows besides the content itself. */
export type DietGuideLabels = typeof dietGuideEn;

/** The diet guide's labels in `locale`. */
export function dietGuideLabels(locale: Locale): DietGuideLabels {
  return dataFor<DietGuideLabels>(locale, 'ui-diet-guide') ?? dietGuideEn;
}
