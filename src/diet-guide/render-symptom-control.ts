import { html, nothing, type TemplateResult } from 'lit';
import type { Diet } from '../content/schema.js';
import { heading } from '../shared/heading.js';
import { format, type Locale } from '../shared/i18n.js';
import type { DietGuideLabels } from './labels.js';

/** What the guide may ask of a `<net-drug-card>` class registered on the page. */
interface DrugCardClass {
  nameOf?(id: string, locale?: Locale): string | undefined;
}

/**
 * A drug's name for a button or plain text. The guide must not import the drug data, so it asks the drug card
 * registered on the page ("Telotristat ethyl"); without one it falls back to the id in words ("telotristat ethyl").
 */
export function drugNameFromId(id: string, locale: Locale = 'en'): string {
  const card = globalThis.customElements?.get('net-drug-card') as DrugCardClass | undefined;
  return card?.nameOf?.(id, locale) ?? id.replace(/-/g, ' ');
}

export interface DrugLinks {
  /** True when a `<net-drug-card>` element is defined on the page. */
  cardAvailable: boolean;
  /** Ids of the drug cards open now. */
  open: ReadonlySet<string>;
  onToggle: (drugId: string) => void;
  /** The heading level for an opened card. */
  cardLevel: number;
  /** The guide's locale, for the medicines' names and their cards. */
  locale: Locale;
}

function renderDrug(id: string, labels: DietGuideLabels, links: DrugLinks): TemplateResult {
  const name = drugNameFromId(id, links.locale);
  if (!links.cardAvailable) {
    return html`<li class="drug" data-drug=${id}>
      <span class="medicine-label">${labels.medicineLabel}</span> <span class="drug-name">${name}</span>
    </li>`;
  }
  const open = links.open.has(id);
  return html`<li class="drug" data-drug=${id}>
    <button
      type="button"
      class="drug-button button"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${`drug-card-${id}`}
      @click=${() => links.onToggle(id)}
    >
      <span class="drug-toggle-icon" aria-hidden="true"></span>${format(labels.readAbout, { drug: name })}
    </button>
    <div id=${`drug-card-${id}`} class="drug-card">
      ${open ? html`<net-drug-card drug=${id} heading-level=${links.cardLevel} lang=${links.locale}></net-drug-card>` : nothing}
    </div>
  </li>`;
}

/** Pointers to symptom control that the sources name, each framed as "talk to your NET specialist". */
export function renderSymptomControl(
  items: Diet['symptomControl'],
  level: number,
  labels: DietGuideLabels,
  links: DrugLinks,
): TemplateResult | typeof nothing {
  if (!items.length) return nothing;
  return html`<div class="symptom-control" part="section">
    ${heading(level, labels.symptomControlHeading, { className: 'subheading section-heading' })}
    <ul class="pointers">
      ${items.map(
        (item) => html`<li class="pointer">
          <p class="pointer-name"><strong>${item.name}</strong></p>
          <p>${item.text}</p>
          <p class="talk"><strong>${labels.talkToSpecialist}</strong></p>
          ${item.drugIds?.length
            ? html`<ul class="drugs">
                ${item.drugIds.map((id) => renderDrug(id, labels, links))}
              </ul>`
            : nothing}
        </li>`,
      )}
    </ul>
  </div>`;
}
