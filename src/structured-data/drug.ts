import type { Drug } from '../content/schema.js';
import { compact, distinctNames, sectionItems, sectionText } from './text.js';
import type { JsonLdNode } from './types.js';

const entity = (name: string): JsonLdNode => ({ '@type': 'MedicalEntity', name });

/**
 * A schema.org `Drug` for one drug or combination: names, drug class, what it is, how it is given, and its common
 * and serious side effects as `adverseOutcome` and `seriousAdverseOutcome`. A combination lists the names of its
 * drugs as `activeIngredient`: pass the component entries (unknown ids are left out).
 */
export function drugJsonLd(drug: Drug, components: readonly (Drug | undefined)[] = []): JsonLdNode {
  const drugClass = sectionText(drug.drugClass);
  const ingredients = components.filter((c): c is Drug => Boolean(c)).map((c) => c.name);
  return compact({
    '@type': 'Drug',
    '@id': `#net-drug-${drug.id}`,
    name: drug.name,
    alternateName: distinctNames([...drug.brandNames, ...drug.otherNames], drug.name),
    drugClass: drugClass ? { '@type': 'DrugClass', name: drugClass } : undefined,
    description: sectionText(drug.about),
    administrationRoute: drug.howGiven.silent ? undefined : drug.howGiven.route,
    activeIngredient: drug.kind === 'combination' ? ingredients : undefined,
    adverseOutcome: sectionItems(drug.sideEffects.common).map(entity),
    seriousAdverseOutcome: sectionItems(drug.sideEffects.serious).map(entity),
  });
}
