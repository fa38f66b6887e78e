/**
 * What the diet guide shows, as a pure function of its inputs and the content: the food groups asked for, the title,
 * the answer to "Can I eat …?", the sources that the shown parts cite, or the problem with the attributes.
 */
import type { Locale } from '../content/locale-data.js';
import type { Diet, FoodGroup, Source } from '../content/schema.js';
import { format } from '../shared/i18n.js';
import { unknownInList } from '../shared/inputs.js';
import type { Problem } from '../shared/problem.js';
import { dietSources } from './diet-sources.js';
import type { FoodSearchAnswer } from './food-search.js';
import { selectGroups } from './groups.js';
import type { DietGuideLabels } from './labels.js';

/** The values `variant` takes: the guide (empty) or the printable checklist. */
export const VARIANTS = ['', 'checklist'] as const;
export type DietGuideVariant = (typeof VARIANTS)[number];

export interface DietGuideInput {
  groups: string;
  variant: DietGuideVariant;
  /** The query the answer is for (see `NetDietGuide.answered`). */
  answered: string;
}

export type DietGuideView =
  | { readonly problem: Problem }
  | {
      readonly problem: null;
      /** Unknown group ids, for the site owner. */
      readonly warnings: readonly Problem[];
      /** The guide's content, in its locale. */
      readonly diet: Diet;
      readonly checklist: boolean;
      readonly title: string;
      readonly groups: readonly FoodGroup[];
      /** The answer to the search, or null when nothing is asked. */
      readonly answer: FoodSearchAnswer | null;
      readonly sources: readonly Source[];
    };

export function dietGuideView(
  input: DietGuideInput,
  diet: Diet,
  search: (query: string) => FoodSearchAnswer | null,
  labels: DietGuideLabels,
  locale: Locale = 'en',
): DietGuideView {
  const checklist = input.variant === 'checklist';
  const { groups, unknown } = selectGroups(diet.groups, input.groups);
  const ids = diet.groups.map((g) => g.id);
  const warning = unknownInList('unknown-group', 'groups', unknown, ids);
  return {
    problem: null,
    warnings: warning ? [warning] : [],
    diet,
    checklist,
    title: checklist ? format(labels.checklistTitle, { name: diet.name }) : diet.name,
    groups,
    answer: checklist ? null : search(input.answered),
    sources: dietSources(diet, groups, !checklist, locale),
  };
}
