import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { diet } from '../content/diet.js';
import { dietPageJsonLd } from '../structured-data/page.js';
import type { JsonLdDocument } from '../structured-data/types.js';
import type { FoodGroup } from '../content/schema.js';
import { renderFooter, renderReviewNotice } from '../shared/footer.js';
import { heading } from '../shared/heading.js';
import { NetElement } from '../shared/net-element.js';
import { renderSectionBody } from '../shared/section.js';
import { baseStyles } from '../shared/styles.js';
import { noScriptStyles } from '../shared/no-script.styles.js';
import { dietGuideStyles } from './diet-guide.styles.js';
import type { FoodSearchDetail } from '../shared/events.js';
import { createFoodSearch, type FoodSearchAnswer } from './food-search.js';
import { dietGuideLabels, type DietGuideLabels } from './labels.js';
import { renderAnswer } from './render-answer.js';
import { renderChecklist } from './render-checklist.js';
import { renderGroups } from './render-groups.js';
import { renderSymptomControl } from './render-symptom-control.js';
import { dietGuideView, type DietGuideView } from './view.js';

const DRUG_CARD = 'net-drug-card';
const searchFood = createFoodSearch(diet.groups);

/** How long the guide waits after the last keystroke before it answers what is typed. */
export const TYPING_PAUSE_MS = 350;
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
 * @fires {CustomEvent<Problem>} net-error - The input is bad (an unknown group in `groups`, an unknown `variant`).
 * `detail` is the problem (`code`, `message`, `details`); the guide shows it visibly and logs one console warning.
 *
 * @slot dietitian - The host's dietitian contact text ("Our dietitian, ..., on ..."), shown under its own heading.
 * Left empty, the heading is not shown.
 *
 * @csspart base - The guide's frame (a named region).
 * @csspart header - The title block: title and review-due notice.
 * @csspart heading - The main heading.
 * @csspart review-notice - The notice shown when the next review date has passed.
 * @csspart intro - Why diet matters.
 * @csspart section-heading - The heading of each section (search, foods, medicines, symptom control, dietitian).
 * @csspart search - The "Can I eat …?" block: heading, form and answer.
 * @csspart search-input - The search field.
 * @csspart search-button - The button that runs the search.
 * @csspart answer - The answer to a search (a polite live region).
 * @csspart candidate - Each food offered when a search could mean more than one.
 * @csspart group - One food group (in both variants).
 * @csspart group-heading - A group's heading: its name and the advice word.
 * @csspart advice - The advice word ("Limit", "Avoid") with the icon that repeats it.
 * @csspart reason - Why the foods in a group matter.
 * @csspart foods - The list of foods in a group.
 * @csspart food - One food (in both variants).
 * @csspart medicines - The advice about medicines.
 * @csspart symptom-control - The pointers to symptom control.
 * @csspart pointer - One symptom-control pointer.
 * @csspart talk - "Talk to your NET specialist" in a pointer.
 * @csspart drug-button - The button that opens a drug's card in place.
 * @csspart drug-card - The place where an opened drug card appears.
 * @csspart dietitian - The block holding the `dietitian` slot.
 * @csspart checklist - The checklist variant's list of groups.
 * @csspart checkbox - A checkbox in the checklist.
 * @csspart notes - The ruled space for notes under each group of the checklist.
 * @csspart footer - Sources, review dates and disclaimer.
 * @csspart sources - The list of sources in the footer.
 * @csspart review-dates - The review dates in the footer.
 * @csspart disclaimer - The disclaimer in the footer.
 * @csspart error - The visible problem message shown instead of the guide when the input is bad.
 *
 * @cssprop --net-color-text - Text colour.
 * @cssprop --net-color-muted - Colour of secondary text (footer, list labels).
 * @cssprop --net-color-background - Background.
 * @cssprop --net-color-surface - Background of the search block and the answer.
 * @cssprop --net-color-border - Borders, checkboxes and the ruled note lines.
 * @cssprop --net-color-accent - Section headings, buttons and the line under the title.
 * @cssprop --net-color-focus - Focus outline.
 * @cssprop --net-color-urgent - The advice word and its icon; border of problem messages.
 * @cssprop --net-color-urgent-background - Background of the advice word and of problem messages.
 * @cssprop --net-color-notice - Border of the review-due notice and of "talk to your NET specialist".
 * @cssprop --net-color-notice-background - Background of the review-due notice.
 * @cssprop --net-font-family - Font (inherits the page's font by default).
 * @cssprop --net-font-size - Base text size; everything else is in em.
 * @cssprop --net-radius - Corner radius.
 * @cssprop --net-space - Padding of the guide.
 */
export class NetDietGuide extends NetElement<DietGuideView> {
  static override styles = [baseStyles, noScriptStyles, dietGuideStyles];

  /**
   * Which food groups to show, as comma-separated group ids (`amines-and-adrenaline-like`, `high-serotonin`,
   * `alcohol`), shown in the guide's own order. Unset, every group. An unknown id is a problem that lists the valid ones.
   */
  @property()
  groups = '';

  /** Hides the "Can I eat …?" search. */
  @property({ type: Boolean, reflect: true, attribute: 'no-search' })
  noSearch = false;

  /** `checklist` shows a one-page printable checklist with a checkbox per food and space for notes. */
  @property({ reflect: true })
  variant: '' | 'checklist' = '';

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
    if (changed.has('query') && !this.typing) this.answered = this.query;
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

  protected override viewInputs(): readonly unknown[] {
    return [this.groups, this.variant, this.answered];
  }

  protected override computeView(): DietGuideView {
    return dietGuideView({ groups: this.groups, variant: this.variant, answered: this.answered }, diet, searchFood, this.labels);
  }

  protected override structuredDataFor(): JsonLdDocument | null {
    return dietPageJsonLd(diet, { inLanguage: this.locale });
  }

  protected override renderView(view: DietGuideView): unknown {
    if (view.problem) return nothing;
    const { checklist, groups } = view;
    return html`<section class="base ${checklist ? 'is-checklist' : ''}" part="base" lang=${this.locale} aria-labelledby="title">
      <header class="header" part="header">
        ${heading(this.level, view.title, { id: 'title', className: 'title' })}
        ${renderReviewNotice(diet.nextReview, this.commonLabels)}
      </header>
      ${checklist ? this.renderChecklistBody(groups) : this.renderGuideBody(groups, view.answer)} ${this.renderDietitian()}
      ${renderFooter({
        sources: view.sources,
        reviewed: diet.reviewed,
        nextReview: diet.nextReview,
        locale: this.locale,
        labels: this.commonLabels,
      })}
    </section>`;
  }

  private renderChecklistBody(groups: readonly FoodGroup[]): TemplateResult {
    return renderChecklist(groups, this.subLevel, this.labels);
  }

  private renderGuideBody(groups: readonly FoodGroup[], answer: FoodSearchAnswer | null): TemplateResult {
    const { labels, commonLabels, subLevel } = this;
    const groupLevel = Math.min(subLevel + 1, 6);
    return html`<div class="intro" part="intro">${renderSectionBody(diet.intro, commonLabels)}</div>
      ${this.noSearch ? nothing : this.renderSearch(answer)}
      <div class="groups">
        ${heading(subLevel, labels.groupsHeading, { className: 'subheading', part: 'section-heading' })}
        ${renderGroups(groups, groupLevel, labels, commonLabels)}
      </div>
      <div class="medicines" part="medicines">
        ${heading(subLevel, labels.medicinesHeading, { className: 'subheading', part: 'section-heading' })}
        ${renderSectionBody(diet.medicines, commonLabels)}
      </div>
      ${renderSymptomControl(diet.symptomControl, subLevel, labels, {
        cardAvailable: this.drugCardDefined,
        open: this.openDrugs,
        onToggle: this.toggleDrug,
        cardLevel: groupLevel,
      })}`;
  }

  private renderSearch(answer: FoodSearchAnswer | null): TemplateResult {
    const { labels } = this;
    return html`<div class="search no-print" part="search">
      ${heading(this.subLevel, labels.searchHeading, { id: 'search-heading', className: 'subheading', part: 'section-heading' })}
      <form role="search" aria-label=${labels.searchRegionLabel} @submit=${this.onSubmit}>
        <label for="food-query">${labels.searchLabel}</label>
        <div class="search-row">
          <input
            id="food-query"
            class="field"
            name="food"
            type="search"
            part="search-input"
            autocomplete="off"
            .value=${this.query}
            @input=${this.onInput}
          />
          <button type="submit" class="search-button button button-primary" part="search-button">${labels.searchButton}</button>
        </div>
      </form>
      <div class="answer" part="answer" role="status" aria-live="polite" aria-atomic="true">
        ${renderAnswer(answer, labels, this.commonLabels, this.pickFood)}
      </div>
      <p class="script-note">${labels.searchNeedsScript}</p>
    </div>`;
  }

  private renderDietitian(): TemplateResult {
    return html`<div class="dietitian" part="dietitian" ?hidden=${!this.hasDietitian}>
      ${heading(this.subLevel, this.labels.dietitianHeading, { className: 'subheading', part: 'section-heading' })}
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
    this.search(this.searchInput?.value ?? '');
  }

  /** The reader typed: the field follows at once, the answer after a pause (and only from two letters on). */
  private onInput(event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    this.typing = value !== this.query;
    this.query = value;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => {
      const typed = this.query;
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
    this.answered = query;
    const answer = searchFood(query);
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
