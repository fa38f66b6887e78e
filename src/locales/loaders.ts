/**
 * The npm build's way to French and Spanish: each locale is a chunk loaded the first time a widget needs it, so a page
 * in English never downloads them. (The CDN files leave this module out; net-widgets.fr.js and net-widgets.es.js
 * carry their locale instead.)
 */
import { registerLocaleLoader } from '../content/locale-data.js';

registerLocaleLoader('fr', () => import('./fr.js'));
registerLocaleLoader('es', () => import('./es.js'));
