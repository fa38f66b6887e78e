import { html, nothing, type TemplateResult } from 'lit';
import { renderFacts } from '../shared/facts.js';
import { format, type CommonLabels } from '../shared/i18n.js';
import { renderSectionBody } from '../shared/section.js';
import { renderAdvice } from './advice.js';
import type { FoodHit, FoodSearchAnswer } from './food-search.js';
import type { DietGuideLabels } from './labels.js';

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

/**
 * The answer to "Can I eat …?". A listed food gets its group, the advice word and the reason, and a kind of a listed
 * food ("beer") is answered with that food ("Alcoholic drinks"); a name that may or may not be a listed food ("brie"
 * and aged cheeses) says so and sends the reader to their care team. An unlisted one is said to be not on this list,
 * with a pointer to the care team or dietitian (never a word that calls it fine to eat), and with the listed foods whose
 * names hold the words typed ("smoked": "Smoked or salted fish"); an ambiguous query lists the candidates, each a
 * button that picks it.
 */
export function renderAnswer(
  answer: FoodSearchAnswer | null,
  labels: DietGuideLabels,
  common: CommonLabels,
  onPick: (foodName: string) => void,
): TemplateResult | typeof nothing {
  if (!answer) return nothing;
  const { query, hits } = answer;
  if (answer.result === 'not-listed') {
    const related = answer.related ?? [];
    return html`<div class="answer-body" data-result="not-listed">
      <p class="answer-lead"><strong>${format(labels.answerNotListed, { query })}</strong></p>
      ${related.length ? html`<p>${format(labels.answerRelated, { query })}</p>${renderCandidates(related, labels, onPick)}` : nothing}
      <p>${format(labels.answerNotListedHelp, { query })}</p>
    </div>`;
  }
  if (answer.result === 'ambiguous') {
    return html`<div class="answer-body" data-result="ambiguous">
      <p class="answer-lead"><strong>${format(labels.answerAmbiguous, { query })}</strong></p>
      ${renderCandidates(hits, labels, onPick)}
    </div>`;
  }
  const guess = answer.via === 'typo' ? hitName(hits[0]!) : undefined;
  return html`<div class="answer-body" data-result="listed">
    ${guess ? html`<p class="answer-lead"><strong>${format(labels.answerTypo, { query, food: guess })}</strong></p>` : nothing}
    ${hits.map((hit) => renderHit(hit, labels, common))}
  </div>`;
}
