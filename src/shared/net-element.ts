import { LitElement, adoptStyles, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { renderDisclaimer } from './footer.js';
import { partName } from './part.js';
import { property } from 'lit/decorators.js';
import { baseStyles } from './styles.js';
import { resolveLang } from './lang.js';
import { InputReader, misspeltAttributes, numberAttribute } from './inputs.js';
import { firstRenderTurn, hydrateWhenReached } from './first-render.js';
import { commonLabels, format, localeFor, type CommonLabels, type Locale } from './i18n.js';
import { canLoadLocale, isLocaleReady, loadLocale } from '../content/locale-data.js';
import { netEvent, type NetEventDetails, type NetEventName } from './events.js';
import { problemKey, renderProblem, type Problem } from './problem.js';
import { VERSION } from './version.js';
import { isIsoDate, renderingOn, today } from './clock.js';
import { findJsonLdScript, syncStructuredData } from '../structured-data/script-element.js';
import {
  adoptLightStylesheet,
  hasServerRenderedLight,
  isServerRendered,
  newIdPrefix,
  ownsNode,
  projectSlots,
  renderingWith,
  ROOT_CLASS,
  shadowCssOf,
  slotContent,
} from './light-dom.js';
import type { JsonLdDocument } from '../structured-data/types.js';

const connected = new Set<NetElement>();

const notInFile = new Set<Locale>();
/** One console note per locale that this file cannot show (a CDN file without that language). */
function noteLocaleNotInFile(locale: Locale): void {
  if (notInFile.has(locale)) return;
  notInFile.add(locale);
  console.info(`net-widgets: this file has no "${locale}" content, so it is shown in English; load net-widgets.${locale}.js instead`);
}
let documentLangObserver: MutationObserver | undefined;

/** Re-render every connected widget when the document's `lang` changes, since they may take their language from it. */
function watchDocumentLang(): void {
  if (documentLangObserver || typeof MutationObserver === 'undefined') return;
  documentLangObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * What a widget shows, worked out from its inputs and the content: the problem that stops it, if any, and problems
 * it shows beside its content (notices), plus whatever its template needs.
 */
export interface WidgetView {
  readonly problem: Problem | null;
  readonly notices?: readonly Problem[];
  /**
   * Problems for the site owner only (an unknown value in an attribute, which the widget ignores): warned once and
   * fired once as `net-error`, never shown to the reader.
   */
  readonly warnings?: readonly Problem[];
}

/**
 * True when an element earlier on the page already carries this id prefix (a light snippet pasted twice): the first
 * copy keeps the server's ids and hydrates, a later one renders afresh with its own.
 */
function idsTaken(el: Element, prefix: string): boolean {
  const root = el.getRootNode() as Document | ShadowRoot;
  return [...root.querySelectorAll(`[data-net-ids="${CSS.escape(prefix)}"]`)].some(
    (other) => other !== el && !!(other.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
}

/**
 * Lit's hydration support (@lit-labs/ssr-client/lit-element-hydrate-support.js) hydrates an element on its first
 * update when this flag is set: `_$needsHydration` in Lit's development build, `_$AG` in its production build (the
 * CDN files and a production app). It sets it itself only for a shadow root; a light snippet sets it here.
 */
const NEEDS_HYDRATION = ['_$needsHydration', '_$AG'] as const;

/** Removes a server render's own nodes (Lit's markers, the widget's root, its stylesheet) from a light host. */
function dropServerRender(el: Element): void {
  for (const node of [...el.childNodes]) {
    const marker = node.nodeType === 8 && /^\/?lit-part/.test((node as Comment).data);
    const own = node instanceof Element && (node.classList.contains(ROOT_CLASS) || node.hasAttribute('data-net-light-style'));
    if (marker || own) node.remove();
  }
}

/** The longest `lang` read: longer than any real language tag. */
const MAX_LANG_LENGTH = 100;

/**
 * What every net-widgets element shares: heading level, language, labels, events, and an error state that never
 * leaves a blank box.
 *
 * One pipeline: in `willUpdate` the base asks the widget to read its inputs (`readInputs()`: attributes, properties,
 * host content), each through an `InputReader` that turns a removed attribute, a wrong type or an unknown value into
 * the default (with a warning for the site owner), never an exception; when any input changed, it computes the
 * widget's view once (`computeView()`, a pure function of the inputs and the content). Templates only render that
 * view (`renderView()`); every other hook reads it too. A view with a `problem` is shown as the problem instead;
 * every problem (blocking, a notice or a warning) is warned once on the console and fired once as `net-error`. An
 * exception while computing or rendering becomes a visible problem too, never an uncaught error.
 *
 * @attr {boolean} light-dom - Renders the widget's content into its own children instead of a shadow root, so that
 * reader views, page translators and read-aloud toolbars reach its words (Guides/Light DOM). Read when the widget is
 * first added to the page.
 */
export abstract class NetElement<V extends WidgetView = WidgetView, I extends object = object> extends LitElement {
  /** The version that defined this element; lets two copies of the bundle tell each other apart. */
  static readonly netVersion: string = VERSION;

  /** `light-dom` is read once, when the widget is first connected (see `createRenderRoot`); observed to warn of a change. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'light-dom'];
  }

  static override styles: CSSResultGroup = [baseStyles];

  /**
   * The level of the widget's main heading, 1 to 6 (default 2), so that it fits the host page's outline. Sub-headings
   * go one level deeper.
   */
  @property({ attribute: 'heading-level', converter: numberAttribute, reflect: true })
  headingLevel = 2;

  /**
   * Language of the widget. Unset, it follows the closest ancestor with `lang`, then the document. Content is shown
   * in the closest bundled locale (English for now) and marked with its own `lang`.
   */
  @property()
  override lang = '';

  /**
   * Opt-in: adds schema.org JSON-LD (a MedicalWebPage with its `lastReviewed` date, about a Drug, MedicalTherapy or
   * Diet) to the light DOM as a `<script type="application/ld+json">` child, for search engines. Off by default.
   */
  @property({ type: Boolean, reflect: true, attribute: 'structured-data' })
  structuredData = false;

  /** What the widget shows, computed in `willUpdate` (null until then, or when computing it failed). */
  protected view: V | null = null;
  /** The inputs as read for the view shown (see `readInputs`). */
  protected inputs: I | null = null;
  #inputKey: readonly unknown[] | null = null;
  /** The heading level as read in the last update. */
  #level: 1 | 2 | 3 | 4 | 5 | 6 = 2;
  /** What was wrong with the attributes and properties in the last update (wrong types, unknown values). */
  #inputWarnings: readonly Problem[] = [];
  /** The problem shown instead of the widget: the view's, or an internal error. */
  #problem: Problem | null = null;
  /** Keys of the problems reported (warned and fired) for what is shown now, so that each is reported once. */
  #reported = new Set<string>();
  /** The structured data of the last view it was built for. */
  #jsonLd: { view: V; doc: JsonLdDocument | null } | null = null;
  /** True from connection to the end of the first update when the element adopts server-rendered HTML (hydrates). */
  #hydrating = false;
  /** The day that HTML was rendered on (its `rendered-on` attribute), which the first update renders as. */
  #renderedOn: string | null = null;

  /** True when the widget renders into its own light DOM (`light-dom` when it was first connected). */
  #light = false;
  /** The prefix of every id the widget renders (see src/shared/light-dom.ts): none in shadow DOM. */
  #idPrefix = '';
  /** Light DOM: the host's nodes for each slot, moved into the render's placeholders after each update. */
  #slots = new Map<string, Node[]>();
  #slotWatcher: MutationObserver | null = null;

  /**
   * True when the widget renders into its own light DOM instead of a shadow root: the `light-dom` attribute, read when
   * the widget is first connected (reader views, page translators and read-aloud toolbars see the words; see
   * Guides/Light DOM in Storybook, stories/guides/light-dom.mdx). Read-only: set the `light-dom` attribute before the
   * widget is added to the page.
   */
  get lightDom(): boolean {
    return this.#light;
  }

  /** Setting it does nothing but warn (a framework passing a `lightDom` prop): the attribute is what counts. */
  set lightDom(_value: boolean) {
    console.warn(
      `net-widgets <${this.localName}>: lightDom is read-only; set the "light-dom" attribute before the widget is added to the page (in React, light-dom="").`,
    );
  }

  /** The id the widget's template gave the element it calls `name` (`uid(name)` while it rendered). */
  protected idOf(name: string): string {
    return this.#idPrefix + name;
  }

  /** The element of the widget's own render whose id the template wrote as `uid(name)`, or null. */
  protected byId<E extends Element = HTMLElement>(name: string): E | null {
    const id = this.idOf(name);
    const root = (this.#light ? this.getRootNode() : this.renderRoot) as Node | undefined;
    if (root && 'getElementById' in root) return (root as Document | ShadowRoot).getElementById(id) as E | null;
    return (this.renderRoot as Element | undefined)?.querySelector<E>(`#${CSS.escape(id)}`) ?? null;
  }

  /**
   * True when `node` is part of the widget's own render: in its shadow root, or in light DOM inside its root element,
   * but neither the host's slotted content nor a widget nested inside it (whose clicks bubble through this one's
   * elements in light DOM, and whose elements a query of the host would find).
   */
  protected ownsNode(node: Node): boolean {
    if (!this.#light) return !!this.renderRoot && node.getRootNode() === this.renderRoot;
    return ownsNode(this, node);
  }

  /** The first element of the widget's own render (see `ownsNode`) that matches `selector`, or null. */
  protected ownQuery<E extends Element = HTMLElement>(selector: string): E | null {
    const root = this.renderRoot as ParentNode | undefined;
    if (!root) return null;
    if (!this.#light) return root.querySelector<E>(selector);
    for (const el of root.querySelectorAll<E>(selector)) if (ownsNode(this, el)) return el;
    return null;
  }

  /**
   * In light DOM, the widget's content goes into its own children, styled by one scoped stylesheet adopted on its
   * document (or shadow root); its ids take a prefix of their own. A light snippet rendered on a server hydrates in
   * place with the server's prefix (its `data-net-ids`), unless another widget on the page already has it (a snippet
   * pasted twice): then the server's HTML is replaced by a render of the widget's own, in the same task.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // A server-rendered shadow root hydrates at once, with every style.
    if (this.shadowRoot) return super.createRenderRoot();
    if (!this.hasAttribute('light-dom')) return this.#emptyShadowRoot();
    this.#light = true;
    const ctor = this.constructor as typeof NetElement;
    adoptLightStylesheet(this, this.localName, () => shadowCssOf(ctor), VERSION);
    const served = this.getAttribute('data-net-ids');
    if (hasServerRenderedLight(this) && served && /^[a-z0-9-]{1,40}$/.test(served) && !idsTaken(this, served)) {
      // Lit's hydration keeps its part on the host itself: no anchor until a fresh render (see #renderAfresh).
      this.#idPrefix = served;
      for (const flag of NEEDS_HYDRATION) (this as unknown as Record<string, boolean>)[flag] = true;
    } else {
      dropServerRender(this);
      this.#idPrefix = newIdPrefix(this.localName);
      this.setAttribute('data-net-ids', this.#idPrefix);
      this.#anchorContent();
    }
    return this;
  }

  /** The widget's own styles wait for its first render (see `#emptyShadowRoot`). */
  #stylesLater = false;

  /**
   * A new shadow root holds nothing until the widget's first render, which may wait for its turn (src/shared/
   * first-render.ts): only the host's own box needs styles until then, and those are all in the shared base styles
   * (every `:host` rule is there). So the base styles are adopted now and the widget's own stylesheets at its first
   * render: the task that defines the widgets no longer parses the stylesheets of widgets further down the page
   * before the first one can render (issue 26).
   */
  #emptyShadowRoot(): ShadowRoot {
    const ctor = this.constructor as typeof LitElement;
    const root = this.attachShadow(ctor.shadowRootOptions);
    const host = ctor.elementStyles.filter((s) => s === baseStyles);
    adoptStyles(root, host);
    this.#stylesLater = host.length < ctor.elementStyles.length;
    return root;
  }

  /**
   * The widget's content goes before the host's own children (its fallback, a JSON script, slot content), as a shadow
   * root's would, up to an empty comment: a framework that renders the host's children (Lit, React) then clears or
   * appends only after its own markers, never over the widget's content, and the widget knows where its content ends.
   */
  #anchorContent(): void {
    const anchor = document.createComment('');
    this.insertBefore(anchor, this.firstChild);
    this.renderOptions.renderBefore = anchor;
  }

  /**
   * A page translator (the browser's, an extension, a website plug-in) replaces the text it translates with its own
   * `<font>` elements. Lit then updates text that is no longer on the page, so a new entry (another drug, another
   * language) would show beside the old entry's translated words. When the widget's own render holds a `<font>`, its
   * next update renders from scratch: the translator translates the new words again.
   */
  #translatedByPage(): boolean {
    for (const font of this.getElementsByTagName('font')) if (this.ownsNode(font)) return true;
    return false;
  }

  /** Clears the widget's own render (not the host's children) and starts a new one before a new anchor. */
  #renderAfresh(): void {
    const anchor = this.renderOptions.renderBefore;
    if (anchor) {
      // Everything before the anchor is the widget's own render.
      while (this.firstChild && this.firstChild !== anchor) this.firstChild.remove();
      anchor.remove();
    } else {
      dropServerRender(this);
      delete (this as unknown as Record<string, unknown>)['_$litPart$'];
    }
    this.#anchorContent();
  }

  /** True for host content that light DOM moved into a slot's place (or that was put there in its stead). */
  #moved(child: Node): boolean {
    if (!this.#light || child.parentNode === this) return false;
    const place = child.parentElement;
    return this.#tracked(child) || (!!place && place.classList.contains('net-slot') && this.ownsNode(place));
  }

  /**
   * Light DOM moves the host's slot content into the widget (see src/shared/light-dom.ts). A framework that put it
   * there still removes, replaces or inserts before it through the host (React's `removeChild`): these three do what
   * it means wherever the node now is, so that it never throws "not a child of this node".
   */
  override removeChild<T extends Node>(child: T): T {
    if (this.#moved(child)) {
      child.parentNode?.removeChild(child);
      return child;
    }
    return super.removeChild(child);
  }

  override insertBefore<T extends Node>(node: T, child: Node | null): T {
    if (child && this.#moved(child)) return super.insertBefore(node, null);
    return super.insertBefore(node, child);
  }

  override replaceChild<T extends Node>(node: Node, child: T): T {
    if (this.#moved(child)) {
      child.parentNode?.replaceChild(node, child);
      return child;
    }
    return super.replaceChild(node, child);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'light-dom') {
      if (this.renderRoot && (value !== null) !== this.#light) {
        console.warn(
          `net-widgets <${this.localName}>: "light-dom" is read when the widget is first added to the page, so this change is ignored. Set it before adding the widget.`,
        );
      }
      return;
    }
    super.attributeChangedCallback(name, old, value);
  }

  /** The main heading's level, 1–6 (2 when `heading-level` is missing or not a level). */
  protected get level(): number {
    return this.#level;
  }

  /** The level of headings one step below the main heading (never deeper than 6). */
  protected get subLevel(): number {
    return Math.min(this.level + 1, 6);
  }

  /** The language that applies to this element (its own, an ancestor's, or the document's). */
  get resolvedLang(): string {
    // `lang` may be anything a script set (a number, a Symbol, a megabyte): only a short string counts.
    const own = typeof this.lang === 'string' ? this.lang.slice(0, MAX_LANG_LENGTH) : '';
    return own || resolveLang(this).slice(0, MAX_LANG_LENGTH);
  }

  /** The locale the content is shown in: the one `lang` asks for once it is loaded, English until then. */
  protected get locale(): Locale {
    const wanted = localeFor(this.resolvedLang);
    return isLocaleReady(wanted) ? wanted : 'en';
  }

  /**
   * Waits for the locale `lang` asks for when it can be loaded (the npm build loads French and Spanish on first use),
   * so the reader never sees English flash before their language; shows English, with one console note, when this
   * file does not have it.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const wanted = localeFor(this.resolvedLang);
    if (!isLocaleReady(wanted)) {
      if (canLoadLocale(wanted)) {
        void loadLocale(wanted).then(() => this.requestUpdate());
        return false;
      }
      noteLocaleNotInFile(wanted);
    }
    return super.shouldUpdate(changed);
  }

  protected get commonLabels(): CommonLabels {
    return commonLabels(this.locale);
  }

  /**
   * The widget's own inputs (attributes, properties, host content), each read through `read` so that a removed
   * attribute, a wrong type or an unknown value becomes its default. Every value is compared with `===` to decide
   * whether to compute the view again.
   */
  protected abstract readInputs(read: InputReader): I;

  /** The view, from the inputs and the content: no DOM, no side effects. */
  protected abstract computeView(inputs: I): V;

  /** The widget's template for a view that has no problem. */
  protected abstract renderView(view: V): unknown;

  /** The schema.org description of a view, for the `structured-data` attribute (built once per view). */
  protected structuredDataFor(_view: V): JsonLdDocument | null {
    return null;
  }

  /**
   * Fires one of the widgets' events (see shared/events.ts): bubbling, composed, and cancelable when the table says
   * so. Returns false when a host cancelled it (`preventDefault()`), so that the widget skips its default action.
   */
  protected emit<K extends NetEventName>(name: K, detail: NetEventDetails[K]): boolean {
    return this.dispatchEvent(netEvent(name, detail));
  }


  /** True while the first update adopts a server-rendered shadow root (see src/ssr/): render what the server did. */
  protected get hydrating(): boolean {
    return this.#hydrating;
  }

  /**
   * Called once after the first update adopted server-rendered HTML. A widget that renders something the server
   * cannot know (what else the page defines) switches to the page's own state here, in an update of its own.
   */
  protected hydrated(): void {}

  override connectedCallback(): void {
    if (!this.hasUpdated && isServerRendered(this)) {
      this.#hydrating = true;
      const on = this.getAttribute('rendered-on');
      this.#renderedOn = isIsoDate(on) ? on : null;
    }
    // A server-rendered snippet carries `defer-hydration` (src/ssr/): it hydrates once the reader comes near it.
    if (this.hasAttribute('defer-hydration')) {
      hydrateWhenReached(this);
      this.#structuredDataWhileDeferred();
    }
    super.connectedCallback();
    if (this.#light) this.#watchSlots();
    connected.add(this);
    watchDocumentLang();
    this.warnMisspeltAttributes();
  }

  /** Misspelt attributes already warned of, so that each is warned once. */
  #misspeltWarned = new Set<string>();

  /**
   * A misspelt attribute (`categoires`) would be silently ignored: warn the site owner once, in English, naming the
   * attribute meant. Only attributes within two letters of the widget's own (those Lit observes, which
   * custom-elements.json lists) count, never global ones or what frameworks add.
   */
  private warnMisspeltAttributes(): void {
    const known = (this.constructor as typeof LitElement).observedAttributes;
    for (const { name, meant } of misspeltAttributes(this, known)) {
      if (this.#misspeltWarned.has(name)) continue;
      this.#misspeltWarned.add(name);
      console.warn(`net-widgets <${this.localName}>: "${name}" is not an attribute of this widget, so it is ignored. Did you mean "${meant}"?`);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#slotWatcher?.disconnect();
    this.#slotWatcher = null;
    connected.delete(this);
  }

  /**
   * Light DOM: content the host adds for a slot later (a framework's render, a script) is moved in at the next update,
   * and content it takes out again is let go of there (the slot's fallback shows again, as in a shadow root).
   */
  #watchSlots(): void {
    if (this.#slotWatcher || typeof MutationObserver === 'undefined') return;
    this.#slotWatcher = new MutationObserver((records) => {
      const changed = records.some(
        (r) =>
          [...r.addedNodes].some((n) => n instanceof Element && n.hasAttribute('slot') && !this.#tracked(n)) ||
          [...r.removedNodes].some((n) => this.#tracked(n) && !this.contains(n)),
      );
      if (changed) this.requestUpdate();
    });
    this.#observeSlots();
  }

  /**
   * Watches the host's children and the slots' placeholders that hold the host's slot content (not the subtree: a long
   * list's own renders would each be a heap of records). Called again after each update, which drops the records of
   * the update's own moves.
   */
  #observeSlots(): void {
    const watcher = this.#slotWatcher;
    if (!watcher) return;
    watcher.disconnect();
    watcher.observe(this, { childList: true });
    const places = new Set<Node>();
    for (const nodes of this.#slots.values()) for (const n of nodes) if (n.parentNode && n.parentNode !== this) places.add(n.parentNode);
    for (const place of places) watcher.observe(place, { childList: true });
  }

  /** True for slot content that is still the host's: inside it, or in a placeholder one of its renders dropped. */
  #stillHosts(node: Node): boolean {
    if (this.contains(node)) return true;
    const place = node.parentElement;
    return !!place && place.classList.contains('net-slot') && !place.isConnected;
  }

  #tracked(node: Node): boolean {
    for (const nodes of this.#slots.values()) if (nodes.includes(node)) return true;
    return false;
  }

  /**
   * Light DOM: the host's slot content as it stands before a render, left where it is (moving it on every update would
   * take the focus from a link in it). A node the host took away is forgotten; one inside a placeholder that a render
   * dropped (a branch of the template gone, a fresh render after a translator) is kept, for the next placeholder.
   */
  #gatherSlots(): ReadonlySet<string> {
    for (const [name, nodes] of this.#slots) this.#slots.set(name, nodes.filter((n) => this.#stillHosts(n)));
    for (const [name, nodes] of slotContent(this)) {
      const list = this.#slots.get(name) ?? [];
      for (const n of nodes) if (!list.includes(n)) list.push(n);
      this.#slots.set(name, list);
    }
    return new Set([...this.#slots].filter(([, nodes]) => nodes.length > 0).map(([name]) => name));
  }

  /** The host's nodes for a slot (light DOM), for a widget that reads them (the diet guide's dietitian). */
  protected lightSlotNodes(name: string): readonly Node[] {
    return this.#slots.get(name) ?? [];
  }

  /**
   * Every update renders with the instance's id prefix (`uid()`) and, in light DOM, the slots the host filled
   * (`slotted()`); then the host's slot content moves into place.
   */
  protected override update(changed: PropertyValues): void {
    if (this.#stylesLater) {
      this.#stylesLater = false;
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    const filled = this.#light ? this.#gatherSlots() : new Set<string>();
    if (this.#light && this.hasUpdated && this.#translatedByPage()) this.#renderAfresh();
    renderingWith({ prefix: this.#idPrefix, light: this.#light, filled }, () => super.update(changed));
    if (this.#light) {
      projectSlots(this, this.#slots);
      this.#observeSlots();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#computeView();
  }

  /** Reads the inputs and, when any changed, computes the view (see the class comment). */
  #computeView(): void {
    const read = new InputReader();
    read.text('lang', this.lang, MAX_LANG_LENGTH);
    this.#level = read.level('heading-level', this.headingLevel);
    try {
      const own = this.readInputs(read);
      this.#inputWarnings = read.warnings;
      const key = [this.locale, this.#level, today(), ...Object.values(own)];
      const last = this.#inputKey;
      if (last && last.length === key.length && key.every((value, i) => value === last[i])) return;
      this.#inputKey = key;
      this.inputs = own;
      this.view = this.computeView(own);
      this.#problem = this.view.problem;
    } catch (error) {
      this.#inputKey = null;
      this.view = null;
      this.#problem = this.internalError(error);
    }
  }

  /** The first render's turn (src/shared/first-render.ts), once asked for. */
  #turn: Promise<void> | null = null;

  /**
   * The first render waits for its turn: a task of its own, top of the page first, and, for a widget far below the
   * screen while the page loads, until the reader comes near it. Hydration (server-rendered HTML) does not wait.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated || this.#hydrating || typeof document === 'undefined') return super.scheduleUpdate();
    this.#turn ??= firstRenderTurn(this, () => this.#structuredDataWhileDeferred());
    return this.#turn.then(() => super.scheduleUpdate());
  }

  /** A deferred widget still writes its structured data for search engines, when the browser is next idle. */
  #structuredDataWhileDeferred(): void {
    if (!this.structuredData) return;
    const write = () => {
      if (this.hasUpdated) return;
      this.#computeView();
      syncStructuredData(this, this.structuredDataDocument());
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: 2000 });
    else setTimeout(write, 200);
  }

  /** The update that hydrates renders as on the day the HTML was rendered; the next one, if the day differs, as today. */
  protected override performUpdate(): void {
    if (!this.#hydrating) return super.performUpdate();
    const renderedOn = this.#renderedOn;
    renderingOn(renderedOn, () => super.performUpdate());
    this.#hydrating = false;
    this.#renderedOn = null;
    if (renderedOn && renderedOn !== today()) this.requestUpdate();
    this.hydrated();
  }

  protected override render(): unknown {
    if (!this.#problem && this.view) {
      try {
        return this.renderView(this.view);
      } catch (error) {
        this.#problem = this.internalError(error);
      }
    }
    return this.renderProblemState(this.#problem!);
  }

  private internalError(error: unknown): Problem {
    const message = error instanceof Error ? error.message : String(error);
    return { code: 'internal-error', message: format(this.commonLabels.internalError, { message }) };
  }

  /** The error state: the problem in words, inside the widget's frame, in the content's language, and the disclaimer. */
  protected renderProblemState(problem: Problem): TemplateResult {
    const labels = this.commonLabels;
    return html`<div class="net-part-base base" part=${partName('base')} lang=${this.locale}>
      ${renderProblem(problem, labels, this.renderProblemDetails(problem))}
      ${renderDisclaimer(labels)}
    </div>`;
  }

  /**
   * What a widget shows in place of a problem's `details` lines (the drug card's "Did you mean" buttons), or undefined
   * for the lines as written.
   */
  protected renderProblemDetails(_problem: Problem): unknown {
    return undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.structuredData || findJsonLdScript(this)) syncStructuredData(this, this.structuredDataDocument());
    this.reportProblem();
  }

  /** The structured data to write now: none when it is off or a problem is shown; built once per view. */
  private structuredDataDocument(): JsonLdDocument | null {
    const view = this.view;
    if (!this.structuredData || this.#problem || !view) return null;
    if (this.#jsonLd?.view !== view) this.#jsonLd = { view, doc: this.structuredDataFor(view) };
    return this.#jsonLd.doc;
  }

  /**
   * Warns once and fires `net-error` once for each problem shown, blocking or not; a problem that goes away and comes
   * back is reported again.
   */
  private reportProblem(): void {
    const shown = this.#problem ? [this.#problem] : (this.view?.notices ?? []);
    const problems = [...this.#inputWarnings, ...(this.view?.warnings ?? []), ...shown];
    const keys = new Set(problems.map(problemKey));
    for (const problem of problems) {
      if (this.#reported.has(problemKey(problem))) continue;
      const details = problem.details?.length ? `\n- ${problem.details.join('\n- ')}` : '';
      const fix = problem.fix ? `\n${this.commonLabels.problemFixLabel} ${problem.fix}` : '';
      console.warn(`net-widgets <${this.localName}>: ${problem.message}${details}${fix}`);
      this.emit('net-error', problem);
    }
    this.#reported = keys;
  }

  /** The problem shown now, if any (for tests and hosts that prefer polling to events). */
  get currentProblem(): Problem | null {
    return this.#problem;
  }
}
