import { html, type TemplateResult } from 'lit';
import { renderLabelled } from './facts.js';
import { partName } from './part.js';
import type { CommonLabels } from './i18n.js';

/** Something wrong with a widget's input, shown to the reader and reported to the host. */
export interface Problem {
  /** Stable code a host can switch on, e.g. "unknown-drug", "invalid-content", "missing-drug". */
  code: string;
  /** One sentence that names the bad input. */
  message: string;
  /** Further lines, e.g. validation errors with their paths, or "Did you mean ...?" */
  details?: readonly string[];
  /**
   * What the people who run the website should change, naming the attribute and value (`drug="aspirin" names no
   * medicine ...`). Shown last, after a line for patients, so that a patient can skip it.
   */
  fix?: string;
}

/** A stable key for a problem, so the same problem is reported once, not on every render. */
export function problemKey(p: Problem): string {
  return [p.code, p.message, ...(p.details ?? []), p.fix ?? ''].join('\n');
}

/**
 * The visible, accessible message for a problem: what is wrong, a line for patients, then a line for the website team
 * (`fix`, or "check the setting named above"). `role="alert"` makes screen readers announce it. A widget may show its
 * own `details` in place of the problem's lines (the drug card's "Did you mean" buttons).
 */
export function renderProblem(problem: Problem, labels: CommonLabels, details?: unknown): TemplateResult {
  return html`<div class="net-part-error problem" part=${partName('error')} role="alert">
    <p class="problem-title">${labels.problemTitle}</p>
    <p class="problem-message">${problem.message}</p>
    ${details !== undefined
      ? details
      : problem.details?.length
      ? html`<ul class="problem-details">
          ${problem.details.map((d) => html`<li>${d}</li>`)}
        </ul>`
      : ''}
    <p class="problem-help">${labels.problemHelp}</p>
    <p class="problem-fix">${renderLabelled(labels.problemFixLabel, problem.fix ?? labels.problemFixDefault)}</p>
  </div>`;
}
