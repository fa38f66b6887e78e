/**
 * `net-widgets/ssr`: the widgets as server-rendered HTML, for pages and CMSs that run no JavaScript, and for a first
 * paint that does not wait for it. Node only.
 *
 * ```js
 * import { renderWidget } from 'net-widgets/ssr';
 * const snippet = renderWidget('net-drug-card', { drug: 'everolimus' });
 * ```
 *
 * Every language is here, so `renderWidget('net-drug-card', { drug: 'everolimus', lang: 'fr' })` renders the French
 * card; a page that hydrates it must load the same language (dist/cdn/net-widgets.fr.js, or the npm build).
 */
import '../locales/fr.js';
import '../locales/es.js';

export {
  renderWidget,
  renderSnippet,
  staticAttributes,
  widgetStylesheet,
  widgetLightStylesheet,
  defaultIdPrefix,
  isWidgetTag,
  WIDGET_TAGS,
  type WidgetTag,
  type WidgetAttributes,
  type RenderOptions,
  type RenderedWidget,
} from './render.js';
export { bundledEntries, type BundledEntry } from './entries.js';
