import type { Drug, Section } from '../content/schema.js';

function firstText(section: Section): string | undefined {
  return section.text ?? section.items?.[0];
}

/** The one-paragraph summary of the compact card: what the drug is and does, from the content (or '' if silent). */
export function summaryOf(drug: Drug): string {
  return firstText(drug.about) ?? firstText(drug.uses) ?? '';
}
