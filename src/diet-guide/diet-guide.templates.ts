/** The diet guide's templates: they render the view (diet-guide.view.ts) and call back the element; no lookups. */
import { html, nothing, type TemplateResult } from 'lit';
import { partName } from '../shared/part.js';
import { renderingLight, slotted, uid } from '../shared/light-dom.js';
import type { FoodHit, FoodSearchAnswer } from '../content/food-search.js';
import type { FoodGroup } from '../content/schema.js';
import { renderFacts } from '../shared/facts.js';
import { renderFooter, renderReviewNotice } from '../shared/footer.js';
import { heading } from '../shared/heading.js';
import { format, type CommonLabels } from '../shared/i18n.js';
import { MAX_QUERY_LENGTH } from '../shared/inputs.js';
import { renderSectionBody } from '../shared/section.js';
import { renderQuestionButton, renderQuestionStatus } from '../shared/question-button.js';
import type { SavedQuestion } from '../shared/questions-store.js';
import type { DietGuideLabels, DietGuideView, Medicine, NotFood } from './diet-guide.view.js';

/** What the templates take from the element besides the view: the heading level, what the reader changed, the handlers. */
export interface DietGuideUi {
  /** The main heading's level. */
  level: number;
  /** What the search field holds. */
  query: string;
  /** Ids of the drug cards open now. */
  openDrugs: ReadonlySet<string>;
  /** True when the host put words in the `dietitian` slot. */
  hasDietitian: boolean;
  onInput: (event: InputEvent) => void;
  onSubmit: (event: SubmitEvent) => void;
  /** The reader picked one of several listed foods (a button in the answer). */
  onPick: (foodName: string) => void;
  /** Opens or closes a medicine's card: in "Help with symptoms" (`list`), or under the answer (`answer`). */
  onToggleDrug: (drugId: string, where?: DrugPlace) => void;
  /** Moves the reader to a part of the guide further down: a "Help with symptoms" pointer (`pointer-<n>`) or `medicines`. */
  onGoTo: (target: string) => void;
  onDietitianChange: (event: Event) => void;
  /** Prints the checklist (`variant="checklist"`), then shows the guide again. */
  onPrintChecklist: () => void;
  /** Keys of the questions in the page's list (their buttons show as added). */
  asked: ReadonlySet<string>;
  /** What the questions' live region says: the last question added or removed with one of the guide's buttons. */
  said: string;
  /** Adds a question to the page's list, or removes it. */
  onAsk: (question: SavedQuestion) => void;
}

/** Where a medicine's card opens: in "Help with symptoms", or under the answer to "Can I eat …?". */
export type DrugPlace = 'list' | 'answer';

/** The key in `openDrugs` of a medicine's card opened in `where`. */
export const openKey = (drugId: string, where: DrugPlace = 'list'): string => (where === 'answer' ? `answer:${drugId}` : drugId);

/** The id of a "Help with symptoms" pointer, the target of the answer's "see also" buttons. */
const pointerId = (index: number): string => `pointer-${index}`;

/** How many ruled lines each group gets for handwritten notes. */
const NOTE_LINES = 3;

/**
 * The advice for a group ("Limit", "Avoid") in words, as the NHS do-and-don't pattern does. The icon beside it only
 * repeats the word, so it is hidden from assistive technology and never carries meaning alone.
 */
function renderAdvice(advice: FoodGroup['advice'], labels: DietGuideLabels): TemplateResult {
  return html`<span class="advice advice-${advice}" data-advice=${advice}
    ><span class="advice-icon" aria-hidden="true"></span>${labels.advice[advice]}</span
  >`;
}

/** What to call a hit: the food's own name, or the kind the reader typed as the data spells it ("Cheddar"). */
function hitName(hit: FoodHit): string {
  return hit.relation === 'name' ? hit.food.name : hit.matched;
}

/** The sentence that says how the query names a listed food: as the food itself, a kind of it, or maybe a kind of it. */
function leadOf(hit: FoodHit, labels: DietGuideLabels): string {
  const food = hit.food.name;
  if (hit.relation === 'kind') return format(labels.answerKind, { kind: hit.matched, food });
  if (hit.relation === 'possible-kind') return format(labels.answerPossibleKind, { kind: hit.matched, food });
  return format(labels.answerListed, { food });
}

/** One listed food: how the query reaches it, the advice in words, its group, and why. */
function renderHit(hit: FoodHit, labels: DietGuideLabels, common: CommonLabels): TemplateResult {
  return html`<div class="answer-hit" data-food=${hit.food.id} data-relation=${hit.relation}>
    <p class="answer-lead"><strong>${leadOf(hit, labels)}</strong></p>
    ${hit.relation === 'possible-kind' ? html`<p class="answer-unsure">${labels.answerPossibleKindHelp}</p>` : nothing}
    ${renderFacts(
      [
        { term: labels.answerAdvice, value: renderAdvice(hit.group.advice, labels) },
        { term: labels.answerGroup, value: hit.group.name },
        { term: labels.answerWhy, value: renderSectionBody(hit.group.reason, common) },
      ],
      'answer-facts',
    )}
  </div>`;
}

/**
 * Listed foods the reader may have meant, each a button that answers for it, with its advice and group. A name that
 * may or may not be a listed food ("Almond milk" and nuts) gets no advice word: the answer it opens explains.
 */
function renderCandidates(hits: readonly FoodHit[], labels: DietGuideLabels, onPick: (foodName: string) => void): TemplateResult {
  return html`<ul class="candidates">
    ${hits.map((hit) => {
      const name = hitName(hit);
      const { group } = hit;
      return html`<li>
        <button type="button" class="candidate button" data-food=${hit.food.id} @click=${() => onPick(name)}>
          ${hit.relation === 'possible-kind'
            ? name
            : format(labels.answerCandidate, { food: name, advice: labels.advice[group.advice], group: group.name })}
        </button>
      </li>`;
    })}
  </ul>`;
}

/** Names in a list, as the page's language joins them ("nausea or vomiting"). */
function joined(names: readonly string[], locale: string, type: 'conjunction' | 'disjunction'): string {
  try {
    return new Intl.ListFormat(locale, { type }).format(names);
  } catch {
    return names.join(', ');
  }
}

/** Buttons that take the reader further down the guide: to "Your medicines", or to "Help with symptoms" pointers. */
function renderGoTo(targets: readonly { target: string; name: string }[], ui: DietGuideUi): TemplateResult {
  return html`<ul class="go-to">
    ${targets.map(
      ({ target, name }) => html`<li>
        <button type="button" class="go-to-button button" data-target=${target} @click=${() => ui.onGoTo(target)}>${name}</button>
      </li>`,
    )}
  </ul>`;
}

/**
 * The medicines an answer names: each a button that opens its card under the answer when a card can open (the rule in
 * shared/drug-cards.ts), its name in words otherwise.
 */
function renderAnswerMedicines(view: DietGuideView, ui: DietGuideUi, medicines: NotFood['medicines']): TemplateResult {
  const { labels } = view;
  return html`<ul class="answer-drugs">
    ${medicines.map(({ id, name }) =>
      view.drugCards
        ? html`<li class="drug" data-drug=${id}>
            <button
              type="button"
              class="drug-button button"
              aria-expanded=${ui.openDrugs.has(openKey(id, 'answer')) ? 'true' : 'false'}
              aria-controls=${uid(`answer-drug-card-${id}`)}
              @click=${() => ui.onToggleDrug(id, 'answer')}
            >
              <span class="chevron" aria-hidden="true"></span>${format(labels.readAbout, { drug: name })}
            </button>
          </li>`
        : html`<li class="drug" data-drug=${id}>
            <span class="medicine-label">${labels.medicineLabel}</span> <span class="drug-name" translate="no">${name}</span>
          </li>`,
    )}
  </ul>`;
}

/**
 * The cards opened from the answer, under the live region (so that a screen reader does not read a whole card out
 * as part of the answer). Each stays in the DOM as the target of its button's aria-controls.
 */
function renderAnswerCards(view: DietGuideView, ui: DietGuideUi, cardLevel: number): TemplateResult | typeof nothing {
  if (!view.drugCards || !view.notFood.medicines.length) return nothing;
  return html`<div class="answer-cards">
    ${view.notFood.medicines.map(
      ({ id }) => html`<div id=${uid(`answer-drug-card-${id}`)} class="drug-card">
        ${ui.openDrugs.has(openKey(id, 'answer'))
          ? html`<net-drug-card ?light-dom=${renderingLight()} drug=${id} heading-level=${cardLevel} lang=${view.locale}></net-drug-card>`
          : nothing}
      </div>`,
    )}
  </div>`;
}

/** A medicine typed instead of a food: it is a medicine, where to read about it, and what the guide says of it. */
function renderMedicineAnswer(view: DietGuideView, ui: DietGuideUi, answer: FoodSearchAnswer, asked: string): TemplateResult {
  const { labels, notFood } = view;
  const names = notFood.medicines.map((m) => m.name);
  const typo = answer.medicinesNamed === 'typo';
  const one = notFood.medicines.length === 1;
  // A name typed as it is ("octreotide", "Sandostatin") is a medicine; a text with other words around one is about it.
  const lead = typo
    ? format(labels.answerMedicine, { query: names[0]! })
    : !one
      ? format(labels.answerAboutMedicines, { query: asked })
      : format(answer.medicinesNamed === 'name' ? labels.answerMedicine : labels.answerAboutMedicine, { query: asked });
  return html`${typo ? html`<p class="answer-typo">${format(labels.answerTypo, { query: asked, food: names[0]! })}</p>` : nothing}
    <p class="answer-lead"><strong>${lead}</strong></p>
    <p>${view.drugCards ? labels.answerMedicineCard : labels.answerMedicineNoCard}</p>
    ${renderAnswerMedicines(view, ui, notFood.medicines)}
    <p>${labels.answerSeeAlso}</p>
    ${renderGoTo(
      [
        { target: 'medicines', name: labels.medicinesHeading },
        ...notFood.medicinePointers.map((i) => ({ target: pointerId(i), name: view.pointers[i]!.name })),
      ],
      ui,
    )}`;
}

/**
 * The symptoms an answer names: where this guide's "Help with symptoms" names each (buttons that go there), that it
 * has no advice on the others, and, always, to tell the care team.
 */
function renderSymptoms(view: DietGuideView, ui: DietGuideUi): TemplateResult | typeof nothing {
  const { labels, notFood, locale } = view;
  if (!notFood.symptoms.length) return nothing;
  const inGuide = notFood.symptoms.filter((s) => s.pointers.length);
  const notInGuide = notFood.symptoms.filter((s) => !s.pointers.length);
  const all = notFood.symptoms.map((s) => s.name);
  return html`${inGuide.map(
      (s) => html`<p>${format(labels.answerSymptomInGuide, { symptom: s.name, heading: labels.symptomControlHeading })}</p>
        ${renderGoTo(s.pointers.map((i) => ({ target: pointerId(i), name: view.pointers[i]!.name })), ui)}`,
    )}
    ${notInGuide.length
      ? html`<p>${format(labels.answerSymptomNotInGuide, { symptom: joined(notInGuide.map((s) => s.name), locale, 'disjunction') })}</p>`
      : nothing}
    <p class="answer-care-team"><strong>${format(labels.answerSymptomCareTeam, { symptom: joined(all, locale, 'disjunction') })}</strong></p>`;
}

/**
 * The answer to "Can I eat …?", the answer first. A listed food gets its group, the advice word and the reason, and
 * a kind of a listed food ("beer") is answered with that food ("Alcoholic drinks"); a name that may or may not be a
 * listed food ("brie" and aged cheeses) says so and sends the reader to their care team. The subject of a question is
 * answered ("Can I eat aged cheese?": aged cheese), saying so after the answer. A query whose words a listed name has
 * ("smoked") gets those names first, each a button that answers for it, then that our sources do not name it and the
 * pointer to the care team or dietitian (never a word that calls it fine to eat); a query with no such name gets that
 * line alone. An ambiguous query lists the candidates, each a button that picks it. A medicine or a symptom typed
 * instead of a food is said to be one, with where to read about it and, for a symptom, to tell the care team.
 */
function renderAnswer(view: DietGuideView, ui: DietGuideUi): TemplateResult | typeof nothing {
  const { answer, labels, common } = view;
  if (!answer) return nothing;
  const { hits } = answer;
  const onPick = ui.onPick;
  // What the answer is for: the subject of a question, else the whole query.
  const query = answer.subject ?? answer.query;
  const subject = answer.subject
    ? html`<p class="answer-subject">${format(labels.answerSubject, { subject: answer.subject })}</p>`
    : nothing;
  if (answer.result === 'medicine') {
    return html`<div class="answer-body" data-result="medicine">
      ${renderMedicineAnswer(view, ui, answer, query)} ${renderSymptoms(view, ui)}
    </div>`;
  }
  if (answer.result === 'symptom') {
    return html`<div class="answer-body" data-result="symptom">
      <p class="answer-lead"><strong>${format(labels.answerSymptom, { query })}</strong></p>
      ${renderSymptoms(view, ui)}
    </div>`;
  }
  if (answer.result === 'not-listed') {
    const related = answer.related ?? [];
    const notNamed = format(labels.answerNotListed, { query });
    return html`<div class="answer-body" data-result="not-listed">
      ${related.length
        ? html`<p class="answer-lead"><strong>${format(labels.answerRelated, { query })}</strong></p>
            ${renderCandidates(related, labels, onPick)}
            <p class="answer-not-named">${notNamed}</p>`
        : html`<p class="answer-lead answer-not-named"><strong>${notNamed}</strong></p>`}
      <p>${format(labels.answerNotListedHelp, { query })}</p>
      ${view.notFood.medicines.length
        ? html`<p>${labels.answerAlsoMedicine}</p>
            ${renderAnswerMedicines(view, ui, view.notFood.medicines)}`
        : nothing}
    </div>`;
  }
  if (answer.result === 'ambiguous') {
    return html`<div class="answer-body" data-result="ambiguous">
      <p class="answer-lead"><strong>${format(labels.answerAmbiguous, { query })}</strong></p>
      ${renderCandidates(hits, labels, onPick)} ${subject}
    </div>`;
  }
  const guess = answer.via === 'typo' ? hitName(hits[0]!) : undefined;
  return html`<div class="answer-body" data-result="listed">
    ${guess ? html`<p class="answer-lead answer-typo"><strong>${format(labels.answerTypo, { query, food: guess })}</strong></p>` : nothing}
    ${hits.map((hit) => renderHit(hit, labels, common))} ${subject}
  </div>`;
}

/**
 * "Add to my questions" for each food an answer names ("Is it OK for me to have cheese?"), under the answer but outside
 * its live region, so that pressing it does not read the whole answer out again.
 */
function renderAnswerQuestions(view: DietGuideView, ui: DietGuideUi): TemplateResult | typeof nothing {
  const { answer, questions } = view;
  if (!answer || !questions || answer.result !== 'listed') return nothing;
  const asked = [...new Set(answer.hits.map((hit) => hit.food.id))].flatMap((id) => questions.get(id) ?? []);
  if (!asked.length) return nothing;
  return html`<div class="answer-questions no-print">
    ${asked.map(
      (q) => html`<p class="ask-line">${renderQuestionButton(q, ui.asked.has(q.key), view.questionLabels, { show: true, onToggle: ui.onAsk })}</p>`,
    )}
  </div>`;
}

/** "Can I eat …?": the labelled field in a search landmark, and the answer in a polite live region. */
function renderSearch(view: DietGuideView, ui: DietGuideUi, level: number): TemplateResult {
  const { labels } = view;
  return html`<div class="net-part-section search script-needed no-print" part=${partName('section')}>
      ${heading(level, labels.searchHeading, { id: uid('search-heading'), className: 'subheading section-heading' })}
      <form role="search" aria-label=${labels.searchRegionLabel} @submit=${ui.onSubmit}>
        <label for=${uid('food-query')}>${labels.searchLabel}</label>
        <div class="search-row">
          <input
            id=${uid('food-query')}
            class="field search-input"
            name="food"
            type="search"
            autocomplete="off"
            maxlength=${MAX_QUERY_LENGTH}
            .value=${ui.query}
            @input=${ui.onInput}
          />
          <button type="submit" class="search-button button button-primary">${labels.searchButton}</button>
        </div>
      </form>
      <div class="answer" role="status" aria-live="polite" aria-atomic="true">
        ${renderAnswer(view, ui)}
      </div>
      ${renderAnswerQuestions(view, ui)} ${renderAnswerCards(view, ui, Math.min(level + 1, 6))}
      <p class="script-note">${labels.searchNeedsScript}</p>
    </div>`;
}

/** A group's heading: its name, then the advice in words. */
function renderGroupHeading(group: FoodGroup, level: number, labels: DietGuideLabels): TemplateResult {
  return heading(
    level,
    html`<span class="group-name">${group.name}</span><span class="visually-hidden">${labels.adviceSeparator}</span>
      ${renderAdvice(group.advice, labels)}`,
    { id: uid(`group-${group.id}`), className: 'group-heading' },
  );
}

/**
 * The foods to limit or avoid, one block per group: heading with the advice word, why, and the foods, each with its
 * "Add to my questions" when the guide offers questions.
 */
function renderGroups(view: DietGuideView, ui: DietGuideUi, level: number): TemplateResult {
  const { labels, common, questions } = view;
  return html`${view.groups.map(
    (group) => html`<div class="group" data-group=${group.id}>
      ${renderGroupHeading(group, level, labels)}
      <div class="reason">${renderSectionBody(group.reason, common)}</div>
      <p class="list-label">${labels.foodsLabel}</p>
      <ul class=${questions ? 'foods with-questions' : 'foods'} aria-labelledby=${uid(`group-${group.id}`)}>
        ${group.foods.map((food) => {
          const q = questions?.get(food.id);
          return html`<li class="food" data-food=${food.id}>
            <span class="food-name">${food.name}</span>${q
              ? html` ${renderQuestionButton(q, ui.asked.has(q.key), view.questionLabels, { onToggle: ui.onAsk })}`
              : nothing}
          </li>`;
        })}
      </ul>
    </div>`,
  )}`;
}

/**
 * The printable checklist: every food in the shown groups, grouped, each with a real checkbox labelled by the food,
 * and ruled space for notes under each group. Nothing ticked is stored.
 */
function renderChecklist(groups: readonly FoodGroup[], level: number, labels: DietGuideLabels): TemplateResult {
  return html`<div class="net-part-section checklist" part=${partName('section')}>
    <p class="checklist-intro">${labels.checklistIntro}</p>
    ${groups.map(
      (group) => html`<fieldset class="group check-group" data-group=${group.id}>
        <legend>${renderGroupHeading(group, level, labels)}</legend>
        <ul class="check-list">
          ${group.foods.map((food) => {
            const id = uid(`check-${group.id}-${food.id}`);
            return html`<li class="food check-item" data-food=${food.id}>
              <input class="checkbox" type="checkbox" id=${id} /><label for=${id}>${food.name}</label>
            </li>`;
          })}
        </ul>
        <div class="notes">
          <p class="notes-label">${format(labels.checklistNotesFor, { group: group.name })}</p>
          <div class="note-lines" aria-hidden="true">
            ${Array.from({ length: NOTE_LINES }, () => html`<span class="note-line"></span>`)}
          </div>
        </div>
      </fieldset>`,
    )}
  </div>`;
}

/** A medicine: its name in words, or, when `<net-drug-card>` is on the page, a button that opens its card in place. */
function renderMedicine({ id, name }: Medicine, view: DietGuideView, ui: DietGuideUi, cardLevel: number): TemplateResult {
  const { labels } = view;
  if (!view.drugCards) {
    return html`<li class="drug" data-drug=${id}>
      <span class="medicine-label">${labels.medicineLabel}</span> <span class="drug-name" translate="no">${name}</span>
    </li>`;
  }
  const open = ui.openDrugs.has(id);
  return html`<li class="drug" data-drug=${id}>
    <button
      type="button"
      class="drug-button button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${uid(`drug-card-${id}`)}
      @click=${() => ui.onToggleDrug(id)}
    >
      <span class="chevron" aria-hidden="true"></span>${format(labels.readAbout, { drug: name })}
    </button>
    <div id=${uid(`drug-card-${id}`)} class="drug-card">
      ${open ? html`<net-drug-card ?light-dom=${renderingLight()} drug=${id} heading-level=${cardLevel} lang=${view.locale}></net-drug-card>` : nothing}
    </div>
  </li>`;
}

/** Pointers to symptom control that the sources name, each framed as "talk to your NET specialist". */
function renderSymptomControl(view: DietGuideView, ui: DietGuideUi, level: number): TemplateResult | typeof nothing {
  const { pointers, labels } = view;
  if (!pointers.length) return nothing;
  const cardLevel = Math.min(level + 1, 6);
  return html`<div class="net-part-section symptom-control" part=${partName('section')}>
    ${heading(level, labels.symptomControlHeading, { className: 'subheading section-heading' })}
    <ul class="pointers">
      ${pointers.map(
        (item, i) => html`<li class="pointer" id=${uid(pointerId(i))} tabindex="-1">
          <p class="pointer-name"><strong>${item.name}</strong></p>
          <p>${item.text}</p>
          <p class="talk"><strong>${labels.talkToSpecialist}</strong></p>
          ${item.medicines.length
            ? html`<ul class="drugs">
                ${item.medicines.map((medicine) => renderMedicine(medicine, view, ui, cardLevel))}
              </ul>`
            : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The guide: why diet matters, "Can I eat …?", the foods by group, medicines, and help with symptoms. */
function renderGuideBody(view: DietGuideView, ui: DietGuideUi, level: number): TemplateResult {
  const { diet, labels, common } = view;
  return html`<div class="net-part-section intro" part=${partName('section')}>${renderSectionBody(diet.intro, common)}</div>
      ${view.search ? renderSearch(view, ui, level) : nothing}
      <div class="net-part-section groups" part=${partName('section')}>
        ${heading(level, labels.groupsHeading, { className: 'subheading section-heading' })}
        ${renderGroups(view, ui, Math.min(level + 1, 6))}
        <p class="print-choice no-print">
          <button type="button" class="button print-checklist" @click=${ui.onPrintChecklist}>
            ${labels.printChecklist}
          </button>
        </p>
      </div>
      <div class="net-part-section medicines" part=${partName('section')} id=${uid('medicines')} tabindex="-1">
        ${heading(level, labels.medicinesHeading, { className: 'subheading section-heading' })}
        ${renderSectionBody(diet.medicines, common)}
      </div>
      ${renderSymptomControl(view, ui, level)}`;
}

/** The dietitian's contact, from the host's slot; its heading shows only when the slot has words. */
function renderDietitian(labels: DietGuideLabels, ui: DietGuideUi, level: number): TemplateResult {
  return html`<div class="net-part-section dietitian" part=${partName('section')} ?hidden=${!ui.hasDietitian}>
      ${heading(level, labels.dietitianHeading, { className: 'subheading section-heading' })}
      ${slotted('dietitian', nothing, ui.onDietitianChange)}
    </div>`;
}

/** The whole guide, or the checklist (`variant="checklist"`), as a named region with its footer. */
export function renderDietGuide(view: DietGuideView, ui: DietGuideUi): TemplateResult {
  const { checklist, diet, labels, common } = view;
  const subLevel = Math.min(ui.level + 1, 6);
  return html`<section class="net-part-base base ${checklist ? 'is-checklist' : ''}" part=${partName('base')} lang=${view.locale} aria-labelledby=${uid('title')}>
      <header class="net-part-header header net-content" part=${partName('header')}>
        ${heading(ui.level, view.title, { id: uid('title'), part: 'heading', className: 'title' })}
        ${renderReviewNotice(diet.nextReview, common)}
      </header>
      ${checklist ? renderChecklist(view.groups, subLevel, labels) : renderGuideBody(view, ui, subLevel)} ${renderDietitian(labels, ui, subLevel)}
      ${renderFooter({
        sources: view.sources,
        reviewed: diet.reviewed,
        nextReview: diet.nextReview,
        locale: view.locale,
        labels: common,
        level: subLevel,
      })}
      ${view.questions ? renderQuestionStatus(ui.said) : nothing}
    </section>`;
}
