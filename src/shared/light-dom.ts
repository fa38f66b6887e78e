/**
 * Light-DOM mode (`light-dom`, issue 29): a widget renders its content into its own children instead of a shadow
 * root, so that tools that walk only the page's DOM (reader views, page translators, read-aloud and reading toolbars)
 * see every word. Three things that shadow DOM gave for free are rebuilt here:
 *
 * - **Styles stay the widget's own.** The widget's shadow stylesheet is turned into one scoped stylesheet
 *   (`lightStylesheet`): `@scope (net-drug-card[light-dom]) to (<any widget inside>)`, with `:host` as `:scope` and
 *   `::slotted(x)` as the host content moved into the widget. Before the widget's own rules comes a reset
 *   (`all: revert` on every element inside, SVG excepted) that undoes the host page's rules on elements (`button
 *   { all: unset }`, `* { text-transform: uppercase }`): it has an element's specificity and, being scoped, wins over an
 *   unscoped host rule of the same specificity. Host rules more specific than one element (`.cms p`, an id, `!important`)
 *   still reach in: the Theming and Light DOM guides (stories/guides/) say so. The sheet is adopted on the widget's
 *   document (or shadow root) as a constructable stylesheet, which a strict CSP allows and which needs no request; a
 *   page links `net-widgets.light.css` for server-rendered light snippets (or each snippet links `<tag>.light.css`).
 * - **Ids are unique per instance.** In light DOM two widgets (or a host element) could share an id and break a label;
 *   every id a template renders goes through `uid()`, which prefixes it with the instance's own prefix while it renders
 *   (none in shadow DOM, so nothing changes there).
 * - **Slots.** Host content meant for a slot (`<p slot="contact">`) is moved into a placeholder where the slot would
 *   be (`slotted()`), and put back at the host's end when the placeholder goes; the host's other children (the fallback
 *   link shown before the script runs, the child JSON script) are hidden, as a shadow root without a default slot hides
 *   them.
 */
import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import { WIDGET_SELECTOR, WIDGET_TAGS as TAGS } from './widgets.js';

/** The class every widget's root element carries (`renderView` and the problem state). */
export const ROOT_CLASS = 'base';

/** What a template needs to know while it renders: the id prefix, whether it renders in light DOM, the slots used. */
interface RenderContext {
  readonly prefix: string;
  readonly light: boolean;
  /** The names of the slots the host has content for (light DOM only). */
  readonly filled: ReadonlySet<string>;
}

const SHADOW: RenderContext = { prefix: '', light: false, filled: new Set() };
let context: RenderContext = SHADOW;

/** Runs `render` (a widget's update, or a server render) with `ctx` as what `uid()` and `slotted()` read. */
export function renderingWith<T>(ctx: RenderContext, render: () => T): T {
  const before = context;
  context = ctx;
  try {
    return render();
  } finally {
    context = before;
  }
}

/** An id a template renders, unique per widget instance in light DOM (`nl3-title`), as written in shadow DOM. */
export function uid(name: string): string {
  return context.prefix + name;
}

/** True while a widget renders into its own light DOM. */
export function renderingLight(): boolean {
  return context.light;
}

/**
 * A named slot: `<slot name="contact">fallback</slot>` in shadow DOM; in light DOM, the fallback when the host gave
 * nothing for it, or else a placeholder (`display: contents`, like a slot) that the host's nodes are moved into after
 * each render (see `projectSlots`).
 */
export function slotted(name: string, fallback: unknown = nothing, onChange?: (event: Event) => void): TemplateResult {
  if (!context.light) return html`<slot name=${name} @slotchange=${onChange}>${fallback}</slot>`;
  return context.filled.has(name) ? html`<span class="net-slot" data-net-slot=${name}></span>` : html`${fallback}`;
}

const SEQUENCE = Symbol.for('net-widgets.light-ids');
type Counted = typeof globalThis & { [SEQUENCE]?: number };

/** How a widget's id prefixes begin: `n` and the widget's letter (`nd` for a drug card), in the browser and on a server. */
export const idPrefixStart = (tag: string): string => `n${tag.charAt(4)}`;

/**
 * A new id prefix for a widget instance: `nd1-` for the first drug card, `nl2-` for a list; one counter for the page,
 * shared by two copies of the bundle (a global symbol), checked against the ids the page already has.
 */
export function newIdPrefix(tag: string): string {
  const short = idPrefixStart(tag);
  const g = globalThis as Counted;
  for (;;) {
    g[SEQUENCE] = (g[SEQUENCE] ?? 0) + 1;
    const prefix = `${short}${g[SEQUENCE]}-`;
    if (typeof document === 'undefined' || !document.querySelector(`[id^="${prefix}"]`)) return prefix;
  }
}

/** The widgets' tags, as the scope's lower boundary: a widget inside another keeps its own styles only. */
const WIDGET_BOUNDARY = WIDGET_SELECTOR;

/** A widget's shadow stylesheet as text (its styles, in order): what its light stylesheet is made from. */
export function shadowCssOf(ctor: Pick<typeof LitElement, 'elementStyles'>): string {
  return ctor.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
}

/**
 * The light-DOM stylesheet of a widget, from its shadow stylesheet's text (the same function in the browser and on
 * the server, so the adopted sheet and `<tag>.light.css` are one). Our CSS holds no strings with braces or `:host` in
 * them, so plain text replacement is enough; a test compares the light and shadow renderings of every entry.
 *
 * `scope: false` gives the fallback for a browser without `@scope` (Firefox before 146): the same rules nested under
 * `tag[light-dom]`, which raises each rule's weight by one attribute and one element instead of scoping it (a widget
 * inside another then meets the outer one's rules too). The client adopts it only where `@scope` is missing.
 */
export function lightStylesheet(tag: string, shadowCss: string, { scope = true }: { scope?: boolean } = {}): string {
  const root = scope ? ':scope' : '&';
  const rules = shadowCss
    .replace(/:host\(/g, `${root}:is(`)
    .replace(/:host\b/g, root)
    .replace(/::slotted\(/g, ' .net-slot > :is(');
  // The reset undoes host rules on elements (an element's weight, and scoped, so it wins over them), but not inside the
  // host's own slotted content, which keeps the host's styles as it does in a shadow root. Having an element's weight,
  // it also beats the widget's own rules that have none: the base styles' `* { box-sizing: inherit }` is the one, so
  // the reset says it too (without it, every box inside the widget was content-box in light DOM: the printed list of
  // questions grew taller than a page, the list's options moved when a server-rendered list hydrated).
  const reset = ':where(:not(:scope)):not(svg, svg *) { all: revert; box-sizing: inherit; }';
  const frame = `:scope > :not(.${ROOT_CLASS}) { display: none !important; }\n.net-slot { display: contents; }`;
  if (!scope) {
    return `${tag}[light-dom] {\n${reset.replace(':where(:not(:scope))', '& :where(*)')}\n${frame.replace(/:scope/g, '&')}\n${rules}\n}`;
  }
  return `@scope (${tag}[light-dom]) to (${WIDGET_BOUNDARY}, .net-slot > *) {\n${reset}\n}\n@scope (${tag}[light-dom]) to (${WIDGET_BOUNDARY}) {\n${frame}\n${rules}\n}`;
}

const ADOPTED = Symbol.for('net-widgets.light-sheet');
type Marked = CSSStyleSheet & { [ADOPTED]?: string };
const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adopts the widget's light stylesheet on the document or shadow root it sits in, once per root (a second copy of the
 * bundle, or a second widget, finds it there by its key).
 */
export function adoptLightStylesheet(el: Element, tag: string, shadowCss: () => string, version: string): void {
  const root = el.getRootNode() as Document | ShadowRoot;
  if (!('adoptedStyleSheets' in root)) return;
  const key = `${tag}@${version}`;
  if (root.adoptedStyleSheets.some((s) => (s as Marked)[ADOPTED] === key)) return;
  let sheet = sheets.get(key);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(lightStylesheet(tag, shadowCss(), { scope: typeof CSSScopeRule === 'function' }));
    (sheet as Marked)[ADOPTED] = key;
    sheets.set(key, sheet);
  }
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const WIDGET_TAGS: ReadonlySet<string> = new Set(TAGS);

/**
 * True when `node` is part of the light widget `host`'s own render, as a shadow root would hold it: inside its root
 * element, not in the host's content moved into a slot's placeholder, nor inside another widget nested in it (the list
 * opens a `<net-drug-card>` inside an option). Clicks, queries and focus that the widget handles go through this.
 */
export function ownsNode(host: Element, node: Node): boolean {
  let child: Node = node;
  for (let up = node.parentElement; up; child = up, up = up.parentElement) {
    if (up === host) return child instanceof Element && child.classList.contains(ROOT_CLASS);
    if (WIDGET_TAGS.has(up.localName) || up.classList.contains('net-slot')) return false;
  }
  return false;
}

/** The host's direct children meant for a slot, by slot name. */
export function slotContent(host: Element): Map<string, Node[]> {
  const byName = new Map<string, Node[]>();
  for (const child of host.children) {
    const name = child.getAttribute('slot');
    if (!name) continue;
    if (!byName.has(name)) byName.set(name, []);
    byName.get(name)!.push(child);
  }
  return byName;
}

/**
 * Moves each slot's nodes into its placeholder in the widget's own render (not one of a widget inside it); the nodes
 * of a slot that has no placeholder now go back to the end of the host, where the stylesheet hides them.
 */
export function projectSlots(host: Element, content: ReadonlyMap<string, readonly Node[]>): void {
  for (const [name, nodes] of content) {
    const target = [...host.querySelectorAll(`.net-slot[data-net-slot="${CSS.escape(name)}"]`)].find((el) => ownsNode(host, el));
    const into: Element = target ?? host;
    for (const node of nodes) if (node.parentNode !== into) into.appendChild(node);
  }
}

/** True when the widget holds server-rendered HTML: a declarative shadow root, or a light snippet's content. */
export function isServerRendered(host: Element): boolean {
  return !!host.shadowRoot || (host.hasAttribute('light-dom') && hasServerRenderedLight(host));
}

/** True when the host holds server-rendered light DOM: a Lit part marker among its own children. */
export function hasServerRenderedLight(host: Element): boolean {
  for (const node of host.childNodes) if (node.nodeType === 8 && (node as Comment).data.startsWith('lit-part')) return true;
  return false;
}
