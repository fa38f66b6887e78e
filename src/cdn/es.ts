/** dist/cdn/net-widgets.es.js: every widget, with the English and the Spanish content (no other request). */
import '../index.js';
import '../locales/es.js';
