import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { dietIn } from '../content/diet.js';
import type { Diet } from '../content/schema.js';
import { dietPageJsonLd } from '../structured-data/page.js';
import type { JsonLdDocument } from '../structured-data/types.js';
import type { FoodGroup } from '../content/schema.js';
import { renderFooter, renderReviewNotice } from '../shared/footer.js';
import { heading } from '../shared/heading.js';
import { NetElement } from '../shared/net-element.js';
import { renderSectionBody } from '../shared/section.js';
import { baseStyles } from '../shared/styles.js';
import { TYPING_PAUSE_MS } from '../shared/typing-pause.js';
import { noScriptStyles } from '../shared/no-script.styles.js';
import { dietGuideStyles } from './diet-guide.styles.js';
import type { FoodSearchDetail } from '../shared/events.js';
import { createFoodSearch, type FoodSearchAnswer } from './food-search.js';
import { dietGuideLabels, type DietGuideLabels } from './labels.js';
import { renderAnswer } from './render-answer.js';
import { renderChecklist } from './render-checklist.js';
import { renderGroups } from './render-groups.js';
import { renderSymptomControl } from './render-symptom-control.js';
import { dietGuideView, VARIANTS, type DietGuideInput, type DietGuideVariant, type DietGuideView } from './view.js';
import { asText, MAX_LIST_LENGTH, MAX_QUERY_LENGTH, textAttribute, type InputReader } from '../shared/inputs.js';

interface DietGuideInputs extends DietGuideInput {
  /** What the search field shows (the `query` property, as read). */
  query: string;
}

const DRUG_CARD = 'net-drug-card';
/** "Can I eat …?" over one locale's guide, built once per guide. */
const searches = new WeakMap<Diet, (query: string) => FoodSearchAnswer | null>();
function searchIn(diet: Diet): (query: string) => FoodSearchAnswer | null {
  let search = searches.get(diet);
  if (!search) searches.set(diet, (search = createFoodSearch(diet.groups)));
  return search;
}

// How long the guide waits after the last keystroke before it answers: the one pause of every widget, kept importable here.
export { TYPING_PAUSE_MS };
/** Typed text shorter than this is not answered until the reader presses Enter. */
const MIN_LIVE_LETTERS = 2;

/**
 * The diet advice for people with carcinoid syndrome: why diet matters, the foods and drinks to limit or avoid grouped
 * by why (the advice always in words), a "Can I eat …?" search, the advice about medicines, pointers to symptom control
 * framed as "talk to your NET specialist", and the sources, review dates and disclaimer. `variant="checklist"` gives a
 * one-page printable checklist instead. The search covers every food in the guide, whichever groups are shown, and
 * answers only from the data: a food that is not listed is said to be not on this list, never to be fine to eat.
 *
 * @summary Foods to limit or avoid with carcinoid syndrome, a "Can I eat …?" search and a printable checklist.
 * @tagname net-diet-guide
 *
 * @fires {CustomEvent<FoodSearchDetail>} net-food-search - The guide answered the reader: after a short pause in typing,
 * on Enter or the Check button, or when the reader picked one of several candidates. `detail`: `query`, `result`
 * (`listed`, `not-listed` or `ambiguous`) and `foodIds`. For a host's own analytics; the widget itself stores and
 * sends nothing. Bubbles and is composed; fired once per answer, and not for `query` set by the host.
 * @fires {CustomEvent<DrugSelectDetail>} net-drug-select - The reader asked to open a drug's card (only offered when
 * `<net-drug-card>` is defined on the page). `detail`: `drugId`. Cancelable: call `preventDefault()` to show the drug
 * your own way; otherwise the card opens in place. Bubbles and is composed.
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
  static override styles = [baseStyles, noScriptStyles, dietGuideStyles];

  /**
   * Which food groups to show, as comma-separated group ids (`amines-and-adrenaline-like`, `high-serotonin`,
   * `alcohol`), shown in the guide's own order. Unset, every group. An unknown id is left out, with a console warning.
   */
  @property()
  groups = '';

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

  /** The query the answer is for: `query` once the reader pauses or presses Enter, or as the host set it. */
  @state() private answered = '';
  /** True while `query` changes because the reader typed, so that the answer waits for the pause. */
  private typing = false;
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last answer announced in `net-food-search`, so that each answer is reported once. */
  private reported = '';

  @state() private drugCardDefined = false;
  @state() private openDrugs: ReadonlySet<string> = new Set();
  @state() private hasDietitian = false;

  private get labels(): DietGuideLabels {
    return dietGuideLabels(this.locale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') && !this.typing) this.answered = asText(this.query);
    this.typing = false;
    super.willUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.typingTimer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A server-rendered guide was rendered without drug cards (a page without JavaScript has none): it hydrates so,
    // then offers the buttons if the page defines <net-drug-card>.
    if (!this.hydrating) this.watchDrugCard();
  }

  protected override hydrated(): void {
    this.watchDrugCard();
  }

  private watchDrugCard(): void {
    this.drugCardDefined = customElements.get(DRUG_CARD) !== undefined;
    if (!this.drugCardDefined) {
      void customElements.whenDefined(DRUG_CARD).then(() => (this.drugCardDefined = true));
    }
  }

  protected override readInputs(read: InputReader): DietGuideInputs {
    return {
      groups: read.text('groups', this.groups, MAX_LIST_LENGTH),
      variant: read.choice('variant', this.variant, VARIANTS, '', 'unknown-variant'),
      query: read.text('query', this.query),
      answered: asText(this.answered),
    };
  }

  protected override computeView(inputs: DietGuideInputs): DietGuideView {
    const diet = dietIn(this.locale);
    return dietGuideView(inputs, diet, searchIn(diet), this.labels, this.locale);
  }

  protected override structuredDataFor(view: DietGuideView): JsonLdDocument | null {
    return view.problem ? null : dietPageJsonLd(view.diet, { inLanguage: this.locale });
  }

  protected override renderView(view: DietGuideView): unknown {
    if (view.problem) return nothing;
    const { checklist, groups, diet } = view;
    return html`<section class="base ${checklist ? 'is-checklist' : ''}" part="base" lang=${this.locale} aria-labelledby="title">
      <header class="header" part="header">
        ${heading(this.level, view.title, { id: 'title', part: 'heading', className: 'title' })}
        ${renderReviewNotice(diet.nextReview, this.commonLabels)}
      </header>
      ${checklist ? this.renderChecklistBody(groups) : this.renderGuideBody(diet, groups, view.answer)} ${this.renderDietitian()}
      ${renderFooter({
        sources: view.sources,
        reviewed: diet.reviewed,
        nextReview: diet.nextReview,
        locale: this.locale,
        labels: this.commonLabels,
        level: this.subLevel,
      })}
    </section>`;
  }

  private renderChecklistBody(groups: readonly FoodGroup[]): TemplateResult {
    return renderChecklist(groups, this.subLevel, this.labels);
  }

  private renderGuideBody(diet: Diet, groups: readonly FoodGroup[], answer: FoodSearchAnswer | null): TemplateResult {
    const { labels, commonLabels, subLevel } = this;
    const groupLevel = Math.min(subLevel + 1, 6);
    return html`<div class="intro" part="section">${renderSectionBody(diet.intro, commonLabels)}</div>
      ${this.noSearch ? nothing : this.renderSearch(answer)}
      <div class="groups" part="section">
        ${heading(subLevel, labels.groupsHeading, { className: 'subheading section-heading' })}
        ${renderGroups(groups, groupLevel, labels, commonLabels)}
      </div>
      <div class="medicines" part="section">
        ${heading(subLevel, labels.medicinesHeading, { className: 'subheading section-heading' })}
        ${renderSectionBody(diet.medicines, commonLabels)}
      </div>
      ${renderSymptomControl(diet.symptomControl, subLevel, labels, {
        cardAvailable: this.drugCardDefined,
        open: this.openDrugs,
        onToggle: this.toggleDrug,
        cardLevel: groupLevel,
        locale: this.locale,
      })}`;
  }

  private renderSearch(answer: FoodSearchAnswer | null): TemplateResult {
    const { labels } = this;
    return html`<div class="search no-print" part="section">
      ${heading(this.subLevel, labels.searchHeading, { id: 'search-heading', className: 'subheading section-heading' })}
      <form role="search" aria-label=${labels.searchRegionLabel} @submit=${this.onSubmit}>
        <label for="food-query">${labels.searchLabel}</label>
        <div class="search-row">
          <input
            id="food-query"
            class="field search-input"
            name="food"
            type="search"
            autocomplete="off"
            maxlength=${MAX_QUERY_LENGTH}
            .value=${this.inputs?.query ?? ''}
            @input=${this.onInput}
          />
          <button type="submit" class="search-button button button-primary">${labels.searchButton}</button>
        </div>
      </form>
      <div class="answer" role="status" aria-live="polite" aria-atomic="true">
        ${renderAnswer(answer, labels, this.commonLabels, this.pickFood)}
      </div>
      <p class="script-note">${labels.searchNeedsScript}</p>
    </div>`;
  }

  private renderDietitian(): TemplateResult {
    return html`<div class="dietitian" part="section" ?hidden=${!this.hasDietitian}>
      ${heading(this.subLevel, this.labels.dietitianHeading, { className: 'subheading section-heading' })}
      <slot name="dietitian" @slotchange=${this.onDietitianChange}></slot>
    </div>`;
  }

  private onDietitianChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasDietitian = slot.assignedNodes({ flatten: true }).some((n) => (n.textContent ?? '').trim() !== '');
  }

  private get searchInput(): HTMLInputElement | null {
    return this.renderRoot.querySelector('#food-query');
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.search(asText(this.searchInput?.value));
  }

  /** The reader typed: the field follows at once, the answer after a pause (and only from two letters on). */
  private onInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    this.typing = value !== this.query;
    this.query = value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      const typed = asText(this.query);
      if (typed.trim().length >= MIN_LIVE_LETTERS || typed.trim() === '') this.answer(typed);
    }, TYPING_PAUSE_MS);
  }

  /** Answers `query` now (Enter, the Check button or a picked candidate). */
  private search(query: string): void {
    clearTimeout(this.typingTimer);
    this.query = query;
    this.answer(query);
  }

  /** Shows the answer to `query` and tells the host, once per answer, what was answered. */
  private answer(query: string): void {
    this.answered = asText(query);
    const answer = searchIn(dietIn(this.locale))(this.answered);
    const key = answer ? `${answer.query}\n${answer.result}` : '';
    if (key === this.reported || !answer) {
      this.reported = key;
      return;
    }
    this.reported = key;
    const detail: FoodSearchDetail = {
      query: answer.query,
      result: answer.result,
      foodIds: answer.hits.map((h) => h.food.id),
    };
    this.emit('net-food-search', detail);
  }

  private pickFood = async (foodName: string): Promise<void> => {
    this.search(foodName);
    await this.updateComplete;
    this.searchInput?.focus();
  };

  private toggleDrug = (drugId: string): void => {
    const next = new Set(this.openDrugs);
    if (next.delete(drugId)) {
      this.openDrugs = next;
      return;
    }
    if (!customElements.get(DRUG_CARD)) return;
    if (!this.emit('net-drug-select', { drugId })) return;
    next.add(drugId);
    this.openDrugs = next;
  };
}
