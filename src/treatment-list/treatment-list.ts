import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { drugCatalogue, drugs } from '../content/drugs.js';
import { treatmentsIn } from '../content/treatments.js';
import type { Treatment, TreatmentCategory } from '../content/schema.js';
import { renderDisclaimer, renderTranslationNote } from '../shared/footer.js';
import { today } from '../shared/clock.js';
import { heading } from '../shared/heading.js';
import { HostJsonController } from '../shared/host-content.js';
import { NetElement } from '../shared/net-element.js';
import { renderProblem } from '../shared/problem.js';
import { baseStyles } from '../shared/styles.js';
import { noScriptStyles } from '../shared/no-script.styles.js';
import { PausedText } from '../shared/typing-pause.js';
import { treatmentsPageJsonLd } from '../structured-data/page.js';
import type { JsonLdDocument } from '../structured-data/types.js';
import { countText, renderNoMatch, renderPrintButton, renderPrintNote, renderSearch } from './controls.js';
import { ensureDrugCard } from './drug-card-loader.js';
import { treatmentListLabels, type TreatmentListLabels } from './labels.js';
import { warmSearchIndex, CHUNK_SIZE, idFromHash, optionDomId, type ListEntry, type ListGroup } from './model.js';
import { optionIds, renderOption, type OptionContext } from './option.js';
import { treatmentListStyles } from './treatment-list.styles.js';
import { RowVisibility } from './visibility.js';
import { PrintController } from './print-controller.js';
import { treatmentListView, type TreatmentListInput, type TreatmentListView } from './view.js';
import { asText, MAX_LIST_LENGTH, type InputReader } from '../shared/inputs.js';
import type { DrugSelectDetail, FilterChangeDetail } from '../shared/events.js';

export type { DrugSelectDetail, FilterChangeDetail };

const DRUG_IDS = drugs.map((d) => d.id);

/** What the list reads from its attributes and properties (see `NetElement.readInputs`). */
type TreatmentListInputs = Pick<TreatmentListInput, 'categories' | 'entries' | 'hostJson' | 'query' | 'filters' | 'printingAll'>;

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
 * **Host entries** (the `entries` property and/or a child `<script type="application/json">` holding an array of
 * treatments in the content format) are validated one by one; valid ones appear in their category, marked "Added by
 * this website". Invalid ones are left out and listed, with their paths, in a visible notice above the list (one
 * console warning and one `net-error`); the bundled list and the valid host entries still show.
 *
 * **Print** shows what the reader sees: the options they have not filtered out, those they opened in full and the
 * others by name and summary, with a line that says so; without the search and buttons. The "Print every treatment
 * in full" button (or the `print-all` attribute) prints every option opened instead: a closed option's content is then
 * rendered only while the page prints (on `beforeprint`, or when the print media applies).
 *
 * **Speed:** options are rendered once; a keystroke re-renders no row but sets `hidden` on the rows that change (a
 * prebuilt word index finds the matches), so a list of 10,000 host entries stays responsive.
 *
 * @summary Every NET treatment option, grouped, searchable, linked to the drug cards.
 * @tagname net-treatment-list
 *
 * @slot note - The host's own note (a helpline, say), shown above the list.
 *
 * @fires {CustomEvent<DrugSelectDetail>} net-drug-select - The reader chose a medicine in an option (`detail.drugId`).
 *   Cancelable: unless the host calls `preventDefault()`, the list opens that medicine's `<net-drug-card>` inside the
 *   option, with a button that closes it.
 * @fires {CustomEvent<FilterChangeDetail>} net-filter-change - The reader changed the search text or the category
 *   filters (`detail.query`, `detail.categories`).
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
  static override styles = [baseStyles, noScriptStyles, treatmentListStyles];

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

  /** The search text. Set it (or the `query` attribute) to start with a search; it follows what the reader types. */
  @property()
  query = '';

  /**
   * The host's own treatments: an array in the content format (see `Treatment`), shown in their category and marked
   * as added by this website. Validated; invalid entries are listed in a visible notice. Adds to (does not replace)
   * any child `<script type="application/json">`.
   */
  @property({ attribute: false })
  entries: readonly Treatment[] | null = null;

  /** The category filters the reader turned on (none: every category). */
  @state() private filters: ReadonlySet<TreatmentCategory> = new Set();
  /** Options the reader opened or closed, overriding `expanded`. */
  @state() private toggled: ReadonlyMap<string, boolean> = new Map();
  /** The medicine whose card is open in each option. */
  @state() private openDrugs: ReadonlyMap<string, string> = new Map();

  private readonly hostJson = new HostJsonController(this);
  /** While the page prints everything in full, closed options render their content too (see `renderOption`). */
  private readonly print = new PrintController(this, () => {
    if (this.isUpdatePending) this.performUpdate();
  });
  /** True from a click on "Print every treatment in full" until the page has printed. */
  @state() private printAllOnce = false;
  private readonly rowVisibility = new RowVisibility();
  /** The count's words: the rows follow each keystroke at once, the live region once typing pauses. */
  private readonly countAnnouncer = new PausedText(this);

  private get labels(): TreatmentListLabels {
    return treatmentListLabels(this.locale);
  }

  protected override readInputs(read: InputReader): TreatmentListInputs {
    return {
      categories: read.text('categories', this.categories, MAX_LIST_LENGTH),
      entries: this.entries,
      hostJson: this.hostJson.value,
      query: read.text('query', this.query),
      filters: this.filters,
      printingAll: this.printingAll,
    };
  }

  protected override computeView(inputs: TreatmentListInputs): TreatmentListView {
    const input = {
      ...inputs,
      labels: this.labels,
      common: this.commonLabels,
      locale: this.locale,
      optionLevel: Math.min(this.subLevel + 1, 6),
      today: today(),
    };
    return treatmentListView(input, { treatments: treatmentsIn(this.locale), drugIds: DRUG_IDS }, this.view);
  }

  /** Built once per list (not per keystroke): the options the list holds, whatever the search shows. */
  protected override structuredDataFor(view: TreatmentListView): JsonLdDocument | null {
    if (view.problem) return null;
    return treatmentsPageJsonLd(
      view.model.entries.map((e) => e.treatment),
      { inLanguage: this.locale, drugName: (id) => drugCatalogue(this.locale).get(id)?.name },
    );
  }

  /** True while the page prints every option in full (the `print-all` attribute, or the button). */
  private get printingAll(): boolean {
    return this.print.printing && (this.printAll || this.printAllOnce);
  }

  private isOpen(id: string): boolean {
    return this.toggled.get(id) ?? this.expanded;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Setting or clearing `expanded` opens or closes every option, forgetting the reader's own choices.
    if (changed.has('expanded') && changed.get('expanded') !== undefined) this.toggled = new Map();
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
    if (view && !view.problem) {
      this.rowVisibility.sync(this.renderRoot as ShadowRoot, view.model, view.result);
      this.syncGroupHeadings(view);
      if (!this.noSearch) warmSearchIndex(view.model);
    }
  }

  protected override renderView(view: TreatmentListView): unknown {
    if (view.problem) return nothing;
    const { labels, locale } = this;
    const common = this.commonLabels;
    const { model, result, ctx, filtering } = view;
    const hostProblem = view.notices[0];
    const printAll = this.printAll || this.printAllOnce;
    const controls = {
      labels,
      locale,
      query: this.inputs?.query ?? '',
      categories: model.groups.map((g) => g.category),
      filters: this.filters,
      onInput: this.onInput,
      onFilter: this.onFilter,
    };
    return html`<section class="base ${printAll ? 'print-all' : ''}" part="base" lang=${locale} aria-labelledby="title">
      <div class="header" part="header">
        ${heading(this.level, labels.title, { id: 'title', part: 'heading', className: 'title' })}
        <p class="intro">${labels.intro}</p>
        <slot name="note"></slot>
      </div>
      ${hostProblem
        ? renderProblem(hostProblem, { ...common, problemTitle: labels.hostProblemTitle, problemHelp: labels.hostProblemHelp })
        : nothing}
      ${this.noSearch
        ? nothing
        : html`${renderSearch(controls)}
            <p class="count ${filtering ? '' : 'no-print'}" role="status" aria-live="polite" aria-atomic="true">
              ${this.countAnnouncer.text(model.entries.length ? countText(controls, result) : '')}
            </p>`}
      ${model.entries.length ? renderPrintNote(labels, printAll) : nothing}
      ${model.entries.length === 0 ? html`<p class="empty">${labels.empty}</p>` : nothing}
      ${model.entries.length > 0 && result.count === 0 ? renderNoMatch(labels, this.onClear) : nothing}
      <div class="groups">
        ${guard([model, this.toggled, this.openDrugs, ctx], () =>
          repeat(
            model.groups,
            (g) => g.category,
            (g) => this.renderGroup(g, ctx),
          ),
        )}
      </div>
      ${model.entries.length ? renderPrintButton(labels, this.onPrintAll) : nothing}
      <div class="footer" part="footer">
        <p class="licence">${model.entries.some((e) => e.host) ? common.contentLicenceListWithHost : common.contentLicenceList}</p>
        ${renderTranslationNote(common)}
        ${renderDisclaimer(common)}
      </div>
    </section>`;
  }

  /**
   * A category: its heading, its description and its options. Which of them show is up to `RowVisibility`. A category
   * led by an option of its own name ("Chemotherapy") has that option's heading at its level instead of a heading of
   * its own, with its description under it: a reader never hears the same heading twice in a row. Its own heading and
   * description stay, hidden, for a search that hides the leading option but not the others (see `syncGroupHeadings`).
   */
  private renderGroup(group: ListGroup, ctx: OptionContext): TemplateResult {
    const category = ctx.labels.categories[group.category];
    const own = html`${heading(this.subLevel, category.name, { className: 'group-heading subheading' })}
      <p class="group-description">${category.description}</p>`;
    return html`<div class="group" part="section" data-category=${group.category}>
      ${group.lead ? html`<div class="group-own-heading" hidden>${own}</div>` : own}
      <div class="options">
        ${group.chunks.map(
          (entries) => html`<ul class=${entries.length === CHUNK_SIZE ? 'chunk full' : 'chunk'}>
            ${repeat(entries, (e) => e.treatment.id, (e) => this.renderRow(e, ctx, e === group.lead ? category.description : undefined))}
          </ul>`,
        )}
      </div>
    </div>`;
  }

  /**
   * After a search or a filter: a category led by an option of its own name shows its own heading and description
   * only while that option is hidden and another of its options is shown.
   */
  private syncGroupHeadings(view: Extract<TreatmentListView, { problem: null }>): void {
    for (const group of view.model.groups) {
      if (!group.lead) continue;
      const own = this.renderRoot.querySelector<HTMLElement>(`.group[data-category="${group.category}"] > .group-own-heading`);
      if (own) own.hidden = view.result.shown[group.lead.index] === 1 || !view.result.perCategory.has(group.category);
    }
  }

  /**
   * One row. A keystroke does not re-render rows at all (see `RowVisibility`); when an option opens, closes or shows a
   * medicine, only that option's content is re-rendered (guard). A row that leads its category (with the category's
   * `description`) has its heading at the category's level.
   */
  private renderRow(entry: ListEntry, ctx: OptionContext, description?: string): TemplateResult {
    const id = entry.treatment.id;
    const open = this.isOpen(id);
    const drug = this.openDrugs.get(id);
    return html`<li class=${description === undefined ? 'option' : 'option lead'} id=${optionDomId(id)}>
      ${guard([entry, open, drug, ctx, description], () =>
        renderOption(entry, open, drug, description === undefined ? ctx : { ...ctx, level: this.subLevel }, description),
      )}
    </li>`;
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
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  };

  /** Clicks on an option's buttons, which say what they do in `data-*` attributes. */
  private readonly onListClick = (event: Event): void => {
    const button = (event.target as Element).closest?.('button');
    if (!button) return;
    const { toggle, option, drug, close } = button.dataset;
    if (toggle) this.toggled = new Map(this.toggled).set(toggle, !this.isOpen(toggle));
    else if (option && drug) void this.selectDrug(option, drug);
    else if (close) void this.closeDrug(close);
  };

  private async selectDrug(optionId: string, drugId: string): Promise<void> {
    if (this.openDrugs.get(optionId) === drugId) {
      await this.closeDrug(optionId);
      return;
    }
    if (!this.emit('net-drug-select', { drugId })) return;
    this.openDrugs = new Map(this.openDrugs).set(optionId, drugId);
    void ensureDrugCard();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${optionIds(optionId).drug} .drug-close`)?.focus();
  }

  private async closeDrug(optionId: string): Promise<void> {
    const drugId = this.openDrugs.get(optionId);
    const next = new Map(this.openDrugs);
    next.delete(optionId);
    this.openDrugs = next;
    await this.updateComplete;
    const body = this.renderRoot.querySelector(`#${optionIds(optionId).body}`);
    [...(body?.querySelectorAll<HTMLButtonElement>('.drug-button') ?? [])].find((b) => b.dataset.drug === drugId)?.focus();
  }

  private readonly onHashChange = (): void => {
    void this.openFromHash();
  };

  /** When the page address names one of this list's options, open it, scroll to it and focus its button. */
  private async openFromHash(): Promise<void> {
    const id = idFromHash(window.location.hash);
    const view = this.view;
    if (!id || !view || view.problem) return;
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
    this.renderRoot.querySelector(`#${ids.option}`)?.scrollIntoView({ block: 'start' });
    this.renderRoot.querySelector<HTMLElement>(`#${ids.toggle}`)?.focus({ preventScroll: true });
  }
}
