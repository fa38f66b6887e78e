/** dist/cdn/net-widgets.fr.js: every widget, with the English and the French content (no other request). */
import '../index.js';
import '../locales/fr.js';
