/**
 * `net-widgets/ssr`: the widgets as server-rendered HTML, for pages and CMSs that run no JavaScript, and for a first
 * paint that does not wait for it. Node only.
 *
 * ```js
 * import { renderWidget } from 'net-widgets/ssr';
 * const snippet = renderWidget('net-drug-card', { drug: 'everolimus' });
 * ```
 */
export {
  renderWidget,
  renderSnippet,
  staticAttributes,
  widgetStylesheet,
  isWidgetTag,
  WIDGET_TAGS,
  type WidgetTag,
  type WidgetAttributes,
  type RenderOptions,
  type RenderedWidget,
} from './render.js';
export { bundledEntries, type BundledEntry } from './entries.js';
