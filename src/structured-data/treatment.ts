import type { Treatment } from '../content/schema.js';
import { compact, distinctNames, sectionText } from './text.js';
import type { JsonLdNode } from './types.js';

/** Gives the display name of a drug id, or undefined when the drug is not known (it is then left out). */
export type DrugNameOf = (id: string) => string | undefined;

/**
 * A schema.org `MedicalTherapy` for one treatment option: names, its one-line summary, how it is done, and its
 * related drugs as `drug` (named through `drugName`; without it, none are listed).
 */
export function treatmentJsonLd(treatment: Treatment, drugName?: DrugNameOf): JsonLdNode {
  const drugs = drugName
    ? treatment.relatedDrugs.map((id) => drugName(id)).filter((name): name is string => Boolean(name))
    : [];
  return compact({
    '@type': 'MedicalTherapy',
    '@id': `#net-treatment-${treatment.id}`,
    name: treatment.name,
    alternateName: distinctNames(treatment.otherNames, treatment.name),
    description: treatment.summary,
    howPerformed: sectionText(treatment.howDone),
    drug: drugs.map((name) => ({ '@type': 'Drug', name })),
  });
}
