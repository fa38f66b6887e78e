/** Registers <net-drug-card>. Import this file (or dist/net-drug-card.js) for its side effect. */
import { NetDrugCard } from './drug-card/drug-card.js';
import { defineElement } from './shared/define.js';
// French and Spanish, loaded the first time a widget needs them (the CDN files leave this out).
import './locales/loaders.js';

export { NetDrugCard };

defineElement('net-drug-card', NetDrugCard);

declare global {
  interface HTMLElementTagNameMap {
    'net-drug-card': NetDrugCard;
  }
}
