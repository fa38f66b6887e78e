import { html, nothing, type TemplateResult } from 'lit';
import type { HowGiven, Section } from '../content/schema.js';
import type { CommonLabels } from './i18n.js';

/** True when a section has prose or a list to show (a silent section may still say what little is known). */
export function hasBody(section: Section | HowGiven): boolean {
  return !!section.text || ('items' in section && (section.items?.length ?? 0) > 0);
}

/**
 * The body of a cited section: its prose, its list, and — when the sources say nothing on the topic — a sentence that
 * says so and sends the reader to their care team ("say no more than this" after what little is known). Content is
 * always rendered as text, never as HTML.
 */
export function renderSectionBody(section: Section | HowGiven | undefined, labels: CommonLabels): TemplateResult | typeof nothing {
  if (!section) return nothing;
  const items = 'items' in section ? section.items : undefined;
  return html`${section.text ? html`<p>${section.text}</p>` : nothing}
  ${items?.length ? html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}
  ${section.silent ? html`<p class="silent">${hasBody(section) ? labels.silentPartly : labels.silent}</p>` : nothing}`;
}
