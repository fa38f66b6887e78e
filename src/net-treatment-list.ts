/** Registers <net-treatment-list>. Import this file (or dist/net-treatment-list.js) for its side effect. */
import { NetTreatmentList } from './treatment-list/treatment-list.js';
import { defineElement } from './shared/define.js';
// French and Spanish, loaded the first time a widget needs them (the CDN files leave this out).
import './locales/loaders.js';

export { NetTreatmentList };

defineElement('net-treatment-list', NetTreatmentList);

declare global {
  interface HTMLElementTagNameMap {
    'net-treatment-list': NetTreatmentList;
  }
}
