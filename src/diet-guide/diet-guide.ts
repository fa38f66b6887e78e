import { property, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
// The view first: its content comes before the element's code in the bundle, which gzips smaller (about 0.15 KB).
import { dietGuideView, VARIANTS, type DietGuideInputs, type DietGuideVariant, type DietGuideView } from './diet-guide.view.js';
import { dietPageJsonLd } from '../structured-data/page.js';
import type { JsonLdDocument } from '../structured-data/types.js';
import { NetElement } from '../shared/net-element.js';
import { baseStyles } from '../shared/styles.js';
import { TYPING_PAUSE_MS } from '../shared/typing-pause.js';
import { noScriptStyles } from '../shared/no-script.styles.js';
import type { FoodSearchDetail } from '../shared/events.js';
import { asText, MAX_LIST_LENGTH, textAttribute, type InputReader } from '../shared/inputs.js';
import { dietGuideStyles } from './diet-guide.styles.js';
import { openKey, renderDietGuide, type DrugPlace } from './diet-guide.templates.js';
import { drugCardAvailable, loadDrugCard, whenDrugCardAvailable } from '../shared/drug-cards.js';
import { drugNameOf, medicinesNamed } from '../content/drug-names.js';
import { withBundledNames } from '../content/asking.js';
import { addedNamesOn } from '../shared/added-names.js';
import type { Locale } from '../content/locale-data.js';
import { QuestionsController, questionButtonStyles } from '../shared/question-button.js';
import type { SavedQuestion } from '../shared/questions-store.js';


/** The questions in the list as the server renders them: none. */
const NONE_ASKED: ReadonlySet<string> = new Set();

/** Typed text shorter than this is not answered until the reader presses Enter. */
const MIN_LIVE_LETTERS = 2;

/**
 * The diet advice for people with carcinoid syndrome: why diet matters, the foods and drinks to limit or avoid grouped
 * by why (the advice always in words), a "Can I eat …?" search, the advice about medicines, pointers to symptom control
 * framed as "talk to your NET specialist", and the sources, review dates and disclaimer. `variant="checklist"` gives a
 * one-page printable checklist instead. The search covers every food in the guide, whichever groups are shown, and
 * answers only from the data: a food that is not listed is said to be not on this list, never to be fine to eat. It
 * reads the reader's own words: the subject of a question ("Can I eat aged cheese?"), a medicine typed instead of a
 * food (said to be a medicine, with its card), a symptom (said to be one, with this guide's help with symptoms that
 * names it, and to tell the care team). The guide offers a "Print a checklist for my appointment" button, which prints
 * the checklist (the same as `variant="checklist"`, with its introduction) and then shows the guide again.
 *
 * **Add to my questions:** each food in the lists, and each food an answer names, has a toggle button (`aria-pressed`)
 * that adds its question ("Is it OK for me to have cheese?") to the page's one list of questions, which
 * `<net-questions>` shows and prints, or takes it out; it follows the list when the question is removed elsewhere, is
 * announced once (politely, outside the answer's live region) and is not printed. The question carries the food's id
 * and the guide's language. `no-questions` hides the buttons; the checklist has none.
 *
 * @summary Foods to limit or avoid with carcinoid syndrome, a "Can I eat …?" search and a printable checklist.
 * @tagname net-diet-guide
 *
 * @fires {CustomEvent<FoodSearchDetail>} net-food-search - The guide answered the reader: after a short pause in typing,
 * on Enter or the Check button, or when the reader picked one of several candidates. `detail`: `query`, `result`
 * (`listed`, `not-listed`, `ambiguous`, or `medicine` or `symptom` when the reader typed one instead of a food) and
 * `foodIds`. For a host's own analytics; the widget itself stores and
 * sends nothing. Bubbles and is composed; fired once per answer, and not for `query` set by the host.
 * @fires {CustomEvent<DrugSelectDetail>} net-drug-select - The reader asked to open a drug's card. `detail`: `drugId`.
 * Cancelable: call `preventDefault()` to show the drug your own way; otherwise the card opens in place. Bubbles and is
 * composed. The same rule as the treatment list's: a medicine is a button when `<net-drug-card>` is on the page or a
 * file on the page can load it (the treatment list's files can; this guide's own CDN file cannot, to stay small), and
 * its name in words otherwise; in "Help with symptoms", and in the answer when the reader typed a medicine.
 * @fires {CustomEvent<QuestionDetail>} net-question-add - The reader added a food's question to their list
 * (`detail.question`: its key, kind `food`, the food's id, the language and the words). Bubbles and is composed.
 * @fires {CustomEvent<QuestionDetail>} net-question-remove - The reader took a food's question out of their list with
 * one of the guide's buttons (`detail.question`). Bubbles and is composed.
 * @fires {CustomEvent<Problem>} net-error - An attribute or property is wrong: an unknown group in `groups`
 * (`unknown-group`: left out), an unknown `variant` (`unknown-variant`) or heading level (`unknown-value`), a value of
 * the wrong type (`wrong-type`). The guide shows its default and logs one console warning for the site owner, in
 * English. `detail` is the problem (`code`, `message`, `details`).
 *
 * @slot dietitian - The host's dietitian contact text ("Our dietitian, ..., on ..."), shown under its own heading.
 * Left empty, the heading is not shown.
 *
 * @csspart base - The guide's frame (a named region).
 * @csspart header - The title block: title and review-due notice.
 * @csspart heading - The main heading.
 * @csspart section - Each section: why diet matters, "Can I eat …?", the foods, medicines, help with symptoms, the
 * dietitian (or the checklist).
 * @csspart footer - Sources, review dates and the disclaimer.
 * @csspart error - The visible problem message shown instead of the guide when the input is bad.
 */
export class NetDietGuide extends NetElement<DietGuideView, DietGuideInputs> {
  static override styles = [baseStyles, noScriptStyles, questionButtonStyles, dietGuideStyles];

  /**
   * Which food groups to show, as comma-separated group ids (`amines-and-adrenaline-like`, `high-serotonin`,
   * `alcohol`), shown in the guide's own order. Unset, every group. An unknown id is left out, with a console warning.
   */
  @property()
  groups = '';

  /** Hides the "Add to my questions" buttons beside each food and under an answer that names one. */
  @property({ type: Boolean, reflect: true, attribute: 'no-questions' })
  noQuestions = false;

  /** Hides the "Can I eat …?" search. */
  @property({ type: Boolean, reflect: true, attribute: 'no-search' })
  noSearch = false;

  /** `checklist` shows a one-page printable checklist with a checkbox per food and space for notes. */
  @property({ reflect: true, converter: textAttribute })
  variant: DietGuideVariant = '';

  /**
   * What the search field holds and the guide answers, e.g. `query="bananas"`. Set by the host to pre-fill the search
   * (answered at once); follows what the reader types, which is answered after a short pause or on Enter.
   */
  @property()
  query = '';

  /** What the answer is for: `query` as the host set it, or once the reader paused, pressed Enter or picked a food. */
  @state() private answered = '';
  /** The pause after the reader's last keystroke, while it runs: meanwhile a change of `query` is their typing. */
  private pause: ReturnType<typeof setTimeout> | undefined;
  /** What the reader typed last: a `query` that differs from it was set by the host, even during the pause. */
  private typed: unknown = undefined;
  /** The last answer reported in `net-food-search`, so that each answer is reported once. */
  private reported = '';

  @state() private drugCardDefined = false;
  @state() private openDrugs: ReadonlySet<string> = new Set();
  @state() private hasDietitian = false;
  /** The page's list of questions, as the guide's buttons show it. */
  private readonly questions = new QuestionsController(this, (change, question) =>
    this.emit(change === 'add' ? 'net-question-add' : 'net-question-remove', { question }),
  );
  /** True from a click on "Print a checklist for my appointment" until the page has printed: the checklist shows. */
  @state() private printingChecklist = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new `query` is answered at once, unless it is what the reader is typing (then it waits for the pause). One the
    // host sets during the pause ends the pause: the host's question is answered now.
    if (changed.has('query') && (this.pause === undefined || this.query !== this.typed)) {
      clearTimeout(this.pause);
      this.pause = undefined;
      this.answered = asText(this.query);
    }
    // A card opened from an answer goes with that answer.
    if ((changed as PropertyValues).has('answered') && [...this.openDrugs].some((k) => k.startsWith('answer:'))) {
      this.openDrugs = new Set([...this.openDrugs].filter((k) => !k.startsWith('answer:')));
    }
    super.willUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pause);
    this.pause = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered guide was rendered without drug cards (a page without JavaScript has none): it hydrates so,
    // then offers the buttons if the page defines <net-drug-card>.
    if (!this.hydrating) this.watchDrugCard();
  }

  protected override hydrated(): void {
    this.watchDrugCard();
    // Hydrated as served (with no question in the list, as on the server), the guide shows the page's list.
    this.requestUpdate();
  }

  /** The one rule for medicines' cards (src/shared/drug-cards.ts): buttons once the card is on the page or can load. */
  private watchDrugCard(): void {
    whenDrugCardAvailable(() => (this.drugCardDefined = true));
  }

  protected override readInputs(read: InputReader): DietGuideInputs {
    // `query` is read for its warning only: the field shows it, but the view depends on what is answered, so typing
    // does not compute the view again.
    read.text('query', this.query);
    return {
      groups: read.text('groups', this.groups, MAX_LIST_LENGTH),
      variant: this.printingChecklist ? 'checklist' : read.choice('variant', this.variant, VARIANTS, '', 'unknown-variant'),
      search: !this.noSearch,
      answered: this.answered,
      drugCards: this.drugCardDefined,
      // Rendered on the server too, where they are invisible until the script defines the guide (no layout shift).
      questions: !this.noQuestions,
    };
  }

  protected override computeView(inputs: DietGuideInputs): DietGuideView {
    // A name the website added to a medicine on this page (a drug card's `addNames`) is that medicine too.
    const added = addedNamesOn(this.ownerDocument);
    const named = added.size
      ? (text: string, locale: Locale) => medicinesNamed(withBundledNames(text, added, (id) => drugNameOf(id, locale)), locale)
      : medicinesNamed;
    return dietGuideView(inputs, this.locale, drugNameOf, named);
  }

  protected override structuredDataFor(view: DietGuideView): JsonLdDocument | null {
    return dietPageJsonLd(view.diet, { inLanguage: view.locale });
  }

  protected override renderView(view: DietGuideView): unknown {
    return renderDietGuide(view, {
      level: this.level,
      query: asText(this.query),
      openDrugs: this.openDrugs,
      hasDietitian: this.lightDom ? this.lightSlotNodes('dietitian').some((n) => (n.textContent ?? '').trim() !== '') : this.hasDietitian,
      onInput: this.onInput,
      onSubmit: this.onSubmit,
      onPick: this.onPick,
      onToggleDrug: this.toggleDrug,
      onGoTo: this.goTo,
      onDietitianChange: this.onDietitianChange,
      onPrintChecklist: this.onPrintChecklist,
      asked: this.hydrating ? NONE_ASKED : this.questions.keys,
      said: this.questions.said,
      onAsk: this.onAsk,
    });
  }

  private onAsk = (question: SavedQuestion): void => {
    if (this.view) this.questions.toggle(question, this.view.questionLabels);
  };

  /**
   * "Print a checklist for my appointment": the guide shows its checklist (`variant="checklist"`, with its
   * introduction) while the page prints, then the guide again, with the focus back on the button.
   */
  private onPrintChecklist = async (): Promise<void> => {
    this.printingChecklist = true;
    await this.updateComplete;
    const done = async () => {
      window.removeEventListener('afterprint', done);
      this.printingChecklist = false;
      await this.updateComplete;
      this.ownQuery('.print-checklist')?.focus();
    };
    window.addEventListener('afterprint', done);
    window.print();
  };

  private onDietitianChange = (event: Event): void => {
    const slot = event.target as HTMLSlotElement;
    this.hasDietitian = slot.assignedNodes({ flatten: true }).some((n) => (n.textContent ?? '').trim() !== '');
  };

  private get searchInput(): HTMLInputElement | null {
    return this.byId<HTMLInputElement>('food-query');
  }

  /** The reader typed: the field follows at once, the answer after a pause (and only from two letters on). */
  private onInput = (event: InputEvent): void => {
    this.query = this.typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.pause);
    this.pause = setTimeout(() => {
      this.pause = undefined;
      const typed = asText(this.query);
      if (typed.trim().length >= MIN_LIVE_LETTERS || typed.trim() === '') void this.answer(typed);
    }, TYPING_PAUSE_MS);
  };

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.answerNow(asText(this.searchInput?.value));
  };

  private onPick = async (foodName: string): Promise<void> => {
    await this.answerNow(foodName);
    this.searchInput?.focus();
  };

  /** Answers `query` now (Enter, the Check button or a picked candidate). */
  private answerNow(query: string): Promise<void> {
    clearTimeout(this.pause);
    this.pause = undefined;
    this.query = query;
    return this.answer(asText(query));
  }

  /** Answers `query` for the reader, then tells the host, once per answer, what the guide answered. */
  private async answer(query: string): Promise<void> {
    this.answered = query;
    await this.updateComplete;
    const answer = this.view?.answer ?? null;
    const key = answer ? `${answer.query}\n${answer.result}` : '';
    if (key === this.reported) return;
    this.reported = key;
    if (!answer) return;
    const detail: FoodSearchDetail = { query: answer.query, result: answer.result, foodIds: answer.hits.map((h) => h.food.id) };
    this.emit('net-food-search', detail);
  }

  private toggleDrug = (drugId: string, where: DrugPlace = 'list'): void => {
    const key = openKey(drugId, where);
    const next = new Set(this.openDrugs);
    if (next.delete(key)) {
      this.openDrugs = next;
      return;
    }
    if (!drugCardAvailable()) return;
    if (!this.emit('net-drug-select', { drugId })) return;
    next.add(key);
    this.openDrugs = next;
    void loadDrugCard();
  };

  /** Takes the reader to a part further down ("Your medicines", a "Help with symptoms" pointer): focus, and so scroll. */
  private goTo = (target: string): void => {
    const part = this.byId(target);
    part?.focus();
    part?.scrollIntoView?.({ block: 'start' });
  };
}
