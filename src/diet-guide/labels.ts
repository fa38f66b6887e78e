import dietGuideEn from '../../data/en/ui-diet-guide.json';
import type { Locale } from '../shared/i18n.js';

/** Every word that <net-diet-guide> shows besides the content itself. */
export type DietGuideLabels = typeof dietGuideEn;

const labels: Record<Locale, DietGuideLabels> = { en: dietGuideEn };

/** The diet guide's labels in `locale`. */
export function dietGuideLabels(locale: Locale): DietGuideLabels {
  return labels[locale];
}
