import { html, type TemplateResult } from 'lit';
import type { FoodGroup } from '../content/schema.js';
import { format } from '../shared/i18n.js';
import { renderGroupHeading } from './render-groups.js';
import type { DietGuideLabels } from './labels.js';

/** How many ruled lines each group gets for handwritten notes. */
const NOTE_LINES = 3;

/**
 * The printable checklist: every food in the shown groups, grouped, each with a real checkbox labelled by the food,
 * and ruled space for notes under each group. Nothing ticked is stored.
 */
export function renderChecklist(groups: readonly FoodGroup[], level: number, labels: DietGuideLabels): TemplateResult {
  return html`<div class="checklist" part="section">
    <p class="checklist-intro">${labels.checklistIntro}</p>
    ${groups.map(
      (group) => html`<fieldset class="group check-group" data-group=${group.id}>
        <legend>${renderGroupHeading(group, level, labels)}</legend>
        <ul class="check-list">
          ${group.foods.map((food) => {
            const id = `check-${group.id}-${food.id}`;
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
