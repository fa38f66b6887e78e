import { html, nothing, type TemplateResult } from 'lit';
import { format, type CommonLabels } from '../shared/i18n.js';
import { renderSectionBody } from '../shared/section.js';
import { renderAdvice } from './advice.js';
import type { FoodHit, FoodSearchAnswer } from './food-search.js';
import type { DietGuideLabels } from './labels.js';

/** One listed food: the advice in words, its group, and why. */
function renderHit(hit: FoodHit, labels: DietGuideLabels, common: CommonLabels): TemplateResult {
  return html`<dl class="answer-facts" data-food=${hit.food.id}>
    <dt>${labels.answerAdvice}</dt>
    <dd>${renderAdvice(hit.group.advice, labels)}</dd>
    <dt>${labels.answerGroup}</dt>
    <dd>${hit.group.name}</dd>
    <dt>${labels.answerWhy}</dt>
    <dd>${renderSectionBody(hit.group.reason, common)}</dd>
  </dl>`;
}

/**
 * The answer to "Can I eat …?". A listed food gets its group, the advice word and the reason; an unlisted one is said
 * to be not on this list, with a pointer to the care team or dietitian (never a word that calls it fine to eat);
 * an ambiguous query lists the candidates, each a button that picks it.
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
    return html`<div class="answer-body" data-result="not-listed">
      <p class="answer-lead"><strong>${format(labels.answerNotListed, { query })}</strong></p>
      <p>${format(labels.answerNotListedHelp, { query })}</p>
    </div>`;
  }
  if (answer.result === 'ambiguous') {
    return html`<div class="answer-body" data-result="ambiguous">
      <p class="answer-lead"><strong>${format(labels.answerAmbiguous, { query })}</strong></p>
      <ul class="candidates">
        ${hits.map(
          ({ food, group }) => html`<li>
            <button type="button" class="candidate" part="candidate" data-food=${food.id} @click=${() => onPick(food.name)}>
              ${format(labels.answerCandidate, { food: food.name, advice: labels.advice[group.advice], group: group.name })}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }
  return html`<div class="answer-body" data-result="listed">
    ${hits.map(
      (hit) => html`<p class="answer-lead">
          <strong
            >${answer.via === 'typo'
              ? format(labels.answerTypo, { query, food: hit.food.name })
              : format(labels.answerListed, { food: hit.food.name })}</strong
          >
        </p>
        ${renderHit(hit, labels, common)}`,
    )}
  </div>`;
}
