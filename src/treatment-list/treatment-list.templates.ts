/**
 * Templates of the treatment list: they render its view (treatment-list.view.ts) and the element's state, and look
 * nothing up. Every word comes from the content or from the labels; content is always rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { partName } from '../shared/part.js';
import { renderingLight, slotted, uid } from '../shared/light-dom.js';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderDisclaimer, renderReviewNotice, renderSourcesAndDates, renderTranslationNote } from '../shared/footer.js';
import { heading } from '../shared/heading.js';
import { format } from '../shared/i18n.js';
import { MAX_QUERY_LENGTH } from '../shared/inputs.js';
import { renderNotes } from '../shared/notes.js';
import { renderProblem } from '../shared/problem.js';
import { renderSectionBody } from '../shared/section.js';
import type { QuestionLabels } from '../content/question-templates.js';
import { renderQuestionButton, renderQuestionStatus } from '../shared/question-button.js';
import {
  CHUNK_SIZE,
  idFromQuestionKey,
  optionDomId,
  optionIds,
  optionQuestion,
  optionQuestionKey,
  type AnswerLine,
  type ListEntry,
  type ListGroup,
  type SymptomAnswer,
  type TreatmentListView,
} from './treatment-list.view.js';

/** What the templates take from the element besides the view: its state and its event callbacks. */
export interface ListState {
  /** The main heading's level; categories go one level deeper, options two (never deeper than 6). */
  readonly level: number;
  readonly noSearch: boolean;
  /** The count's words as its live region says them now (the view's, once typing pauses). */
  readonly count: string;
  /** What the live region says before the count, for screen readers only (the view's `announce`, once typing pauses). */
  readonly announce: string;
  /** A medicine can open its card in place (src/shared/drug-cards.ts): the answers name it as a button. */
  readonly drugCards: boolean;
  /** The answer line whose medicine's card is open (`AnswerLine.key`), or null. */
  readonly answerDrug: string | null;
  /** A diet guide with its "Can I eat …?" box is on the page: a question about food offers to ask it. */
  readonly dietGuide: boolean;
  /** Every option is open (`expanded`), unless the reader closed it: `toggled` holds the reader's choices. */
  readonly expanded: boolean;
  readonly toggled: ReadonlyMap<string, boolean>;
  /** The medicine whose card is open in each option. */
  readonly openDrugs: ReadonlyMap<string, string>;
  /** The page prints every option in full (`print-all`, or the button): the print note goes. */
  readonly printAll: boolean;
  /** True while the page prints every option in full: every option's content is rendered, closed or not. */
  readonly printing: boolean;
  /** Today (YYYY-MM-DD): an option's "due for review" notice depends on it, so its rows render again when it changes. */
  readonly today: string;
  /** How many options are rendered, in order, by whole chunks: a long list renders the others in later tasks. */
  readonly rows: number;
  /**
   * The markup a server renders (src/ssr/), for a page without JavaScript: each option a `<details>`, closed unless
   * `expanded`, that opens without a script; the search shown disabled. The list hydrates it as it is, then takes over.
   */
  readonly served: boolean;
  readonly onInput: (event: InputEvent) => void;
  readonly onFilter: (event: Event) => void;
  readonly onClear: () => void;
  readonly onPrintAll: () => void;
  /** Puts the food question's subject into the diet guide's box and moves the focus there. */
  readonly onAskGuide: () => void;
  /**
   * "Add to my questions" on each opened option, or null (`no-questions`): the keys of the options'
   * questions in the page's list (a new set only when those change, so rows render again only then), the buttons'
   * words, and what the live region says. Its buttons are handled by the list's one click listener (`data-question`).
   */
  readonly questions: { readonly asked: ReadonlySet<string>; readonly labels: QuestionLabels } | null;
  /** What the questions' live region says: the last question added or removed with one of the list's buttons. */
  readonly questionsSaid: string;
}

/**
 * What every row renders with besides its entry and its open state, all stable while the reader types: the rows (and
 * the groups around them) render again only when one of these changes (`guard`).
 */
const rowsRenderWith = (view: TreatmentListView, state: ListState): unknown[] => [
  view.labels,
  view.common,
  view.locale,
  state.level,
  state.printing,
  state.today,
  state.served,
];

/** The whole list. */
export function renderTreatmentList(view: TreatmentListView, state: ListState): TemplateResult {
  const { labels, common, model, result } = view;
  const hostProblem = view.notices[0];
  // While the page loads, the first render is the head alone (no option yet): what comes after the options waits for
  // them, so that they never push it down.
  const headOnly = state.rows === 0 && model.entries.length > 0;
  return html`<section class="net-part-base base ${state.printAll ? 'print-all' : ''}" part=${partName('base')} lang=${view.locale} aria-labelledby=${uid('title')}>
    <div class="net-part-header header net-content" part=${partName('header')}>
      ${heading(state.level, labels.title, { id: uid('title'), part: 'heading', className: 'title' })}
      <p class="intro">${labels.intro}</p>
      ${slotted('note')}
    </div>
    ${hostProblem
      ? renderProblem(hostProblem, { ...common, problemTitle: labels.hostProblemTitle, problemHelp: labels.hostProblemHelp })
      : nothing}
    ${state.noSearch
      ? nothing
      : html`${renderSearch(view, state)} ${renderAnswers(view, state)}
          <p class="count ${view.filtering ? '' : 'no-print'}" role="status" aria-live="polite" aria-atomic="true">
            ${state.announce ? html`<span class="hidden-in-line">${state.announce} </span>` : nothing}${state.count}
          </p>`}
    ${model.entries.length && !state.printAll && !headOnly ? html`<p class="print-note print-only">${labels.printNote}</p>` : nothing}
    ${model.entries.length === 0 ? html`<p class="empty">${labels.empty}</p>` : nothing}
    ${model.entries.length > 0 && result.count === 0
      ? html`<div class="empty no-print">
          ${view.answers.length || view.food !== null ? nothing : html`<p>${labels.noMatchHelp}</p>`}
          <button type="button" class="text-button button clear-button" @click=${state.onClear}>${labels.clear}</button>
        </div>`
      : nothing}
    <div class="groups">
      ${guard([model, state.rows, state.toggled, state.expanded, state.openDrugs, state.questions, ...rowsRenderWith(view, state)], () =>
        repeat(
          model.groups.filter((g) => g.entries[0]!.index < state.rows),
          (g) => g.category,
          (g) => renderGroup(g, view, state),
        ),
      )}
    </div>
    ${headOnly ? nothing : renderEnd(view, state)}
  </section>`;
}

/** What comes after the options: the print choice, the footer and the questions' live region. */
function renderEnd(view: TreatmentListView, state: ListState): TemplateResult {
  const { labels, common, model } = view;
  return html`${model.entries.length
      ? html`<p class="print-choice no-print">
          <button type="button" class="text-button button print-button" @click=${state.onPrintAll}>${labels.printAll}</button>
        </p>`
      : nothing}
    <div class="net-part-footer footer net-content" part=${partName('footer')}>
      <p class="licence">${view.licence}</p>
      ${renderTranslationNote(common)}
      ${renderDisclaimer(common)}
    </div>
    ${state.questions ? renderQuestionStatus(state.questionsSaid) : nothing}`;
}

/** The search landmark: a labelled search box with a hint, and one checkbox per category (when there are two or more). */
function renderSearch(view: TreatmentListView, state: ListState): TemplateResult {
  const { labels } = view;
  const categories = view.model.groups.map((g) => g.category);
  return html`<div class="search no-print" role="search" aria-label=${labels.searchRegion}>
    <label class="search-label" for=${uid('search')}>${labels.searchLabel}</label>
    <div class="script-needed">
      <p class="hint" id=${uid('search-hint')}>${labels.searchHint}</p>
      <p class="script-note">${labels.searchNeedsScript}</p>
    </div>
    <input
      id=${uid('search')}
      class="search-input field"
      type="search"
      autocomplete="off"
      spellcheck="false"
      maxlength=${MAX_QUERY_LENGTH}
      aria-describedby=${uid('search-hint')}
      ?disabled=${state.served}
      .value=${live(view.query)}
      @input=${state.onInput}
    />
    ${categories.length > 1
      ? html`<fieldset class="filters" ?disabled=${state.served}>
          <legend>${labels.filtersLegend}</legend>
          <ul class="filter-list">
            ${categories.map(
              (category) => html`<li>
                <label class="filter">
                  <input
                    type="checkbox"
                    value=${category}
                    .checked=${live(view.filters.has(category))}
                    @change=${state.onFilter}
                  />
                  ${labels.categories[category].name}
                </label>
              </li>`,
            )}
          </ul>
        </fieldset>`
      : nothing}
  </div>`;
}

/**
 * What comes before the count and the options when the query asks more than a search does: what the drug cards say
 * about each symptom it names, and where food advice is when it asks about food. The answer comes first; the count,
 * and any "nothing matches", after it.
 */
function renderAnswers(view: TreatmentListView, state: ListState): TemplateResult | typeof nothing {
  const { medicine } = view;
  if (view.answers.length === 0 && view.food === null && medicine === null) return nothing;
  return html`<div class="answers">
    ${view.answers.map((answer) => renderAnswer(answer, view, state))}
    ${medicine === null
      ? nothing
      : html`<div class="answer medicine-answer">
          <p class="answer-lead">${medicine.lead[0]}${renderDrugName(medicine.key, medicine.drug, state)}${medicine.lead[1]}</p>
          ${renderDrugPanel(medicine.key, medicine.drug, state.level + 1, view, state)}
        </div>`}
    ${view.food === null ? nothing : renderFood(view.food, view, state)}
  </div>`;
}

/** A medicine named in an answer: a button that opens its card under the answer, or its name when no card can open. */
function renderDrugName(key: string, drug: AnswerLine['drug'], state: ListState): TemplateResult {
  const open = state.answerDrug === key;
  return state.drugCards && !state.served
    ? // No space around the name: the sentence's own spaces and full stop sit right next to it.
      html`<button
        type="button"
        class="answer-drug"
        data-answer=${key}
        data-drug=${drug.id}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${ifDefined(open ? uid(`answer-drug-${key}`) : undefined)}
      ><span translate="no">${drug.name}</span></button>`
    : html`<span class="answer-drug-name" translate="no">${drug.name}</span>`;
}

/**
 * The card of the medicine named in an answer, once the reader opened it, with a button that closes it; its heading at
 * `level` (one below the answer's heading, or at its level when the answer has none).
 */
function renderDrugPanel(
  key: string,
  drug: AnswerLine['drug'],
  level: number,
  view: TreatmentListView,
  state: ListState,
): TemplateResult | typeof nothing {
  if (state.answerDrug !== key) return nothing;
  return html`<div class="drug-panel" id=${uid(`answer-drug-${key}`)}>
    <button type="button" class="drug-close button no-print" data-answer-close=${key}>
      ${format(view.labels.closeDrug, { name: drug.name })}
    </button>
    <net-drug-card ?light-dom=${renderingLight()} drug=${drug.id} heading-level=${Math.min(level, 6)} lang=${view.locale}></net-drug-card>
  </div>`;
}

/**
 * One symptom: a heading, the drug cards' sentences that name it (serious side effects first, each in a callout with
 * the card's urgent advice), and the hedge that ends every answer.
 */
function renderAnswer(answer: SymptomAnswer, view: TreatmentListView, state: ListState): TemplateResult {
  return html`<div class="answer" data-symptom=${answer.symptom.id}>
    ${heading(Math.min(state.level + 1, 6), answer.heading, { className: 'answer-heading subheading' })}
    ${answer.lines.length
      ? html`<ul class="answer-lines">
          ${answer.lines.map((line) => renderAnswerLine(line, view, state))}
        </ul>`
      : nothing}
    <p class="answer-hedge">${answer.hedge}</p>
  </div>`;
}

/**
 * A sentence of a drug card that names the symptom: how it relates, with the medicine's name (a button that opens its
 * card in place, as an option's medicines do, or its name when no card can open), then the card's words quoted.
 */
function renderAnswerLine(line: AnswerLine, view: TreatmentListView, state: ListState): TemplateResult {
  const { urgent } = view;
  const serious = line.relation === 'serious';
  return html`<li class=${serious ? 'answer-line urgent callout' : 'answer-line'} data-relation=${line.relation}>
    <p class="answer-lead">${line.lead[0]}${renderDrugName(line.key, line.drug, state)}${line.lead[1]}</p>
    <blockquote class="answer-quote"><p>${line.quote}</p></blockquote>
    ${serious
      ? html`<p class="answer-urgent">
            <strong><span class="hidden-in-line">${urgent.prefix} </span>${urgent.heading}</strong>
          </p>
          ${line.whatToDo
            ? html`<p class="what-to-do"><strong>${urgent.whatToDo}</strong></p>
                ${renderSectionBody(line.whatToDo, view.common)}`
            : nothing}
          <p class="contact-now">${urgent.contactNow}</p>`
      : nothing}
    ${renderDrugPanel(line.key, line.drug, state.level + 2, view, state)}
  </li>`;
}

/**
 * A question about food: the diet guide answers it. With a diet guide on the page, a button puts the question's
 * subject into its "Can I eat …?" box; otherwise the list says where food advice is and whom to ask.
 */
function renderFood(food: string, view: TreatmentListView, state: ListState): TemplateResult {
  const { labels } = view;
  return html`<div class="food notice">
    ${state.dietGuide && !state.served
      ? html`<p>${labels.foodGuide}</p>
          <button type="button" class="button food-button" @click=${state.onAskGuide}>${format(labels.foodAsk, { food })}</button>`
      : html`<p>${format(labels.foodNoGuide, { food })}</p>`}
  </div>`;
}

/**
 * A category: its heading, its description and its options. Which of them show is up to `RowVisibility` (in
 * treatment-list.ts). A category led by an option of its own name ("Chemotherapy") has that option's heading at its
 * level instead of a heading of its own, with its description under it: a reader never hears the same heading twice
 * in a row. Its own heading and description stay, hidden, for a search that hides the leading option but not the
 * others.
 */
function renderGroup(group: ListGroup, view: TreatmentListView, state: ListState): TemplateResult {
  const category = view.labels.categories[group.category];
  const own = html`${heading(Math.min(state.level + 1, 6), category.name, { className: 'group-heading subheading' })}
    <p class="group-description">${category.description}</p>`;
  return html`<div class="net-part-section group" part=${partName('section')} data-category=${group.category}>
    ${group.lead ? html`<div class="group-own-heading" hidden>${own}</div>` : own}
    <div class="options">
      ${group.chunks
        .filter((entries) => entries[0]!.index < state.rows)
        .map((entries) =>
          guard(
            [entries, state.toggled, state.expanded, state.openDrugs, askedIn(entries, view, state), ...rowsRenderWith(view, state)],
            () => html`<ul class=${entries.length === CHUNK_SIZE ? 'chunk full' : 'chunk'}>
              ${repeat(
                entries,
                (e) => e.treatment.id,
                (e) => renderRow(e, e === group.lead ? category.description : undefined, view, state),
              )}
            </ul>`,
          ),
        )}
    </div>
  </div>`;
}

/**
 * Which of a chunk's options have their question in the page's list (their keys), or null without questions: a chunk's
 * rows render again only when this changes, so adding an option's question renders one chunk, not 10,000 rows. Worked
 * out only when the list's groups render again (never on a keystroke): one look per question in the list.
 */
function askedIn(entries: readonly ListEntry[], view: TreatmentListView, state: ListState): string | null {
  const questions = state.questions;
  if (!questions) return null;
  const from = entries[0]!.index;
  const to = entries[entries.length - 1]!.index;
  let ids = '';
  for (const key of questions.asked) {
    const index = view.model.byId.get(idFromQuestionKey(key) ?? '')?.index;
    if (index !== undefined && index >= from && index <= to) ids += `${key}\n`;
  }
  return ids;
}

/**
 * One row. A keystroke does not re-render rows at all (see `RowVisibility`); when an option opens, closes or shows a
 * medicine, only that option's content is re-rendered (guard). A row that leads its category (with the category's
 * `description`) has its heading at the category's level.
 */
function renderRow(entry: ListEntry, description: string | undefined, view: TreatmentListView, state: ListState): TemplateResult {
  const id = entry.treatment.id;
  const open = state.toggled.get(id) ?? state.expanded;
  const drug = state.openDrugs.get(id);
  const level = Math.min(state.level + (description === undefined ? 2 : 1), 6);
  // Only an opened option shows its question (a closed one needs no look in the list); served, every option's body is
  // there for a reader without JavaScript to open, each with its question, invisible until the list is defined.
  const q = state.questions;
  const ask = q && (open || state.served) ? { added: q.asked.has(optionQuestionKey(id)), labels: q.labels } : null;
  return html`<li class=${description === undefined ? 'option' : 'option lead'} id=${uid(optionDomId(id))}>
    ${guard([entry, open, drug, description, ask?.added, ask?.labels, ...rowsRenderWith(view, state)], () =>
      renderOption(entry, { open, drug, level, description, printing: state.printing, served: state.served, ask }, view),
    )}
  </li>`;
}

/** What one option shows besides its entry. */
interface OptionState {
  readonly open: boolean;
  /** The medicine whose card is open in it. */
  readonly drug: string | undefined;
  /** Level of the option's heading; its sections go one deeper. */
  readonly level: number;
  /** The category's description, under the heading of an option that leads its category. */
  readonly description: string | undefined;
  readonly printing: boolean;
  readonly served: boolean;
  /** "Add to my questions" in the option's body: whether its question is in the page's list, and the words. Else null. */
  readonly ask: { readonly added: boolean; readonly labels: QuestionLabels } | null;
}

/**
 * One option: a heading whose button opens and closes it (the NHS / GOV.UK accordion pattern), its one-line summary,
 * a mark when the host added it, and its body. The body's content is rendered only while the option is open or the
 * page prints: most of a list's DOM is in its bodies, so a list of 10,000 options renders about five times faster
 * (the empty body stays, so that the button's `aria-controls` always names an element).
 *
 * Served (a server's markup, for a page without JavaScript), the option is a `<details>` with its content, whose
 * `<summary>` holds the same heading, description and summary as the button's option, in boxes of the same size: a
 * reader without a script opens it, a printout shows the options opened, and the list takes over without a shift.
 */
function renderOption(entry: ListEntry, option: OptionState, view: TreatmentListView): TemplateResult {
  const t = entry.treatment;
  const ids = optionIds(t.id);
  const name = html`<span class="option-name">${t.name}</span><span class="chevron" aria-hidden="true"></span>`;
  if (option.served) {
    return html`<details data-toggle=${t.id} ?open=${option.open}>
      <summary>
        ${heading(option.level, html`<span class="option-toggle">${name}</span>`, { className: 'option-heading' })}
        ${option.description ? html`<span class="group-description">${option.description}</span>` : nothing}
        <span class="option-summary">${t.summary}</span>
      </summary>
      <div class="option-body open">${renderBody(entry, option, view)}</div>
    </details>`;
  }
  return html`${heading(
      option.level,
      html`<button
        type="button"
        class="option-toggle"
        id=${uid(ids.toggle)}
        data-toggle=${t.id}
        aria-expanded=${option.open ? 'true' : 'false'}
        aria-controls=${uid(ids.body)}
      >
        ${name}
      </button>`,
      { className: 'option-heading' },
    )}
    ${option.description ? html`<p class="group-description">${option.description}</p>` : nothing}
    <p class="option-summary">${t.summary}</p>
    ${entry.host ? html`<p class="host-mark">${view.common.hostContent}</p>` : nothing}
    <div class=${option.open ? 'option-body open' : 'option-body'} id=${uid(ids.body)}>
      ${option.open || option.printing ? renderBody(entry, option, view) : nothing}
    </div>`;
}

/**
 * The opened part of an option: its key points (where it has them), what it is, when it is used, how it is done, aims, medicines, where the sources differ,
 * and its footer: sources and review dates, without the disclaimer (the list ends with it once).
 */
function renderBody(entry: ListEntry, option: OptionState, view: TreatmentListView): TemplateResult {
  const t = entry.treatment;
  const { labels, common, locale } = view;
  const ids = optionIds(t.id);
  const section = (title: string) => heading(option.level + 1, title, { className: 'section-heading' });
  return html`${renderReviewNotice(t.nextReview, common)}
    ${t.keyPoints ? html`${section(labels.keyPoints)} ${renderSectionBody(t.keyPoints, common)}` : nothing}
    ${section(labels.about)} ${renderSectionBody(t.about, common)}
    ${section(labels.whenUsed)} ${renderSectionBody(t.whenUsed, common)} ${section(labels.howDone)}
    ${renderSectionBody(t.howDone, common)} ${section(labels.aims)}
    <ul class="goals">
      ${t.aims.goals.map((g) => html`<li>${labels.goals[g]}</li>`)}
    </ul>
    ${t.aims.text ? html`<p>${t.aims.text}</p>` : nothing} ${renderDrugs(entry, option, view)}
    ${entry.notes.length ? html`${section(common.sectionNotes)} ${renderNotes(entry.notes, common)}` : nothing}
    ${option.ask
      ? html`<p class="ask-line no-print">${renderQuestionButton(optionQuestion(t, locale), option.ask.added, option.ask.labels, { show: true })}</p>`
      : nothing}
    <div class="option-footer net-content">
      ${renderSourcesAndDates({
        sources: entry.sources,
        reviewed: t.reviewed,
        nextReview: t.nextReview,
        locale,
        labels: common,
        licence: false,
        level: option.level + 1,
        idPrefix: ids.option,
      })}
    </div>
    <p class="option-link no-print">
      <a class="option-link" href="#${ids.option}"
        >${labels.linkToThis}<span class="visually-hidden">: ${format(labels.linkToThisName, { name: t.name })}</span></a
      >
    </p>`;
}

/** An option's medicines: one button each, and the card of the one the reader opened, with a button that closes it. */
function renderDrugs(entry: ListEntry, option: OptionState, view: TreatmentListView): TemplateResult | typeof nothing {
  if (entry.drugs.length === 0) return nothing;
  const { labels, locale } = view;
  const t = entry.treatment;
  const ids = optionIds(t.id);
  const open = entry.drugs.find((d) => d.id === option.drug);
  return html`${heading(option.level + 1, labels.relatedDrugs, { className: 'section-heading' })}
    <p class="hint no-print">${labels.relatedDrugsHint}</p>
    <ul class="drugs drug-list">
      ${entry.drugs.map(
        (drug) => html`<li>
          <button
            type="button"
            class="drug-button button"
            data-option=${t.id}
            data-drug=${drug.id}
            aria-expanded=${drug.id === option.drug ? 'true' : 'false'}
            aria-controls=${ifDefined(drug.id === option.drug ? uid(ids.drug) : undefined)}
          >
            <span translate="no">${drug.name}</span>
          </button>
        </li>`,
      )}
    </ul>
    ${open
      ? html`<div class="drug-panel" id=${uid(ids.drug)}>
          <button type="button" class="drug-close button no-print" data-close=${t.id}>
            ${format(labels.closeDrug, { name: open.name })}
          </button>
          <net-drug-card ?light-dom=${renderingLight()} drug=${open.id} heading-level=${Math.min(option.level + 2, 6)} lang=${locale}></net-drug-card>
        </div>`
      : nothing}`;
}
