import type { FoodGroup } from '../content/schema.js';
import { format, quote, type CommonLabels } from '../shared/i18n.js';
import type { Problem } from '../shared/problem.js';
import { selectGroups } from './groups.js';
import type { DietGuideLabels } from './labels.js';

/** The values `variant` accepts besides leaving it out. */
export const VARIANTS = ['checklist'] as const;
export type DietGuideVariant = '' | (typeof VARIANTS)[number];

/** What is wrong with a diet guide's attributes, naming the bad value and the valid ones; null when nothing is. */
export function findDietGuideProblem(
  input: { groups: string; variant: string },
  allGroups: readonly FoodGroup[],
  labels: DietGuideLabels,
  common: CommonLabels,
): Problem | null {
  const quoted = (ids: readonly string[]): string => ids.map((id) => quote(id, common)).join(', ');
  const variant = input.variant.trim();
  if (variant !== '' && !(VARIANTS as readonly string[]).includes(variant)) {
    return {
      code: 'unknown-variant',
      message: format(labels.problemUnknownVariant, { variant }),
      details: [format(labels.problemValidVariants, { variants: quoted(VARIANTS) })],
    };
  }
  const { unknown } = selectGroups(allGroups, input.groups);
  if (unknown.length) {
    return {
      code: 'unknown-group',
      message: format(labels.problemUnknownGroup, { ids: quoted(unknown) }),
      details: [format(labels.problemValidGroups, { ids: quoted(allGroups.map((g) => g.id)) })],
    };
  }
  return null;
}
