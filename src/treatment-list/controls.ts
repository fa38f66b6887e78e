import { html, nothing, type TemplateResult } from 'lit';
import { MAX_QUERY_LENGTH } from '../shared/inputs.js';
import { live } from 'lit/directives/live.js';
import type { TreatmentCategory } from '../content/schema.js';
import { format, type Locale } from '../shared/i18n.js';
import { pluralForm, type TreatmentListLabels } from './labels.js';
import type { FilterResult } from './filter.js';

/** What the search box, the filters and the count show. */
export interface ControlsView {
  readonly labels: TreatmentListLabels;
  readonly locale: Locale;
  readonly query: string;
  /** Categories that have options, in order: one filter each. */
  readonly categories: readonly TreatmentCategory[];
  readonly filters: ReadonlySet<TreatmentCategory>;
  readonly onInput: (event: InputEvent) => void;
  readonly onFilter: (event: Event) => void;
}

/** The search landmark: a labelled search box with a hint, and one checkbox per category (when there are two or more). */
export function renderSearch(view: ControlsView): TemplateResult {
  const { labels } = view;
  return html`<div class="search no-print" role="search" aria-label=${labels.searchRegion}>
    <label class="search-label" for="search">${labels.searchLabel}</label>
    <p class="hint" id="search-hint">${labels.searchHint}</p>
    <input
      id="search"
      class="search-input field"
      type="search"
      autocomplete="off"
      spellcheck="false"
      maxlength=${MAX_QUERY_LENGTH}
      aria-describedby="search-hint"
      .value=${live(view.query)}
      @input=${view.onInput}
    />
    ${view.categories.length > 1
      ? html`<fieldset class="filters">
          <legend>${labels.filtersLegend}</legend>
          <ul class="filter-list">
            ${view.categories.map(
              (category) => html`<li>
                <label class="filter">
                  <input
                    type="checkbox"
                    value=${category}
                    .checked=${live(view.filters.has(category))}
                    @change=${view.onFilter}
                  />
                  ${labels.categories[category].name}
                </label>
              </li>`,
            )}
          </ul>
        </fieldset>`
      : nothing}
    <p class="script-note">${labels.searchNeedsScript}</p>
  </div>`;
}

/** The words the count (a polite live region) says: "5 treatments match “octreo”", or that none does. */
export function countText(view: Pick<ControlsView, 'labels' | 'locale' | 'query' | 'filters'>, result: FilterResult): string {
  const { labels, locale } = view;
  const query = view.query.trim();
  const count = result.count;
  if (count === 0 && query) return format(labels.noMatchQuery, { query });
  if (count === 0 && view.filters.size > 0) return format(labels.noMatchFilters, {});
  if (query) return format(pluralForm(labels.countQuery, count, locale), { count, query });
  if (view.filters.size > 0) return format(pluralForm(labels.countFiltered, count, locale), { count });
  return format(pluralForm(labels.countAll, count, locale), { count });
}

/** The "no treatment matches" help, with a button that clears the search and the filters. */
export function renderNoMatch(labels: TreatmentListLabels, onClear: () => void): TemplateResult {
  return html`<div class="empty no-print">
    <p>${labels.noMatchHelp}</p>
    <button type="button" class="text-button button clear-button" @click=${onClear}>${labels.clear}</button>
  </div>`;
}

/** On paper, unless every treatment prints in full: a line that says only the opened treatments are in full. */
export function renderPrintNote(labels: TreatmentListLabels, printAll: boolean): TemplateResult | typeof nothing {
  return printAll ? nothing : html`<p class="print-note print-only">${labels.printNote}</p>`;
}

/** On screen, after the list: the button that prints every treatment in full. */
export function renderPrintButton(labels: TreatmentListLabels, onPrintAll: () => void): TemplateResult {
  return html`<p class="print-choice no-print">
    <button type="button" class="text-button button print-button" @click=${onPrintAll}>${labels.printAll}</button>
  </p>`;
}
