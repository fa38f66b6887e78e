/**
 * Templates for the sections of a drug card. Every word comes from the content or from the labels; content is always
 * rendered as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { Drug } from '../content/schema.js';
import { heading } from '../shared/heading.js';
import { format, type CommonLabels } from '../shared/i18n.js';
import { renderNotes } from '../shared/notes.js';
import { hasBody, renderSectionBody } from '../shared/section.js';
import type { Catalogue } from './catalogue.js';
import type { DrugCardLabels } from './labels.js';
import { COMPONENT_KEYS, componentsOf, shownSections } from './section-content.js';
import type { SectionKey } from './sections.js';

export interface SectionContext {
  labels: DrugCardLabels;
  common: CommonLabels;
  catalogue: Catalogue;
  /** Ids of the combination's drugs that the reader has opened. */
  openComponents: ReadonlySet<string>;
  toggleComponent: (id: string) => void;
  /** True for the card's own side effects, which hold the host's `contact` slot (there is only one slot). */
  withContact: boolean;
}

const HEADING_LABEL: Record<Exclude<SectionKey, 'components' | 'combinations' | 'notes'>, keyof DrugCardLabels> = {
  about: 'sectionAbout',
  'how-given': 'sectionHowGiven',
  uses: 'sectionUses',
  'side-effects': 'sectionSideEffects',
  tips: 'sectionTips',
};

function sectionHeading(key: SectionKey, drug: Drug, ctx: SectionContext): string {
  const { labels } = ctx;
  if (key === 'components') return format(labels.sectionComponents, { name: drug.name });
  if (key === 'combinations') return format(labels.sectionCombinations, { name: drug.name });
  if (key === 'notes') return ctx.common.sectionNotes;
  return labels[HEADING_LABEL[key]];
}

/** Brand names and other names, as a small description list; nothing when there are none. */
export function renderNames(drug: Drug, labels: DrugCardLabels): TemplateResult | typeof nothing {
  const rows = [
    [labels.brandNames, drug.brandNames],
    [labels.otherNames, drug.otherNames],
  ].filter(([, names]) => names.length > 0) as [string, string[]][];
  if (rows.length === 0) return nothing;
  return html`<dl class="names other-names">
    ${rows.map(([label, names]) => html`<div><dt>${label}</dt><dd>${names.join(', ')}</dd></div>`)}
  </dl>`;
}

function renderHowGiven(drug: Drug, ctx: SectionContext): TemplateResult {
  const hg = drug.howGiven;
  const rows = (
    [
      [ctx.labels.route, hg.route],
      [ctx.labels.schedule, hg.schedule],
      [ctx.labels.where, hg.where],
    ] as const
  ).filter(([, value]) => value !== undefined);
  return html`${rows.length
      ? html`<dl class="how-given">
          ${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
        </dl>`
      : nothing}
    ${renderSectionBody(hg, ctx.common)}`;
}

/**
 * The serious side effects and what to do, in a callout whose urgency is said in words, not by colour alone. It never
 * says "our sources do not cover this": when the sources list no serious side effects it says so once, and what to do
 * always ends with a plain "contact your care team now", which the host's `contact` slot (their own number) replaces.
 */
function renderUrgent(drug: Drug, ctx: SectionContext, level: number): TemplateResult {
  const { serious, whatToDo } = drug.sideEffects;
  const { labels } = ctx;
  const title = html`<span class="visually-hidden">${labels.urgentPrefix} </span>${labels.urgentHeading}`;
  const contactNow = html`<p class="contact-now">${labels.contactNow}</p>`;
  return html`<div class="urgent callout" part="callout">
    ${heading(level, title, { className: 'urgent-heading' })}
    ${hasBody(serious)
      ? renderSectionBody(serious, ctx.common)
      : html`<p class="serious-silent">${format(labels.seriousSilent, { name: drug.name })}</p>`}
    <p class="what-to-do"><strong>${labels.whatToDo}</strong></p>
    ${hasBody(whatToDo) ? renderSectionBody(whatToDo, ctx.common) : nothing}
    ${ctx.withContact ? html`<slot name="contact">${contactNow}</slot>` : contactNow}
  </div>`;
}

function renderSideEffects(drug: Drug, ctx: SectionContext, level: number): TemplateResult {
  const se = drug.sideEffects;
  const sub = level + 1;
  return html`${heading(sub, ctx.labels.commonSideEffects, { className: 'minor-heading subsection-heading' })}
    ${renderSectionBody(se.common, ctx.common)}
    ${se.other
      ? html`${heading(sub, ctx.labels.otherSideEffects, { className: 'minor-heading subsection-heading' })}
        ${renderSectionBody(se.other, ctx.common)}`
      : nothing}
    ${renderUrgent(drug, ctx, sub)}`;
}

function renderComponents(drug: Drug, ctx: SectionContext, level: number): TemplateResult {
  const inner: SectionContext = { ...ctx, withContact: false };
  return html`<ul class="component-list">
    ${componentsOf(drug, ctx.catalogue).map((c) => {
      const open = ctx.openComponents.has(c.id);
      const bodyId = `component-${c.id}`;
      const button = html`<button
        type="button"
        class="disclosure component-button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${bodyId}
        @click=${() => ctx.toggleComponent(c.id)}
      >${c.name}</button>`;
      return html`<li class="component">
        ${heading(level + 1, button, { className: 'component-heading' })}
        <div id=${bodyId} class=${classMap({ 'component-body': true, collapsed: !open })}>
          ${renderNames(c, ctx.labels)}
          ${shownSections(c, COMPONENT_KEYS, ctx.catalogue).map((key) => renderSection(key, c, inner, level + 2))}
        </div>
      </li>`;
    })}
  </ul>`;
}

function renderCombinations(drug: Drug, ctx: SectionContext): TemplateResult {
  return html`<ul>
    ${ctx.catalogue.combinationsContaining(drug.id).map((c) => html`<li>${c.name}</li>`)}
  </ul>`;
}

function renderBody(key: SectionKey, drug: Drug, ctx: SectionContext, level: number): unknown {
  switch (key) {
    case 'about':
      return html`${renderSectionBody(drug.drugClass, ctx.common)} ${renderSectionBody(drug.about, ctx.common)}`;
    case 'how-given':
      return renderHowGiven(drug, ctx);
    case 'uses':
      return renderSectionBody(drug.uses, ctx.common);
    case 'side-effects':
      return renderSideEffects(drug, ctx, level);
    case 'tips':
      return renderSectionBody(drug.tips, ctx.common);
    case 'components':
      return renderComponents(drug, ctx, level);
    case 'combinations':
      return renderCombinations(drug, ctx);
    case 'notes':
      return renderNotes(drug.notes ?? [], drug, ctx.common);
  }
}


/** One section: its heading at `level` and its body. */
export function renderSection(key: SectionKey, drug: Drug, ctx: SectionContext, level: number): TemplateResult {
  return html`<div class="section" part="section" data-section=${key}>
    ${heading(level, sectionHeading(key, drug, ctx), { className: 'subheading section-heading' })}
    ${renderBody(key, drug, ctx, level)}
  </div>`;
}
