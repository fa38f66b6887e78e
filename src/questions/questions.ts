import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import { questionsView, CLINIC_LANGS, type QuestionsInputs, type QuestionsView } from './questions.view.js';
import { NetElement } from '../shared/net-element.js';
import { baseStyles } from '../shared/styles.js';
import { asText, textAttribute, type InputReader } from '../shared/inputs.js';
import { today } from '../shared/clock.js';
import { format } from '../shared/i18n.js';
import { canLoadLocale, isLocaleReady, loadLocale, LOCALES, type Locale } from '../content/locale-data.js';
import { questionLocale, questionText } from '../content/questions.js';
import {
  MAX_QUESTION_LENGTH,
  MAX_QUESTIONS,
  REMEMBER_MODES,
  ownQuestion,
  rememberingStoreOn,
  tidyText,
  type RememberingStore,
  type RememberMode,
  type SavedQuestion,
} from '../shared/questions-store.js';
import { questionsSnippetStyles, questionsStyles } from './questions.styles.js';
import { noScriptStyles } from '../shared/no-script.styles.js';
import { renderQuestions } from './questions.templates.js';

const NO_QUESTIONS: readonly SavedQuestion[] = Object.freeze([]);

/**
 * The reader's questions for their care team, to take to an appointment: the questions they added from the other
 * widgets on the page ("Add to my questions" beside a gap in the sources, a side effect, a treatment option or a food),
 * grouped by the entry each came from, with the entry's name; their own questions (a labelled field, at most 500
 * characters); a short list of general questions to add from ("What are my treatment options?"). The reader moves
 * each question up or down, removes it, or clears the list (after a confirmation), and prints it: up to 12 questions on
 * one A4 or US Letter page, each with lines for the answer, the entries' names and review dates, the date printed and
 * the disclaimer. With `clinic-lang`, each question is printed in the reader's language and, beside it, in the
 * clinic's; a question the reader wrote is printed as written and marked as not translated. Each add, move or remove
 * made here is announced once, politely; a widget that adds a question announces its own.
 *
 * One list per page: every widget on the page shares it (src/shared/questions-store.ts, one store per document). It
 * stays on the reader's device: in memory by default (gone when the page closes), in sessionStorage with
 * `remember="session"` or localStorage with `remember="device"`, under the key `net-widgets.questions`, only when the
 * host sets it. Never a cookie, never a network request. A widget without `remember` leaves the page's setting as
 * another widget set it; use one `remember` value per page.
 *
 * @summary The reader's questions for their care team: added from every widget, their own, printed on one page in one or two languages.
 * @tagname net-questions
 *
 * @fires {CustomEvent<QuestionDetail>} net-question-add - The reader added a question here (their own, or one from
 * the general list). `detail`: `question` (`key`, `kind`, `entryId`, `part`, `lang`, `text`). The other widgets fire it
 * when the reader adds a question there. Bubbles and is composed.
 * @fires {CustomEvent<QuestionDetail>} net-question-remove - The reader removed a question here; "Clear my questions"
 * fires it once per question. `detail`: `question`. Bubbles and is composed.
 * @fires {CustomEvent<Problem>} net-error - An attribute or property is wrong: an unknown `remember` or `clinic-lang`
 * (`unknown-value`), a heading level out of range, a value of the wrong type (`wrong-type`), or a `clinic-lang` whose
 * language this file does not have (`clinic-lang-not-loaded`: the questions print in the page's language only). The
 * widget shows its default and logs one console warning for the site owner, in English.
 *
 * @csspart base - The widget's frame (a named region).
 * @csspart header - The title block: the title and what the list is for.
 * @csspart heading - The main heading.
 * @csspart section - Each section: my questions, write your own, questions many people ask.
 * @csspart footer - Where the questions come from (with review dates) and the disclaimer.
 * @csspart error - The visible problem message, if the widget cannot show the list.
 */
export class NetQuestions extends NetElement<QuestionsView, QuestionsInputs> {
  static override styles = [baseStyles, noScriptStyles, questionsStyles, questionsSnippetStyles];

  /**
   * How long the list is kept on the reader's device: unset (or empty), in memory only, gone when the page closes;
   * `session`, in sessionStorage until the tab closes; `device`, in localStorage until the reader clears it. Both keep
   * it under the one key `net-widgets.questions`. Switching to another value removes the list from the storage left.
   * A browser that refuses storage keeps the list in memory and says so.
   */
  @property({ reflect: true, converter: textAttribute })
  remember: RememberMode = '';

  /**
   * The language of the clinic: `en`, `fr` or `es`. When it differs from the page's, the printout shows each question in
   * the reader's language with the same question in the clinic's beside it. Unset, one language.
   */
  @property({ attribute: 'clinic-lang', reflect: true, converter: textAttribute })
  clinicLang = '';

  /** Shows the printout on screen, as it will print (for a preview; the list's controls are hidden meanwhile). */
  @property({ type: Boolean, reflect: true, attribute: 'print-preview' })
  printPreview = false;

  @state() private ownText = '';
  @state() private ownError = '';
  @state() private confirming = false;
  @state() private announcement = '';

  #store: RememberingStore | null = null;
  /** The `remember` this widget last gave the page's list ('' until it sets one). */
  #applied: RememberMode = '';
  /** Where focus goes after the next update (a selector in the shadow root), once. */
  #focusAfter: string | null = null;

  /** A selector for the element the template gave the id `uid(name)` (prefixed in light DOM). */
  #idSelector(name: string): string {
    return `#${CSS.escape(this.idOf(name))}`;
  }

  /** The page's list (in memory until a host sets `remember`); empty on a server. */
  private get store(): RememberingStore | null {
    if (!this.#store && typeof document !== 'undefined' && this.ownerDocument) this.#store = rememberingStoreOn(this.ownerDocument);
    return this.#store;
  }

  /** The questions in the list, in the reader's order. */
  get questions(): readonly SavedQuestion[] {
    return this.store?.questions ?? NO_QUESTIONS;
  }

  private readonly onStoreChange = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    this.store?.addEventListener('change', this.onStoreChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#store?.removeEventListener('change', this.onStoreChange);
  }

  protected override hydrated(): void {
    // The server rendered an empty list: show the page's own in an update of its own.
    if (this.questions.length) this.requestUpdate();
  }

  protected override readInputs(read: InputReader): QuestionsInputs {
    const remember = read.choice('remember', this.remember, REMEMBER_MODES, '');
    const clinicLang = read.choice('clinic-lang', this.clinicLang, CLINIC_LANGS, '');
    const store = this.store;
    // The host's choice of storage applies from the first update on (reading what that storage holds), each time it
    // changes: a widget without `remember` leaves the page's setting alone (another widget on the page may have set it).
    if (store && !this.hydrating && remember !== this.#applied) {
      this.#applied = remember;
      store.setRemember(remember);
    }
    return {
      // What the page does (a widget without `remember` may share a page with one that set it).
      remember: store?.remember ?? remember,
      clinicLang,
      questions: this.hydrating ? NO_QUESTIONS : this.questions,
      storageFailed: store?.storageFailed ?? false,
      clinicMissing: clinicLang !== '' && !canLoadLocale(clinicLang),
      preview: this.printPreview === true,
      loaded: LOCALES.filter(isLocaleReady).join(','),
    };
  }

  protected override computeView(inputs: QuestionsInputs): QuestionsView {
    return questionsView(inputs, this.locale);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.loadLocalesNeeded();
    const focus = this.#focusAfter;
    this.#focusAfter = null;
    const target = focus ? this.ownQuery(focus) : null;
    if (!target) return;
    // A heading takes focus from script only, so that it is no extra tab stop.
    if (/^h[1-6]$/.test(target.localName)) target.tabIndex = -1;
    target.focus();
  }

  /** The clinic's language, and those the questions were added in (to say a side effect in another), when they can load. */
  private loadLocalesNeeded(): void {
    const inputs = this.inputs;
    if (!inputs) return;
    const wanted = new Set<Locale>(inputs.questions.map(questionLocale));
    if (inputs.clinicLang) wanted.add(inputs.clinicLang);
    for (const locale of wanted) {
      if (!isLocaleReady(locale) && canLoadLocale(locale)) void loadLocale(locale).then((ok) => ok && this.requestUpdate());
    }
  }

  protected override renderView(view: QuestionsView): unknown {
    return renderQuestions(view, {
      level: this.level,
      subLevel: this.subLevel,
      ownText: this.ownText,
      ownError: this.ownError,
      confirming: this.confirming && view.count > 0,
      announcement: this.announcement,
      today: today(),
      onOwnInput: this.onOwnInput,
      onOwnSubmit: this.onOwnSubmit,
      onMove: this.move,
      onRemove: this.removeQuestion,
      onToggleGeneral: this.toggleGeneral,
      onClear: this.askClear,
      onConfirmClear: this.confirmClear,
      onConfirmKeydown: this.onConfirmKeydown,
      onPrint: this.print,
    });
  }

  /** Says `text` once in the polite live region (a repeat of the same words is still said). */
  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  /** The question's words as the list shows them. */
  private wordsOf(q: SavedQuestion): string {
    return questionText(q, this.locale);
  }

  /** Adds a question made here, fires `net-question-add` and announces it; false when the list is full. */
  private addHere(q: SavedQuestion): boolean {
    const store = this.store;
    if (!store) return false;
    if (store.questions.length >= MAX_QUESTIONS) {
      const full = format(this.view!.labels.full, { max: MAX_QUESTIONS });
      this.ownError = full;
      this.announce(full);
      return false;
    }
    if (!store.add(q)) return false;
    this.emit('net-question-add', { question: store.questions.find((s) => s.key === q.key)! });
    this.announce(format(this.view!.labels.announceAdded, { question: this.wordsOf(q) }));
    return true;
  }

  private onOwnInput = (event: InputEvent): void => {
    this.ownText = asText((event.target as HTMLInputElement).value, MAX_QUESTION_LENGTH);
    if (this.ownError) this.ownError = '';
  };

  private onOwnSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    // Its id has the widget's prefix in light DOM.
    const field = this.byId<HTMLInputElement>('own-text');
    const text = tidyText(asText(field?.value ?? this.ownText, MAX_QUESTION_LENGTH * 4));
    if (!text) {
      this.ownError = this.view!.labels.ownEmpty;
      this.#focusAfter = this.#idSelector('own-text');
      return;
    }
    if (this.addHere(ownQuestion(text, this.locale))) {
      this.ownText = '';
      this.ownError = '';
      if (field) field.value = '';
    }
    this.#focusAfter = this.#idSelector('own-text');
  };

  private toggleGeneral = (key: string): void => {
    const store = this.store;
    const general = this.view?.general.find((g) => g.key === key);
    if (!store || !general) return;
    if (store.has(key)) this.removeQuestion(key, false);
    else this.addHere({ key, kind: 'general', entryId: general.id, lang: this.locale, text: general.text });
  };

  /** Moves a question to the place of another in its group; focus stays on the button pressed, which moves with it. */
  private move = (key: string, to: string): void => {
    const store = this.store;
    if (!store) return;
    const index = store.questions.findIndex((q) => q.key === to);
    const q = store.questions.find((s) => s.key === key);
    if (index < 0 || !q) return;
    store.move(key, index);
    // The list may move the other question's row instead: focus follows the button pressed, on its question's row.
    this.#focusAfter = `li[data-key="${CSS.escape(key)}"] .${to === this.view?.items.find((i) => i.key === key)?.before ? 'move-up' : 'move-down'}`;
    const number = (this.view?.items.find((i) => i.key === to)?.number ?? index + 1);
    this.announce(format(this.view!.labels.announceMoved, { number, question: this.wordsOf(q) }));
  };

  /**
   * Removes a question, fires `net-question-remove` and announces it. From the list (`fromList`), focus goes to the next
   * question's Remove button, else the previous one's, else the list's heading.
   */
  private removeQuestion = (key: string, fromList = true): void => {
    const store = this.store;
    const q = store?.questions.find((s) => s.key === key);
    if (!store || !q) return;
    const items = this.view?.items ?? [];
    const at = items.findIndex((i) => i.key === key);
    const next = items[at + 1] ?? items[at - 1];
    store.remove(key);
    this.emit('net-question-remove', { question: q });
    this.announce(format(this.view!.labels.announceRemoved, { question: this.wordsOf(q) }));
    if (fromList) this.#focusAfter = next ? `li[data-key="${CSS.escape(next.key)}"] .remove` : this.#idSelector('list-heading');
  };

  private askClear = (): void => {
    if (!this.questions.length) return;
    this.confirming = true;
    this.#focusAfter = '.confirm-no';
  };

  private confirmClear = (yes: boolean): void => {
    this.confirming = false;
    const store = this.store;
    if (!yes || !store) {
      this.#focusAfter = '.clear-button';
      return;
    }
    const removed = store.questions;
    store.clear();
    for (const question of removed) this.emit('net-question-remove', { question });
    this.announce(this.view!.labels.announceCleared);
    this.#focusAfter = this.#idSelector('list-heading');
  };

  private onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.confirmClear(false);
  };

  /** Prints the page; the widget prints as its printout (its print styles). */
  private print = (): void => {
    window.print();
  };
}
