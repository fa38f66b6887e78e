import type { FoodGroup } from '../content/schema.js';
import { format } from '../shared/i18n.js';
import type { Problem } from '../shared/problem.js';
import { selectGroups } from './groups.js';
import type { DietGuideLabels } from './labels.js';

/** The values `variant` accepts besides leaving it out. */
export const VARIANTS = ['checklist'] as const;
export type DietGuideVariant = '' | (typeof VARIANTS)[number];

const quoted = (ids: readonly string[]): string => ids.map((id) => `“${id}”`).join(', ');

/** What is wrong with a diet guide's attributes, naming the bad value and the valid ones; null when nothing is. */
export function findDietGuideProblem(
  input: { groups: string; variant: string },
  allGroups: readonly FoodGroup[],
  labels: DietGuideLabels,
): Problem | null {
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
