import type { Diet } from '../content/schema.js';
import { compact, sectionText } from './text.js';
import type { JsonLdNode } from './types.js';

/**
 * A schema.org `Diet`: its name, why it matters (`description`), the food groups with their foods (`dietFeatures`,
 * one line per group, in the data's own words) and the advice about medicines (`expertConsiderations`).
 */
export function dietJsonLd(diet: Diet): JsonLdNode {
  const features = diet.groups.map((g) => `${g.name}: ${g.foods.map((f) => f.name).join(', ')}`);
  return compact({
    '@type': 'Diet',
    '@id': `#net-diet-${diet.id}`,
    name: diet.name,
    description: sectionText(diet.intro),
    dietFeatures: features.length ? features.join('\n') : undefined,
    expertConsiderations: sectionText(diet.medicines),
  });
}
