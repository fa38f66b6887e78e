import { isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { property, state } from 'lit/decorators.js';
import { drugCatalogue, drugs } from '../content/drugs.js';
import { treatmentsIn } from '../content/treatments.js';
import type { Treatment, TreatmentCategory } from '../content/schema.js';
import { today } from '../shared/clock.js';
import type { DrugSelectDetail, FilterChangeDetail } from '../shared/events.js';
import { HostJsonController } from '../shared/host-content.js';
import { asText, MAX_LIST_LENGTH, type InputReader } from '../shared/inputs.js';
import { NetElement } from '../shared/net-element.js';
import { noScriptStyles } from '../shared/no-script.styles.js';
import { baseStyles } from '../shared/styles.js';
import { PausedText } from '../shared/typing-pause.js';
import { treatmentsPageJsonLd } from '../structured-data/page.js';
import type { JsonLdDocument } from '../structured-data/types.js';
import { treatmentListStyles } from './treatment-list.styles.js';
import { renderTreatmentList } from './treatment-list.templates.js';
import { loadDrugCard, whenDrugCardAvailable } from '../shared/drug-cards.js';
import { readOn } from '../content/host-content.js';
import { continueFirstRender, pageLoading } from '../shared/first-render.js';
import { isServerRendered } from '../shared/light-dom.js';
import { addedNamesOn } from '../shared/added-names.js';
import { questionLabels, type QuestionLabels } from '../content/question-templates.js';
import { QuestionsController, questionButtonStyles } from '../shared/question-button.js';
import {
  CHUNK_SIZE,
  idFromHash,
  idFromQuestionKey,
  optionDomId,
  optionQuestion,
  optionIds,
  treatmentListView,
  type FilterResult,
  type ListModel,
  type TreatmentListInputs,
  type TreatmentListView,
} from './treatment-list.view.js';

export type { DrugSelectDetail, FilterChangeDetail };

const DRUG_IDS = drugs.map((d) => d.id);

/**
 * Every treatment option for neuroendocrine tumours (NETs), grouped by kind, searchable, each opening to what it is,
 * when it is used, how it is done, what it aims for, the medicines it uses, its sources and review dates.
 *
 * **Options** are disclosures: a button inside the option's heading (the NHS.UK / GOV.UK accordion pattern) with
 * `aria-expanded` and `aria-controls`. Chosen over `<details>/<summary>` because the option's name stays a real heading
 * (a heading inside `<summary>` loses its role), its open state is one piece of data (so `expanded`, deep links and
 * print set it without fighting the element's own state), and a deep link has a plain button to focus. Enter and Space
 * work as on any button.
 *
 * **Deep links:** every option has the id `net-treatment-<id>` inside the shadow root, where the browser's own
 * fragment navigation cannot reach it; so when the page address ends in `#net-treatment-<id>` (on load, or when the
 * hash changes) the list opens that option (clearing a search or filter that hides it), scrolls to it and focuses its
 * button. Each opened option ends with a "Link to this treatment" link (`href="#net-treatment-<id>"`) whose address a
 * hospital can copy, e.g. `https://example.org/nets#net-treatment-prrt`.
 *
 * **Questions in the reader's own words:** the search reads a question ("what is PRRT", « qu'est-ce que la PRRT »,
 * "¿qué es la PRRT?") and searches its subject, with the everyday words for the content's words ("chemo pills" finds
 * Chemotherapy, whose own sentence says some chemotherapy comes as a pill or capsule: every word of a search must be met
 * in one sentence of an option, or in its names). Above the count, in the order a reader meets them, the list answers
 * what a search cannot: a symptom ("nausea", "feeling sick") gets what the drug cards say about it, in their own words
 * (serious side effects first, with the card's urgent advice; then common and other side effects; then what medicines
 * are used for), each medicine opening its card in place, and always a closing hedge (our sources list side effects
 * for only some medicines; tell your care team); a question about a medicine's side effects offers its card; a question
 * about food says that the diet guide answers it, with a button that asks the page's `<net-diet-guide>` (its `query`,
 * and the focus moves to its box) when there is one. The count's live region says first that an answer is shown.
 *
 * **Host entries** (the `entries` property and/or a child `<script type="application/json">` holding an array of
 * treatments in the content format) are validated one by one; valid ones appear in their category, marked "Added by
 * this website". Invalid ones are left out and listed, with their paths, in a visible notice above the list (one
 * console warning and one `net-error`); the bundled list and the valid host entries still show.
 *
 * **Add to my questions:** each opened option ends with its question, "Could PRRT be an option for me?", and a toggle
 * button (`aria-pressed`) that adds it to the page's one list of questions (which `<net-questions>` shows and prints)
 * or takes it out; it follows the list when the question is removed elsewhere, is announced once (politely) and is not
 * printed. The question carries the option's id and the list's language. `no-questions` hides the buttons.
 *
 * **Print** shows what the reader sees: the options they have not filtered out, those they opened in full and the
 * others by name and summary, with a line that says so; without the search and buttons. The "Print every treatment
 * in full" button (or the `print-all` attribute) prints every option opened instead: a closed option's content is then
 * rendered only while the page prints (on `beforeprint`, or when the print media applies).
 *
 * **Server-rendered** (src/ssr/), each option is a closed `<details>` that a reader without JavaScript can open, and the
 * search is shown disabled. The list hydrates that markup, then takes over in an update of its own: the buttons, with
 * the options the reader opened still open and the focus on the same option, in boxes of the same size (no shift).
 *
 * **Speed:** options are rendered once; a keystroke re-renders no row but sets `hidden` on the rows that change (a
 * prebuilt word index finds the matches), so a list of 10,000 host entries stays responsive. A long list shows its
 * first options at once; when the browser is idle it validates the rest of the host entries, builds the search index,
 * then renders the other options a chunk at a time, so every option ends up in the DOM. A search before then reads
 * and indexes what is left and renders the options up to its last match at once; printing or a link to an option
 * renders every option at once. While the page loads, the first render is the list's head (title, search, count), and
 * its options and footer follow once that is painted; `updateComplete` waits for both.
 *
 * @summary Every NET treatment option, grouped, searchable, linked to the drug cards.
 * @tagname net-treatment-list
 *
 * @slot note - The host's own note (a helpline, say), shown above the list.
 *
 * @fires {CustomEvent<DrugSelectDetail>} net-drug-select - The reader chose a medicine in an option or in an answer
 *   (`detail.drugId`). Cancelable: unless the host calls `preventDefault()`, the list opens that medicine's
 *   `<net-drug-card>` in place (inside the option, or under the answer), with a button that closes it.
 * @fires {CustomEvent<FilterChangeDetail>} net-filter-change - The reader changed the search text or the category
 *   filters (`detail.query`, `detail.categories`).
 * @fires {CustomEvent<QuestionDetail>} net-question-add - The reader added an option's question to their list
 *   (`detail.question`: its key, kind `option`, the option's id, the language and the words).
 * @fires {CustomEvent<QuestionDetail>} net-question-remove - The reader took an option's question out of their list
 *   with the option's button (`detail.question`).
 * @fires {CustomEvent<Problem>} net-error - Bad input: invalid host entries (`invalid-content`: the list is shown with
 *   a visible notice); an unknown category (`unknown-category`: left out), heading level (`unknown-value`) or a value
 *   of the wrong type (`wrong-type`), for the site owner only (the list shows its default). Each logs one console
 *   warning.
 *
 * @csspart base - The list's frame (a named region).
 * @csspart header - The title, the introduction and the host's note.
 * @csspart heading - The main heading.
 * @csspart section - Each category of treatments, with its options.
 * @csspart footer - The licence line and the disclaimer.
 * @csspart error - A problem message: instead of the list for bad input, or above it for invalid host entries.
 */
export class NetTreatmentList extends NetElement<TreatmentListView, TreatmentListInputs> {
  static override styles = [baseStyles, noScriptStyles, questionButtonStyles, treatmentListStyles];

  /**
   * Show only some categories: their ids, separated by commas (`"chemotherapy, targeted"`), from
   * `surgery-liver, hormone-growth-medicines, radionuclide, targeted, chemotherapy, radiation, immune, supportive,
   * clinical-trials`. Empty: every category. An unknown id is left out, with a console warning.
   */
  @property()
  categories = '';

  /** Open every option (the reader can still close them one by one). */
  @property({ type: Boolean, reflect: true })
  expanded = false;

  /**
   * Print every option in full (on paper only). Unset, the page prints the options the reader opened in full and the
   * others by name, so that a printout is a few pages, not thirty; the reader can still choose "Print every treatment
   * in full".
   */
  @property({ type: Boolean, reflect: true, attribute: 'print-all' })
  printAll = false;

  /** Hide the search box, the category filters and the count. */
  @property({ type: Boolean, reflect: true, attribute: 'no-search' })
  noSearch = false;

  /** Hides the "Add to my questions" button of each opened option. */
  @property({ type: Boolean, reflect: true, attribute: 'no-questions' })
  noQuestions = false;

  /** The search text. Set it (or the `query` attribute) to start with a search; it follows what the reader types. */
  @property()
  query = '';

  /**
   * The host's own treatments: an array in the content format (see `Treatment`), shown in their category and marked
   * as added by this website. Validated; invalid entries are listed in a visible notice. Merges with any child
   * `<script type="application/json">`: the property's entry wins for the same id (the rule every widget follows).
   */
  @property({ attribute: false })
  entries: readonly Treatment[] | null = null;

  /** The category filters the reader turned on (none: every category). */
  @state() private filters: ReadonlySet<TreatmentCategory> = new Set();
  /** Options the reader opened or closed, overriding `expanded`. */
  @state() private toggled: ReadonlyMap<string, boolean> = new Map();
  /** The medicine whose card is open in each option. */
  @state() private openDrugs: ReadonlyMap<string, string> = new Map();
  /** The answer line whose medicine's card is open (see `AnswerLine.key`): a new query closes it. */
  @state() private answerDrug: string | null = null;
  /** A medicine's card can open in place (src/shared/drug-cards.ts): the answers name medicines as buttons. */
  @state() private drugCards = false;

  private readonly hostJson = new HostJsonController(this);
  /** While the page prints everything in full, closed options render their content too (see the templates). */
  private readonly print = new PrintController(this, () => {
    if (this.isUpdatePending) this.performUpdate();
  });
  /** The list shows the markup a server renders (the templates' `served`): on the server, and hydrated until it takes over. */
  private served = isServer || isServerRendered(this);
  /** True from a click on "Print every treatment in full" until the page has printed. */
  @state() private printAllOnce = false;
  private readonly rowVisibility = new RowVisibility();
  /** The page's list of questions, as the options' buttons show it. */
  private readonly questions = new QuestionsController(this, (change, question) =>
    this.emit(change === 'add' ? 'net-question-add' : 'net-question-remove', { question }),
  );
  /** What the rows render the questions with, kept while the options' questions in the list stay the same. */
  private asked: { keys: string; state: { asked: ReadonlySet<string>; labels: QuestionLabels } } | null = null;
  /** The count's words: the rows follow each keystroke at once, the live region once typing pauses. */
  private readonly countAnnouncer = new PausedText(this);
  /**
   * How many options are rendered, in order: the first chunk at once, then a chunk more each time the browser is idle
   * (see `later`); up to a search's last match at once, and every option to print or to follow a link. While the page
   * loads, the first render holds none: only the list's head (title, search, count), which is what a phone's first
   * screen shows of it, so that its heading is painted sooner; the first screen's options (`FIRST_SCREEN`) follow in
   * a task of its own once that is painted (`continueFirstRender`). A server-rendered list hydrates every option it
   * was served with.
   */
  @state() private rows = pageLoading() && !isServerRendered(this) ? 0 : CHUNK_SIZE;
  /** Resolves once the rest of a first render that showed the list's head alone is asked for (see `rows`). */
  private rest: Promise<void> | null = null;
  /** How many are rendered now: while the host's entries are read, only the first category's (reading adds after them). */
  private limit = 0;
  /** True while a step of the work left for later waits for the browser. */
  private queued = false;

  protected override readInputs(read: InputReader): TreatmentListInputs {
    // Printing needs every option: read and rendered now, not a chunk at a time.
    if (this.print.printing) this.rows = Infinity;
    return {
      categories: read.text('categories', this.categories, MAX_LIST_LENGTH),
      entries: this.entries,
      hostJson: this.hostJson.value,
      query: read.text('query', this.query),
      filters: this.filters,
      all: this.rows === Infinity,
      drugCards: this.drugCards && !this.served,
      addedNames: addedNamesOn(this.ownerDocument),
    };
  }

  protected override computeView(inputs: TreatmentListInputs): TreatmentListView {
    return treatmentListView(inputs, this.locale, { treatments: treatmentsIn(this.locale), drugIds: DRUG_IDS }, this.view);
  }

  /** Built once per list (not per keystroke): the options the list holds, whatever the search shows. */
  protected override structuredDataFor(view: TreatmentListView): JsonLdDocument | null {
    return treatmentsPageJsonLd(
      view.model.entries.map((e) => e.treatment),
      { inLanguage: this.locale, drugName: (id) => drugCatalogue(this.locale).get(id)?.name },
    );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    // A server-rendered list hydrates as served (names as text), then offers the cards (see `hydrated`).
    if (!this.hydrating) this.watchDrugCard();
  }

  /** The one rule for medicines' cards (src/shared/drug-cards.ts): buttons once the card is on the page or can load. */
  private watchDrugCard(): void {
    whenDrugCardAvailable(() => (this.drugCards = true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Setting or clearing `expanded` opens or closes every option, forgetting the reader's own choices.
    if (changed.has('expanded') && changed.get('expanded') !== undefined) this.toggled = new Map();
    // A new query has answers of its own: a card opened from the last one's closes.
    if (changed.has('query')) this.answerDrug = null;
    // A search shows every match at once: the options up to the last one render now, not a chunk at a time.
    const view = this.view;
    if (view?.filtering) this.rows = Math.max(this.rows, view.result.shown.lastIndexOf(1) + 1);
  }

  /** A first render that showed the list's head alone is complete once the rest has rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.rest) return done;
    await this.rest;
    return super.getUpdateComplete();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // One listener for every button in the options (toggles, medicines, close buttons), not one per row.
    this.renderRoot.addEventListener('click', this.onListClick);
    void this.openFromHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const view = this.view;
    if (!view) return;
    this.rowVisibility.sync((id) => this.byId(id), view.model, view.result, this.limit);
    if (this.rows === 0) this.rest ??= continueFirstRender(this, () => (this.rows = Math.max(this.rows, FIRST_SCREEN)));
    this.later();
  }

  /**
   * The work a long list leaves for later, a step each time the browser is idle: reading the rest of the host's
   * entries (one update shows them), building the search index (a search reads and indexes what is left at once),
   * then rendering the options not rendered yet, a chunk a step.
   */
  private later(): void {
    if (this.queued) return;
    this.queued = true;
    whenIdle((go) => {
      this.queued = false;
      const view = this.view;
      if (!view) return;
      if (view.host.rest) {
        readOn(view.host, go);
        this.later();
      } else if (view.reading) {
        // Every entry read: the view with them all, rendered in a task of its own.
        this.view = this.computeView(this.inputs!);
        whenIdle(() => this.requestUpdate());
      } else if (!this.noSearch && !view.model.index.build(go)) this.later();
      else if (this.rows < view.model.entries.length) this.rows += CHUNK_SIZE;
    });
  }

  protected override renderView(view: TreatmentListView): unknown {
    // While the host's entries are read, only the first category shows: reading adds options after those it shows.
    this.limit = view.reading ? Math.min(this.rows, view.model.groups[0]?.entries.length ?? 0) : this.rows;
    const printAll = this.printAll || this.printAllOnce;
    // The count and the words before it change together, once typing pauses.
    const said = this.noSearch ? '' : this.countAnnouncer.text(`${view.announce}\u0000${view.count}`);
    const cut = said.indexOf('\u0000');
    return renderTreatmentList(view, {
      level: this.level,
      noSearch: this.noSearch,
      announce: said.slice(0, Math.max(cut, 0)),
      count: said.slice(cut + 1),
      drugCards: this.drugCards,
      answerDrug: this.answerDrug,
      dietGuide: view.food !== null && this.dietGuide() !== null,
      expanded: this.expanded,
      toggled: this.toggled,
      openDrugs: this.openDrugs,
      printAll,
      printing: this.print.printing && printAll,
      today: today(),
      rows: this.limit,
      served: this.served,
      onInput: this.onInput,
      onFilter: this.onFilter,
      onClear: this.onClear,
      onPrintAll: this.onPrintAll,
      onAskGuide: this.onAskGuide,
      questions: this.noQuestions ? null : this.optionsAsked(),
      questionsSaid: this.questions.said,
    });
  }

  /**
   * The options' questions in the page's list, for the rows: the same object until one of them is added or removed
   * (or the language changes), so that a keystroke, or a question from another widget, renders no row.
   */
  private optionsAsked(): { asked: ReadonlySet<string>; labels: QuestionLabels } {
    const labels = questionLabels(this.locale);
    // Hydrating, the rows render as the server did: with no question in the list.
    const asked = this.hydrating ? [] : [...this.questions.keys].filter((key) => idFromQuestionKey(key) !== null);
    const keys = asked.join('\n');
    if (this.asked?.keys !== keys || this.asked.state.labels !== labels) this.asked = { keys, state: { asked: new Set(asked), labels } };
    return this.asked.state;
  }

  /** An option's "Add to my questions" (its key in `data-question`): adds its question to the page's list, or removes it. */
  private askOption(key: string): void {
    const id = idFromQuestionKey(key);
    const entry = id === null ? undefined : this.view?.model.byId.get(id);
    if (!entry) return;
    this.questions.toggle(optionQuestion(entry.treatment, this.locale), questionLabels(this.locale));
  }

  /**
   * Hydrated as served, the list takes over: the options the reader opened (`<details>`) stay open and a focused option
   * keeps the focus, on its button. A press (which may have started the hydration) first ends and opens its option.
   */
  protected override hydrated(): void {
    const root = this.renderRoot as ShadowRoot | HTMLElement;
    if (this.matches(':active')) return void setTimeout(() => this.hydrated(), 99);
    const focused = this.lightDom ? document.activeElement : (root as ShadowRoot).activeElement;
    const option = focused && root.contains(focused) ? focused.closest('.option') : null;
    this.served = false;
    this.watchDrugCard();
    // An option that the page address names (see `openFromHash`, which has run) stays open too.
    this.toggled = new Map([...[...root.querySelectorAll('details')].map((d) => [d.dataset.toggle!, d.open] as const), ...this.toggled]);
    void this.updateComplete.then(() => option?.querySelector('button')?.focus());
  }

  private isOpen(id: string): boolean {
    return this.toggled.get(id) ?? this.expanded;
  }

  // ---- events -----------------------------------------------------------------------------------------------

  private fireFilterChange(): void {
    this.emit('net-filter-change', { query: asText(this.query), categories: [...this.filters] });
  }

  private readonly onInput = (event: InputEvent): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.fireFilterChange();
  };

  private readonly onFilter = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const next = new Set(this.filters);
    if (box.checked) next.add(box.value as TreatmentCategory);
    else next.delete(box.value as TreatmentCategory);
    this.filters = next;
    this.fireFilterChange();
  };

  /** Prints every option in full, once: the options render their content before the print dialog opens. */
  private readonly onPrintAll = async (): Promise<void> => {
    this.printAllOnce = true;
    await this.updateComplete;
    const done = () => {
      window.removeEventListener('afterprint', done);
      this.printAllOnce = false;
    };
    window.addEventListener('afterprint', done);
    window.print();
  };

  private readonly onClear = async (): Promise<void> => {
    this.query = '';
    this.filters = new Set();
    this.fireFilterChange();
    await this.updateComplete;
    this.byId<HTMLInputElement>('search')?.focus();
  };

  /** Clicks on an option's buttons, which say what they do in `data-*` attributes. */
  private readonly onListClick = (event: Event): void => {
    const button = (event.target as Element).closest?.('button');
    // In light DOM a click in a drug card opened inside an option, or in the host's note, bubbles through the list too.
    if (!button || !this.ownsNode(button)) return;
    const { toggle, option, drug, close, answer, answerClose, question } = button.dataset;
    if (question) this.askOption(question);
    else if (toggle) this.toggled = new Map(this.toggled).set(toggle, !this.isOpen(toggle));
    else if (option && drug) void this.selectDrug(option, drug);
    else if (close) void this.closeDrug(close);
    else if (answer && drug) void this.selectAnswerDrug(answer, drug);
    else if (answerClose) void this.closeAnswerDrug();
  };

  /** A medicine named in an answer: its card opens under the answer's line, as in an option (net-drug-select first). */
  private async selectAnswerDrug(key: string, drugId: string): Promise<void> {
    if (this.answerDrug === key) {
      await this.closeAnswerDrug();
      return;
    }
    if (!this.emit('net-drug-select', { drugId })) return;
    this.answerDrug = key;
    void loadDrugCard();
    await this.updateComplete;
    this.byId(`answer-drug-${key}`)?.querySelector<HTMLElement>('.drug-close')?.focus();
  }

  private async closeAnswerDrug(): Promise<void> {
    const key = this.answerDrug;
    this.answerDrug = null;
    await this.updateComplete;
    if (key) this.ownQuery(`.answer-drug[data-answer="${CSS.escape(key)}"]`)?.focus();
  }

  /**
   * The diet guide on the page whose "Can I eat …?" box can take a question (one without `no-search`): in the list's
   * own document or shadow root first, then in the page. Null when there is none.
   */
  private dietGuide(): DietGuideLike | null {
    if (isServer) return null;
    const own = this.getRootNode() as Document | ShadowRoot;
    const guide = own.querySelector?.<DietGuideLike>('net-diet-guide') ?? document.querySelector<DietGuideLike>('net-diet-guide');
    return guide && !guide.hasAttribute('no-search') ? guide : null;
  }

  /** Asks the diet guide on the page the food question's subject ("cheese"), and moves the focus to its box. */
  private readonly onAskGuide = async (): Promise<void> => {
    const guide = this.dietGuide();
    const food = this.view?.food;
    if (!guide || !food) return;
    guide.query = food;
    // A guide far below the screen renders when the reader comes near it.
    guide.scrollIntoView({ block: 'start' });
    for (let tries = 0; tries < 60; tries++) {
      await guide.updateComplete;
      const box = (guide.shadowRoot ?? guide).querySelector<HTMLInputElement>('input[type="search"]');
      if (box) {
        box.focus();
        return;
      }
      await new Promise((next) => requestAnimationFrame(next));
    }
  };

  private async selectDrug(optionId: string, drugId: string): Promise<void> {
    if (this.openDrugs.get(optionId) === drugId) {
      await this.closeDrug(optionId);
      return;
    }
    if (!this.emit('net-drug-select', { drugId })) return;
    this.openDrugs = new Map(this.openDrugs).set(optionId, drugId);
    void loadDrugCard();
    await this.updateComplete;
    this.byId(optionIds(optionId).drug)?.querySelector<HTMLElement>('.drug-close')?.focus();
  }

  private async closeDrug(optionId: string): Promise<void> {
    const drugId = this.openDrugs.get(optionId);
    const next = new Map(this.openDrugs);
    next.delete(optionId);
    this.openDrugs = next;
    await this.updateComplete;
    const body = this.byId(optionIds(optionId).body);
    [...(body?.querySelectorAll<HTMLButtonElement>('.drug-button') ?? [])].find((b) => b.dataset.drug === drugId)?.focus();
  }

  private readonly onHashChange = (): void => {
    void this.openFromHash();
  };

  /** When the page address names one of this list's options, open it, scroll to it and focus its button. */
  private async openFromHash(): Promise<void> {
    const id = idFromHash(window.location.hash);
    if (!id) return;
    // An option not read or rendered yet: every option first.
    if (!((this.view?.model.byId.get(id)?.index ?? Infinity) < this.limit)) {
      this.rows = Infinity;
      await this.updateComplete;
    }
    const view = this.view;
    if (!view) return;
    const entry = view.model.byId.get(id);
    if (!entry) return;
    if (view.result.shown[entry.index] !== 1) {
      this.query = '';
      this.filters = new Set();
      this.fireFilterChange();
    }
    this.toggled = new Map(this.toggled).set(id, true);
    await this.updateComplete;
    const ids = optionIds(id);
    this.byId(ids.option)?.scrollIntoView({ block: 'start' });
    this.byId(ids.toggle)?.focus({ preventScroll: true });
  }
}

/** What the list needs of a `<net-diet-guide>` (src/diet-guide/diet-guide.ts), without importing it. */
type DietGuideLike = HTMLElement & { query: string; updateComplete?: Promise<unknown> };

// ---- DOM behaviour of the list ----------------------------------------------------------------------------------

interface Run {
  /** The list element of one chunk of rows. */
  el: HTMLElement | null;
  /** Its rows' positions in the model: [from, to). */
  from: number;
  to: number;
}

/**
 * Shows and hides the rendered rows after a search or a filter change, by setting `hidden` on the rows whose state
 * changed, instead of re-rendering them: rows are rendered once per model (and again only when one opens or closes),
 * and a keystroke costs one comparison per row plus one attribute change per row that appears or disappears.
 *
 * Containers are never hidden with `display: none`: with thousands of options, changing a container's display makes
 * the browser catch up on all the style work it had skipped for rows far off screen (measured: 40–150 ms a keystroke,
 * against a few ms). So a category with no match only loses its heading and description (the `no-match` class; its rows
 * are hidden already), and a run of rows (`ListGroup.chunks`) with no match gets `aria-hidden`, so that screen readers
 * meet no empty list. A category led by an option of its own name shows its own heading and description only while
 * that option is hidden and another of its options is shown.
 */
class RowVisibility {
  private model: ListModel | undefined;
  /** How many rows were rendered when they were collected. */
  private rendered = 0;
  /** True while no row is hidden (as rendered). */
  private allShown = true;
  private rows: (HTMLElement | null)[] = [];
  private groups: { el: HTMLElement | null; runs: Run[]; lead: number | null; ownHeading: HTMLElement | null }[] = [];
  private applied: Uint8Array | undefined;

  /**
   * Call after every render that showed `model`, with the current filter result and how many rows are rendered (a
   * long list renders them a chunk at a time: rendered rows show, so they need a look only while a search hides some).
   */
  sync(find: (id: string) => HTMLElement | null, model: ListModel, result: FilterResult, rendered: number): void {
    const all = result.count === model.entries.length;
    if (all && this.allShown) return;
    if (model !== this.model || rendered !== this.rendered) {
      this.model = model;
      this.rendered = rendered;
      this.applied = undefined;
      this.collect(find, model);
    }
    if (result.shown === this.applied) return;
    const { shown } = result;
    const before = this.applied;
    for (const group of this.groups) {
      let groupShown = 0;
      for (const run of group.runs) {
        let runShown = 0;
        for (let i = run.from; i < run.to; i++) {
          runShown += shown[i]!;
          if (before && before[i] === shown[i]) continue;
          const row = this.rows[i];
          if (row) row.hidden = shown[i] !== 1;
        }
        const empty = runShown === 0;
        if (run.el && run.el.hasAttribute('aria-hidden') !== empty) {
          if (empty) run.el.setAttribute('aria-hidden', 'true');
          else run.el.removeAttribute('aria-hidden');
        }
        groupShown += runShown;
      }
      group.el?.classList.toggle('no-match', groupShown === 0);
      if (group.ownHeading && group.lead !== null) group.ownHeading.hidden = shown[group.lead] === 1 || groupShown === 0;
    }
    this.applied = shown;
    this.allShown = all;
  }

  /**
   * Finds the rendered rows (each list's rows are its children, in order), their lists and their groups from each
   * list's first row: no search of the whole shadow tree, which takes tens of milliseconds with 10,000 options.
   */
  private collect(find: (id: string) => HTMLElement | null, model: ListModel): void {
    const rows: (HTMLElement | null)[] = (this.rows = []);
    this.groups = model.groups.map((g) => {
      const runs = g.chunks.map((entries) => {
        const from = entries[0]!.index;
        const el = find(optionDomId(entries[0]!.treatment.id))?.parentElement ?? null;
        entries.forEach((_, i) => (rows[from + i] = (el?.children[i] as HTMLElement | undefined) ?? null));
        return { el, from, to: from + entries.length };
      });
      const el = runs[0]!.el?.closest<HTMLElement>('.group') ?? null;
      const ownHeading = g.lead && el ? [...el.children].find((child) => child.classList.contains('group-own-heading')) : undefined;
      return { el, runs, lead: g.lead?.index ?? null, ownHeading: (ownHeading as HTMLElement | undefined) ?? null };
    });
  }
}

/**
 * Tells the list when the page prints, so that it can render what it keeps out of the DOM on screen (closed options'
 * content). Listens to `beforeprint` / `afterprint` and to the `print` media query (print emulation, and browsers
 * without the print events, only change the media).
 *
 * On `beforeprint` the host's update runs at once (`flush`), not in a microtask: a page that calls `window.print()`
 * from its own script prints before any microtask runs.
 */
class PrintController implements ReactiveController {
  /** True while the page prints. */
  printing = false;
  private media?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly flush: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBefore);
    window.addEventListener('afterprint', this.onAfter);
    this.media = window.matchMedia?.('print');
    this.media?.addEventListener('change', this.onMedia);
    this.printing = this.media?.matches ?? false;
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBefore);
    window.removeEventListener('afterprint', this.onAfter);
    this.media?.removeEventListener('change', this.onMedia);
  }

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  }

  private readonly onBefore = (): void => {
    this.set(true);
    this.flush();
  };

  private readonly onAfter = (): void => this.set(false);

  private readonly onMedia = (event: MediaQueryListEvent): void => (event.matches ? this.onBefore() : this.onAfter());
}

/**
 * How many options the render after the list's head holds while the page loads: more than a screen's worth (a closed
 * option is 60 to 110 px tall), so that the options that follow, rendered when the browser is next idle, only ever
 * appear below the screen and move nothing the reader sees (layout shift stays 0).
 */
const FIRST_SCREEN = 12;

/**
 * Runs `step` when the browser is next idle (soon, in a browser without idle callbacks), with `go()`, true while there
 * is idle time left: what the browser gives, less 10 ms, and at least 10 ms, so that a busy page still sees progress.
 */
function whenIdle(step: (go: () => boolean) => void): void {
  const run = (deadline?: IdleDeadline) => {
    const end = performance.now() + Math.max((deadline?.timeRemaining() ?? 0) - 10, 10);
    step(() => performance.now() < end);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 1);
}
