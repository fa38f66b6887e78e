import { html, type TemplateResult } from 'lit';
import type { FoodGroup } from '../content/schema.js';
import { heading } from '../shared/heading.js';
import type { CommonLabels } from '../shared/i18n.js';
import { renderSectionBody } from '../shared/section.js';
import { renderAdvice } from './advice.js';
import type { DietGuideLabels } from './labels.js';

/** A group's heading: its name, then the advice in words. */
export function renderGroupHeading(group: FoodGroup, level: number, labels: DietGuideLabels): TemplateResult {
  return heading(
    level,
    html`<span class="group-name">${group.name}</span><span class="visually-hidden">${labels.adviceSeparator}</span>
      ${renderAdvice(group.advice, labels)}`,
    { id: `group-${group.id}`, className: 'group-heading' },
  );
}

/** The foods to limit or avoid, one block per group: heading with the advice word, why, and the foods. */
export function renderGroups(
  groups: readonly FoodGroup[],
  level: number,
  labels: DietGuideLabels,
  common: CommonLabels,
): TemplateResult {
  return html`${groups.map(
    (group) => html`<div class="group" data-group=${group.id}>
      ${renderGroupHeading(group, level, labels)}
      <div class="reason">${renderSectionBody(group.reason, common)}</div>
      <p class="list-label">${labels.foodsLabel}</p>
      <ul class="foods" aria-labelledby=${`group-${group.id}`}>
        ${group.foods.map((food) => html`<li class="food" data-food=${food.id}>${food.name}</li>`)}
      </ul>
    </div>`,
  )}`;
}
