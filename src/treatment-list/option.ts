import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { drugCatalogue } from '../content/drugs.js';
import type { Source, Treatment } from '../content/schema.js';
import { renderReviewNotice, renderSourcesAndDates } from '../shared/footer.js';
import { heading } from '../shared/heading.js';
import { format, type CommonLabels, type Locale } from '../shared/i18n.js';
import { citedIds, sourcesFor } from '../content/cited.js';
import { renderNotes } from '../shared/notes.js';
import { renderSectionBody } from '../shared/section.js';
import type { TreatmentListLabels } from './labels.js';
import { optionDomId, type ListEntry } from './model.js';

/** What the option's template needs besides its entry. Every field is stable between keystrokes. */
export interface OptionContext {
  readonly labels: TreatmentListLabels;
  readonly common: CommonLabels;
  readonly locale: Locale;
  /** Level of the option's heading; its sections go one deeper. */
  readonly level: number;
  /** True while the page prints every option in full: every option's content is rendered, closed or not. */
  readonly printing: boolean;
}

/** Ids of the elements of one option, inside the list's shadow root. */
export function optionIds(treatmentId: string): { option: string; toggle: string; body: string; drug: string } {
  const option = optionDomId(treatmentId);
  return { option, toggle: `${option}-toggle`, body: `${option}-body`, drug: `${option}-drug` };
}

/** A medicine's display name, or its id when the bundled drugs do not have it. */
export function drugName(id: string, locale: Locale): string {
  return drugCatalogue(locale).get(id)?.name ?? id;
}

/** The sources an option cites: its sections, then the sources its notes compare. */
function sourcesOf(t: Treatment, locale: Locale): Source[] {
  return sourcesFor(t, citedIds(t.about, t.whenUsed, t.howDone, t.aims, ...(t.notes ?? [])), locale);
}

/** The per-option footer: sources and review dates, without the disclaimer (the list ends with it once). */
function renderOptionFooter(t: Treatment, ctx: OptionContext): TemplateResult {
  const { common, locale } = ctx;
  const sources = sourcesOf(t, locale);
  return html`<div class="option-footer">
    ${renderSourcesAndDates({
      sources,
      reviewed: t.reviewed,
      nextReview: t.nextReview,
      locale,
      labels: common,
      licence: false,
      level: ctx.level + 1,
      idPrefix: optionIds(t.id).option,
    })}
  </div>`;
}

function renderDrugs(t: Treatment, openDrug: string | undefined, ctx: OptionContext): TemplateResult | typeof nothing {
  if (t.relatedDrugs.length === 0) return nothing;
  const { labels, locale } = ctx;
  const ids = optionIds(t.id);
  return html`${heading(ctx.level + 1, labels.relatedDrugs, { className: 'section-heading' })}
    <p class="hint no-print">${labels.relatedDrugsHint}</p>
    <ul class="drugs drug-list">
      ${t.relatedDrugs.map(
        (id) => html`<li>
          <button
            type="button"
            class="drug-button button"
            data-option=${t.id}
            data-drug=${id}
            aria-expanded=${openDrug === id ? 'true' : 'false'}
            aria-controls=${ifDefined(openDrug === id ? ids.drug : undefined)}
          >
            ${drugName(id, locale)}
          </button>
        </li>`,
      )}
    </ul>
    ${openDrug
      ? html`<div class="drug-panel" id=${ids.drug}>
          <button type="button" class="drug-close button no-print" data-close=${t.id}>
            ${format(labels.closeDrug, { name: drugName(openDrug, locale) })}
          </button>
          <net-drug-card drug=${openDrug} heading-level=${Math.min(ctx.level + 2, 6)} lang=${locale}></net-drug-card>
        </div>`
      : nothing}`;
}

/**
 * The opened part of an option: what it is, when it is used, how it is done, aims, medicines, where the sources differ,
 * sources.
 */
function renderBody(entry: ListEntry, openDrug: string | undefined, ctx: OptionContext): TemplateResult {
  const t = entry.treatment;
  const { labels, common } = ctx;
  const ids = optionIds(t.id);
  const section = (title: string) => heading(ctx.level + 1, title, { className: 'section-heading' });
  return html`${renderReviewNotice(t.nextReview, common)} ${section(labels.about)} ${renderSectionBody(t.about, common)}
    ${section(labels.whenUsed)} ${renderSectionBody(t.whenUsed, common)} ${section(labels.howDone)}
    ${renderSectionBody(t.howDone, common)} ${section(labels.aims)}
    <ul class="goals">
      ${t.aims.goals.map((g) => html`<li>${labels.goals[g]}</li>`)}
    </ul>
    ${t.aims.text ? html`<p>${t.aims.text}</p>` : nothing} ${renderDrugs(t, openDrug, ctx)}
    ${t.notes?.length ? html`${section(common.sectionNotes)} ${renderNotes(t.notes, t, common)}` : nothing}
    ${renderOptionFooter(t, ctx)}
    <p class="option-link no-print">
      <a class="option-link" href="#${ids.option}"
        >${labels.linkToThis}<span class="visually-hidden">: ${format(labels.linkToThisName, { name: t.name })}</span></a
      >
    </p>`;
}

/**
 * One option: a heading whose button opens and closes it (the NHS / GOV.UK accordion pattern), its one-line summary,
 * a mark when the host added it, and its body. The body's content is rendered only while the option is open or the
 * page prints: most of a list's DOM is in its bodies, so a list of 10,000 options renders about five times faster
 * (the empty body stays, so that the button's `aria-controls` always names an element). An option that leads its
 * category (`ListGroup.lead`) is rendered with the category's level in `ctx` and shows the category's `description`
 * under its heading.
 */
export function renderOption(
  entry: ListEntry,
  open: boolean,
  openDrug: string | undefined,
  ctx: OptionContext,
  description?: string,
): TemplateResult {
  const t = entry.treatment;
  const ids = optionIds(t.id);
  return html`${heading(
      ctx.level,
      html`<button
        type="button"
        class="option-toggle"
        id=${ids.toggle}
        data-toggle=${t.id}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${ids.body}
      >
        <span class="option-name">${t.name}</span><span class="chevron" aria-hidden="true"></span>
      </button>`,
      { className: 'option-heading' },
    )}
    ${description ? html`<p class="group-description">${description}</p>` : nothing}
    <p class="option-summary">${t.summary}</p>
    ${entry.host ? html`<p class="host-mark">${ctx.common.hostContent}</p>` : nothing}
    <div class=${open ? 'option-body open' : 'option-body'} id=${ids.body}>
      ${open || ctx.printing ? renderBody(entry, openDrug, ctx) : nothing}
    </div>`;
}
