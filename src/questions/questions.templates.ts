/**
 * The templates of `<net-questions>`: they render its view (questions.view.ts) and call back the element; no lookups.
 * The screen shows the list with its controls; the printout (`.sheet`, shown only in print, or on screen with
 * `print-preview`) is a page of its own: each question with lines for the answer, in one or two languages.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { partName } from '../shared/part.js';
import { uid } from '../shared/light-dom.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderDisclaimer } from '../shared/footer.js';
import { heading } from '../shared/heading.js';
import { format, formatDate } from '../shared/i18n.js';
import { MAX_QUESTION_LENGTH } from '../shared/questions-store.js';
import type { QuestionItem, QuestionsView } from './questions.view.js';

/** What the templates take from the element besides the view: its state and its callbacks. */
export interface QuestionsUi {
  readonly level: number;
  readonly subLevel: number;
  /** What the reader's own-question field holds. */
  readonly ownText: string;
  /** A message under the field (nothing written, the list is full), or ''. */
  readonly ownError: string;
  /** True while "Clear my questions" asks for confirmation. */
  readonly confirming: boolean;
  /** The last announcement, for the polite live region. */
  readonly announcement: string;
  /** Today (YYYY-MM-DD), the date printed. */
  readonly today: string;
  readonly onOwnInput: (event: InputEvent) => void;
  readonly onOwnSubmit: (event: SubmitEvent) => void;
  /** Moves the question with `key` to the place of the question with `to`. */
  readonly onMove: (key: string, to: string) => void;
  readonly onRemove: (key: string) => void;
  readonly onToggleGeneral: (key: string) => void;
  readonly onClear: () => void;
  readonly onConfirmClear: (yes: boolean) => void;
  readonly onConfirmKeydown: (event: KeyboardEvent) => void;
  readonly onPrint: () => void;
}

/** Lines to write an answer on, in print. */
const ANSWER_LINES = 2;

/** A control that cannot act now: still focusable and read (so focus never drops), said to be unavailable. */
const unavailable = (off: boolean) => (off ? 'true' : 'false');

function renderItem(item: QuestionItem, view: QuestionsView, ui: QuestionsUi): TemplateResult {
  const { labels } = view;
  const which = html`<span class="visually-hidden">, ${format(labels.questionNumber, { number: item.number })}</span>`;
  const textId = uid(`question-${item.number}`);
  /** Move up or down: to the place of the question `to`, unavailable (still focusable) at the end of its group. */
  const moveButton = (way: 'up' | 'down', to: string | null, label: string) =>
    html`<button
      type="button"
      class="button move-${way}"
      aria-disabled=${unavailable(to === null)}
      aria-describedby=${textId}
      @click=${() => to !== null && ui.onMove(item.key, to)}
    >
      <span class="arrow arrow-${way}" aria-hidden="true"></span>${label}${which}
    </button>`;
  return html`<li class="question" data-key=${item.key} data-kind=${item.kind}>
    <p class="question-text" id=${textId}>${item.text}</p>
    <div class="question-actions">
      ${moveButton('up', item.before, labels.moveUp)} ${moveButton('down', item.after, labels.moveDown)}
      <button type="button" class="button remove" aria-describedby=${textId} @click=${() => ui.onRemove(item.key)}>
        ${labels.remove}${which}
      </button>
    </div>
  </li>`;
}

/** The reader's list, grouped by where each question came from, or the empty state that says how to add one. */
function renderList(view: QuestionsView, ui: QuestionsUi): TemplateResult {
  const { labels } = view;
  const count = view.count === 1 ? labels.countOne : format(labels.count, { count: view.count });
  return html`<div class="net-part-section list no-print" part=${partName('section')}>
    ${heading(ui.subLevel, labels.listLabel, { id: uid('list-heading'), className: 'subheading section-heading' })}
    ${view.count === 0
      ? html`<div class="empty">
          <p><strong>${labels.emptyHeading}</strong></p>
          <p>${labels.empty}</p>
        </div>`
      : html`<p class="count">${count}</p>
          ${view.groups.map(
            (group) => html`<div class="group" data-group=${group.id}>
              ${heading(Math.min(ui.subLevel + 1, 6), group.heading, { className: 'group-heading' })}
              <ol class="questions" start=${group.items[0]!.number}>
                ${repeat(group.items, (item) => item.key, (item) => renderItem(item, view, ui))}
              </ol>
            </div>`,
          )}`}
    <p class="kept">${view.kept}</p>
    <div class="list-actions">
      <button type="button" class="button button-primary print-button" @click=${ui.onPrint}>
        <span class="printer" aria-hidden="true"></span>${labels.print}
      </button>
      <button
        type="button"
        class="button clear-button"
        aria-disabled=${unavailable(view.count === 0)}
        aria-expanded=${ui.confirming ? 'true' : 'false'}
        aria-controls=${uid('confirm')}
        @click=${ui.onClear}
      >
        ${labels.clear}
      </button>
    </div>
    <div id=${uid('confirm')} class="confirm" role="group" aria-labelledby=${ifDefined(ui.confirming ? uid('confirm-text') : undefined)} ?hidden=${!ui.confirming} @keydown=${ui.onConfirmKeydown}>
      ${ui.confirming
        ? html`<p id=${uid('confirm-text')}><strong>${view.count === 1 ? labels.clearConfirmOne : format(labels.clearConfirm, { count: view.count })}</strong></p>
            <div class="confirm-actions">
              <button type="button" class="button confirm-no" @click=${() => ui.onConfirmClear(false)}>${labels.clearNo}</button>
              <button type="button" class="button confirm-yes" @click=${() => ui.onConfirmClear(true)}>${labels.clearYes}</button>
            </div>`
        : nothing}
    </div>
  </div>`;
}

/** The reader's own question: a labelled field and its button. */
function renderOwn(view: QuestionsView, ui: QuestionsUi): TemplateResult {
  const { labels } = view;
  return html`<form class="net-part-section own script-needed no-print" part=${partName('section')} @submit=${ui.onOwnSubmit}>
    <label for=${uid('own-text')}>${labels.ownLabel}</label>
    <p id=${uid('own-hint')} class="hint">${format(labels.ownHint, { max: MAX_QUESTION_LENGTH })}</p>
    <div class="own-row">
      <input
        id=${uid('own-text')}
        class="field own-input"
        type="text"
        name="question"
        autocomplete="off"
        maxlength=${MAX_QUESTION_LENGTH}
        aria-describedby=${ui.ownError ? `${uid('own-hint')} ${uid('own-error')}` : uid('own-hint')}
        aria-invalid=${ui.ownError ? 'true' : 'false'}
        .value=${ui.ownText}
        @input=${ui.onOwnInput}
      />
      <button type="submit" class="button button-primary own-add">${labels.ownAdd}</button>
    </div>
    ${ui.ownError ? html`<p id=${uid('own-error')} class="own-error">${ui.ownError}</p>` : nothing}
    <p class="script-note">${labels.needsScript}</p>
  </form>`;
}

/** Questions anyone may ask, each with a button that adds it (or takes it out again). */
function renderGeneral(view: QuestionsView, ui: QuestionsUi): TemplateResult {
  const { labels } = view;
  return html`<div class="net-part-section general no-print" part=${partName('section')}>
    ${heading(ui.subLevel, labels.generalHeading, { id: uid('general-heading'), className: 'subheading section-heading' })}
    <p>${labels.generalIntro}</p>
    <ul class="general-list" aria-labelledby=${uid('general-heading')}>
      ${view.general.map(
        (g) => html`<li class="general-item" data-id=${g.id}>
          <span class="general-text" id=${uid(`general-${g.id}`)}>${g.text}</span>
          <button
            type="button"
            class="button general-button"
            data-added=${g.added ? 'true' : 'false'}
            aria-describedby=${uid(`general-${g.id}`)}
            @click=${() => ui.onToggleGeneral(g.key)}
          >
            ${g.added ? labels.generalRemove : labels.add}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The entries the questions came from, by the day they were last reviewed (and, on paper, the date printed). */
function renderEntries(view: QuestionsView, className: string, printed?: string): TemplateResult | typeof nothing {
  if (!view.entries.length && !printed) return nothing;
  const { labels, locale } = view;
  return html`<div class=${className}>
    ${printed ? html`<p class="sheet-date">${format(labels.printDate, { date: formatDate(printed, locale) })}</p>` : nothing}
    ${view.entries.length
      ? html`<p class="from-heading"><strong>${labels.fromHeading}</strong></p>
          <ul class="from-list">
            ${view.reviewed.map(
              (r) => html`<li data-reviewed=${r.date}>
                ${format(labels.fromEntry, { reviewed: formatDate(r.date, locale), names: r.names.join(', ') })}
              </li>`,
            )}
          </ul>`
      : nothing}
  </div>`;
}

/** One question on paper: in the reader's language (and the clinic's, beside it), then lines for the answer. */
function renderSheetItem(item: QuestionItem, view: QuestionsView): TemplateResult {
  const { clinic } = view;
  return html`<li class="sheet-question" data-key=${item.key}>
    <div class="sheet-texts">
      <p class="sheet-text">${item.text}</p>
      ${clinic
        ? html`<p class="sheet-text sheet-clinic" lang=${clinic.locale}>
            ${item.clinicText}${item.notTranslated ? html`<span class="not-translated">${` (${clinic.labels.printNotTranslated})`}</span>` : nothing}
          </p>`
        : nothing}
    </div>
    <div class="answer">
      <span class="answer-label">${view.labels.printAnswer}</span>
      ${Array.from({ length: ANSWER_LINES }, () => html`<span class="answer-line"></span>`)}
    </div>
  </li>`;
}

/**
 * The printout: title, date printed, the questions numbered, each with lines for the answer (12 fit one A4 or US
 * Letter page), where they came from with review dates, and the disclaimer. With a clinic language, each question is
 * printed in both, side by side. Hidden from assistive technology on screen: it repeats the list.
 */
function renderSheet(view: QuestionsView, ui: QuestionsUi): TemplateResult {
  const { labels, clinic } = view;
  return html`<div class="sheet ${clinic ? 'two-languages' : ''}" aria-hidden=${view.preview ? 'false' : 'true'}>
    <div class="sheet-header net-content">
      <p class="sheet-title">${labels.printTitle}</p>
      ${clinic ? html`<p class="sheet-title sheet-clinic" lang=${clinic.locale}>${clinic.labels.printTitle}</p>` : nothing}
    </div>
    ${clinic
      ? html`<div class="sheet-languages" aria-hidden="true">
          <span>${labels.languageName}</span><span lang=${clinic.locale}>${clinic.labels.languageName}</span>
        </div>`
      : nothing}
    ${view.count
      ? html`<ol class="sheet-questions">
          ${view.items.map((item) => renderSheetItem(item, view))}
        </ol>`
      : html`<p>${labels.empty}</p>`}
    <div class="sheet-footer net-content">${renderEntries(view, 'sheet-from', ui.today)} ${renderDisclaimer(view.common)}</div>
  </div>`;
}

/** The whole widget, as a named region. */
export function renderQuestions(view: QuestionsView, ui: QuestionsUi): TemplateResult {
  const { labels } = view;
  return html`<section class="net-part-base base ${view.preview ? 'is-preview' : ''}" part=${partName('base')} lang=${view.locale} aria-labelledby=${uid('title')}>
    <header class="net-part-header header net-content no-print" part=${partName('header')}>
      ${heading(ui.level, labels.heading, { id: uid('title'), part: 'heading', className: 'title' })}
      <p class="intro">${labels.intro}</p>
    </header>
    ${view.preview ? nothing : html`${renderList(view, ui)} ${renderOwn(view, ui)} ${renderGeneral(view, ui)}`}
    <div class="status visually-hidden" role="status" aria-live="polite" aria-atomic="true">${ui.announcement}</div>
    <div class="net-part-footer footer net-content no-print" part=${partName('footer')}>${renderEntries(view, 'from')} ${renderDisclaimer(view.common)}</div>
    ${renderSheet(view, ui)}
  </section>`;
}
