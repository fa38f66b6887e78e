/** Registers <net-diet-guide>. Import this file (or dist/net-diet-guide.js) for its side effect. */
import { NetDietGuide } from './diet-guide/diet-guide.js';
import { defineElement } from './shared/define.js';
// French and Spanish, loaded the first time a widget needs them (the CDN files leave this out).
import './locales/loaders.js';

export { NetDietGuide };

defineElement('net-diet-guide', NetDietGuide);

declare global {
  interface HTMLElementTagNameMap {
    'net-diet-guide': NetDietGuide;
  }
}
