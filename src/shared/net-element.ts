import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { baseStyles } from './styles.js';
import { clampHeadingLevel, resolveLang } from './lang.js';
import { commonLabels, format, localeFor, type CommonLabels, type Locale } from './i18n.js';
import { netEvent, type NetEventDetails, type NetEventName } from './events.js';
import { problemKey, renderProblem, type Problem } from './problem.js';
import { VERSION } from './version.js';
import { findJsonLdScript, syncStructuredData } from '../structured-data/script-element.js';
import type { JsonLdDocument } from '../structured-data/types.js';

const connected = new Set<NetElement>();
let documentLangObserver: MutationObserver | undefined;

/** Re-render every connected widget when the document's `lang` changes, since they may take their language from it. */
function watchDocumentLang(): void {
  if (documentLangObserver || typeof MutationObserver === 'undefined') return;
  documentLangObserver = new MutationObserver(() => connected.forEach((el) => el.requestUpdate()));
  documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * What every net-widgets element shares: heading level, language, labels, and an error state that never leaves a
 * blank box. A subclass says what is wrong with its input in `findProblem()` and draws itself in `renderContent()`;
 * the base shows the problem instead, warns once on the console and fires `net-error`. An exception thrown while
 * rendering becomes a visible problem too, never an uncaught error.
 */
export abstract class NetElement extends LitElement {
  /** The version that defined this element; lets two copies of the bundle tell each other apart. */
  static readonly netVersion: string = VERSION;

  static override styles = [baseStyles];

  /**
   * The level of the widget's main heading, 1 to 6 (default 2), so that it fits the host page's outline. Sub-headings
   * go one level deeper.
   */
  @property({ attribute: 'heading-level', type: Number, reflect: true })
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

  private problem: Problem | null = null;
  /** Keys of the problems reported (warned and fired) for what is shown now, so that each is reported once. */
  #reported = new Set<string>();

  /** The main heading's level, clamped to 1–6. */
  protected get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  /** The level of headings one step below the main heading (never deeper than 6). */
  protected get subLevel(): number {
    return Math.min(this.level + 1, 6);
  }

  /** The language that applies to this element (its own, an ancestor's, or the document's). */
  get resolvedLang(): string {
    return this.lang || resolveLang(this);
  }

  /** The bundled locale the content is shown in. */
  protected get locale(): Locale {
    return localeFor(this.resolvedLang);
  }

  protected get commonLabels(): CommonLabels {
    return commonLabels(this.locale);
  }

  /** What is wrong with this element's input, or null when it can render. Must not have side effects. */
  protected abstract findProblem(): Problem | null;

  /**
   * Problems that do not stop the widget (invalid host entries beside valid ones), which it shows itself. The base
   * reports them as it reports a blocking problem: one console warning and one `net-error` each.
   */
  protected findNotices(): readonly Problem[] {
    return [];
  }

  /**
   * Fires one of the widgets' events (see shared/events.ts): bubbling, composed, and cancelable when the table says
   * so. Returns false when a host cancelled it (`preventDefault()`), so that the widget skips its default action.
   */
  protected emit<K extends NetEventName>(name: K, detail: NetEventDetails[K]): boolean {
    return this.dispatchEvent(netEvent(name, detail));
  }

  /** The widget itself, when its input is fine. */
  protected abstract renderContent(): unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocumentLang();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
  }

  protected override render(): unknown {
    try {
      this.problem = this.findProblem();
      if (!this.problem) return this.renderContent();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.problem = { code: 'internal-error', message: format(this.commonLabels.internalError, { message }) };
    }
    return this.renderProblemState(this.problem);
  }

  /** The error state: the problem in words, inside the widget's frame, in the content's language. */
  protected renderProblemState(problem: Problem): TemplateResult {
    return html`<div class="base" part="base" lang=${this.locale}>${renderProblem(problem, this.commonLabels)}</div>`;
  }

  /** The schema.org description of what the widget shows, for the `structured-data` attribute. */
  protected structuredDataDocument(): JsonLdDocument | null {
    return null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.structuredData || findJsonLdScript(this)) {
      syncStructuredData(this, this.structuredData && !this.problem ? this.structuredDataDocument() : null);
    }
    this.reportProblem();
  }

  /**
   * Warns once and fires `net-error` once for each problem shown, blocking or not; a problem that goes away and comes
   * back is reported again.
   */
  private reportProblem(): void {
    const problems = this.problem ? [this.problem] : this.findNotices();
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
    return this.problem;
  }
}
