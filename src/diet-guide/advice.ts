import { html, type TemplateResult } from 'lit';
import type { FoodGroup } from '../content/schema.js';
import type { DietGuideLabels } from './labels.js';

/**
 * The advice for a group ("Limit", "Avoid") in words, as the NHS do-and-don't pattern does. The icon beside it only
 * repeats the word, so it is hidden from assistive technology and never carries meaning alone.
 */
export function renderAdvice(advice: FoodGroup['advice'], labels: DietGuideLabels): TemplateResult {
  return html`<span class="advice advice-${advice}" data-advice=${advice}
    ><span class="advice-icon" aria-hidden="true"></span>${labels.advice[advice]}</span
  >`;
}
