/**
 * What the diet guide shows, as a pure function of its inputs and the content: the food groups asked for, the title,
 * the answer to "Can I eat …?", the sources that the shown parts cite, or the problem with the attributes.
 */
import type { Locale } from '../content/locale-data.js';
import type { Diet, FoodGroup, Source } from '../content/schema.js';
import { commonLabels, format } from '../shared/i18n.js';
import type { Problem } from '../shared/problem.js';
import { dietSources } from './diet-sources.js';
import type { FoodSearchAnswer } from './food-search.js';
import { selectGroups } from './groups.js';
import type { DietGuideLabels } from './labels.js';
import { findDietGuideProblem } from './problems.js';

export interface DietGuideInput {
  groups: string;
  variant: string;
  /** The query the answer is for (see `NetDietGuide.answered`). */
  answered: string;
}

export type DietGuideView =
  | { readonly problem: Problem }
  | {
      readonly problem: null;
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
  const problem = findDietGuideProblem(input, diet.groups, labels, commonLabels(locale));
  if (problem) return { problem };
  const checklist = input.variant.trim() === 'checklist';
  const { groups } = selectGroups(diet.groups, input.groups);
  return {
    problem: null,
    diet,
    checklist,
    title: checklist ? format(labels.checklistTitle, { name: diet.name }) : diet.name,
    groups,
    answer: checklist ? null : search(input.answered),
    sources: dietSources(diet, groups, !checklist, locale),
  };
}
