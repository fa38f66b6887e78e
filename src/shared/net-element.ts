import { LitElement, html, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { renderDisclaimer } from './footer.js';
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
 */
export abstract class NetElement<V extends WidgetView = WidgetView, I extends object = object> extends LitElement {
  /** The version that defined this element; lets two copies of the bundle tell each other apart. */
  static readonly netVersion: string = VERSION;

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
    if (!this.hasUpdated && this.shadowRoot) {
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
    connected.delete(this);
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
    return html`<div class="base" part="base" lang=${this.locale}>
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
