import type { Diet, FoodGroup, Source } from '../content/schema.js';
import { citedIds, sourcesFor } from '../content/cited.js';
import type { Locale } from '../content/locale-data.js';

/** The cited parts of `groups`: each group's reason and each of its foods. */
function groupParts(groups: readonly FoodGroup[]): { sources?: readonly string[] }[] {
  return groups.flatMap((g) => [g.reason, ...g.foods]);
}

/**
 * The sources behind what a view shows, each once, in the order first cited: the shown groups, plus the intro,
 * medicines and symptom control when `withGuide` (the full guide rather than the checklist).
 */
export function dietSources(diet: Diet, groups: readonly FoodGroup[], withGuide: boolean, locale: Locale = 'en'): Source[] {
  const parts = withGuide
    ? [diet.intro, ...groupParts(groups), diet.medicines, ...diet.symptomControl]
    : groupParts(groups);
  return sourcesFor(diet, citedIds(...parts), locale);
}
