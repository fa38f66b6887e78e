/** Registers <net-treatment-list>. Import this file (or dist/net-treatment-list.js) for its side effect. */
import { NetTreatmentList } from './treatment-list/treatment-list.js';
import { defineElement } from './shared/define.js';

export { NetTreatmentList };

defineElement('net-treatment-list', NetTreatmentList);

declare global {
  interface HTMLElementTagNameMap {
    'net-treatment-list': NetTreatmentList;
  }
}
