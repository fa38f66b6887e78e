import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../content/schema.js';
import { partName } from './part.js';
import { uid } from './light-dom.js';
import { today as currentDate } from './clock.js';
import { renderFacts, renderLabelled } from './facts.js';
import { heading } from './heading.js';
import { formatDate, quote, type CommonLabels, type Locale } from './i18n.js';

export interface FooterInput {
  /** The sources that the shown information comes from, in the order to list them. */
  sources: readonly Source[];
  reviewed: string;
  nextReview: string;
  locale: Locale;
  labels: CommonLabels;
  /** True when the text shown is the host's own: the line that licenses net-widgets' text is left out. */
  hostContent?: boolean;
  /**
   * The level of the "Sources" heading: one below the heading of what the footer ends (a widget's sub-level; in a
   * treatment option, one below the option's heading). Levels past 6 stay at 6.
   */
  level: number;
  /** Starts the ids of this footer's elements, when its root holds several footers (each treatment option's). */
  idPrefix?: string;
}

/** True when `nextReview` (YYYY-MM-DD) is before `today` (default: today, or the day a snippet being hydrated was rendered). */
export function isReviewOverdue(nextReview: string, today?: Date): boolean {
  return nextReview < (today ? today.toISOString().slice(0, 10) : currentDate());
}

/** A short, human citation of a source: publisher, title and date. */
export function citation(source: Source, labels?: CommonLabels): string {
  return `${source.publisher}, ${labels ? quote(source.title, labels) : `“${source.title}”`} (${source.date})`;
}

/** The notice a reader sees at the top of an entry whose next review date has passed. */
export function renderReviewNotice(nextReview: string, labels: CommonLabels, today?: Date): TemplateResult | typeof nothing {
  if (!isReviewOverdue(nextReview, today)) return nothing;
  return html`<p class="notice review-notice">${renderLabelled(labels.reviewOverdueLabel, labels.reviewOverdue)}</p>`;
}

/** In a translation, the line that says so and that the sources are in English; nothing in English. */
export function renderTranslationNote(labels: CommonLabels): TemplateResult | typeof nothing {
  return labels.translationNote ? html`<p class="translation-note">${labels.translationNote}</p>` : nothing;
}

/**
 * What every entry shows at its end: the sources it cites, under a "Sources" heading that names their list (with the
 * licence line of our text, unless `licence` is false), and its review dates. The widgets' footer adds the
 * disclaimer; a treatment option shows just this.
 */
export function renderSourcesAndDates(input: FooterInput & { licence: boolean }): TemplateResult {
  const { labels, locale } = input;
  const headingId = uid(`${input.idPrefix ?? 'footer'}-sources`);
  return html`${input.sources.length
      ? html`${heading(input.level, labels.sources, { id: headingId, className: 'footer-heading net-content' })}
          <ul class="sources" aria-labelledby=${headingId}>
            ${input.sources.map((s) => html`<li data-source=${s.id}>${citation(s, labels)}</li>`)}
          </ul>
          ${input.licence ? html`<p class="licence">${labels.contentLicence}</p>` : nothing}`
      : nothing}
    ${renderFacts(
      [
        { term: labels.lastReviewed, value: html`<time datetime=${input.reviewed}>${formatDate(input.reviewed, locale)}</time>` },
        { term: labels.nextReview, value: html`<time datetime=${input.nextReview}>${formatDate(input.nextReview, locale)}</time>` },
      ],
      'review review-dates',
    )}`;
}

/** The footer every widget ends with: sources (with the licence of our text), review dates and the disclaimer. */
export function renderFooter(input: FooterInput): TemplateResult {
  const { labels } = input;
  // `net-content`: reader views (Mozilla Readability) drop elements whose class says header or footer as page chrome;
  // a widget's footer (sources, review dates, the disclaimer) is content, and the class says so (issue 29, light DOM).
  return html`<div class="net-part-footer footer net-content" part=${partName('footer')}>
    ${renderSourcesAndDates({ ...input, licence: !input.hostContent })} ${renderTranslationNote(labels)} ${renderDisclaimer(labels)}
  </div>`;
}

/** The line every widget ends with: the information helps the reader talk with their care team, and does not replace it. */
export function renderDisclaimer(labels: CommonLabels): TemplateResult {
  return html`<p class="disclaimer">${renderLabelled(`${labels.disclaimerLabel}:`, labels.disclaimer)}</p>`;
}
