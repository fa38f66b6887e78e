/** Registers <net-treatment-list>. Import this file (or dist/net-treatment-list.js) for its side effect. */
import { NetTreatmentList } from './treatment-list/treatment-list.js';
import { defineElement } from './shared/define.js';
import { registerDrugCardLoader } from './shared/drug-cards.js';
// French and Spanish, loaded the first time a widget needs them (the CDN files leave this out).
import './locales/loaders.js';

export { NetTreatmentList };

defineElement('net-treatment-list', NetTreatmentList);
// The list opens a medicine's card in place: loaded on first use, so a page that never opens one does not pay for it
// (the single-file CDN builds inline it anyway).
registerDrugCardLoader(() => import('./net-drug-card.js'));

declare global {
  interface HTMLElementTagNameMap {
    'net-treatment-list': NetTreatmentList;
  }
}
