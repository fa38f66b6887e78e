import { html, type TemplateResult } from 'lit';
import type { CommonLabels } from './i18n.js';

/** Something wrong with a widget's input, shown to the reader and reported to the host. */
export interface Problem {
  /** Stable code a host can switch on, e.g. "unknown-drug", "invalid-content", "missing-drug". */
  code: string;
  /** One sentence that names the bad input. */
  message: string;
  /** Further lines, e.g. validation errors with their paths, or "Did you mean ...?" */
  details?: readonly string[];
}

/** The `detail` of a `net-error` event. */
export type NetErrorDetail = Problem;

/** A stable key for a problem, so the same problem is reported once, not on every render. */
export function problemKey(p: Problem): string {
  return [p.code, p.message, ...(p.details ?? [])].join('\n');
}

/** The visible, accessible message for a problem. `role="alert"` makes screen readers announce it. */
export function renderProblem(problem: Problem, labels: CommonLabels): TemplateResult {
  return html`<div class="problem" part="error" role="alert">
    <p class="problem-title">${labels.problemTitle}</p>
    <p class="problem-message">${problem.message}</p>
    ${problem.details?.length
      ? html`<ul class="problem-details">
          ${problem.details.map((d) => html`<li>${d}</li>`)}
        </ul>`
      : ''}
    <p class="problem-help">${labels.problemHelp}</p>
  </div>`;
}
