/**
 * The problems a drug card can have with its input, in the reader's words (labels come from ui-drug-card.json).
 */
import { format } from '../shared/i18n.js';
import type { Problem } from '../shared/problem.js';
import { joinNames, type DrugCardLabels } from './labels.js';

/** How many close names an unknown-drug message offers. */
export const MAX_SUGGESTIONS = 3;

/** "Did you mean Octreotide?" / "Did you mean Octreotide, Lanreotide or Everolimus?", or null with no suggestions. */
export function didYouMean(suggestions: readonly string[], labels: DrugCardLabels): string | null {
  const names = suggestions.slice(0, MAX_SUGGESTIONS);
  if (names.length === 0) return null;
  return format(labels.didYouMean, { names: joinNames(names, 'or', labels) });
}

export function missingDrug(labels: DrugCardLabels): Problem {
  return { code: 'missing-drug', message: labels.missingDrug, fix: labels.missingDrugFix };
}

/** A name that is not in the library: "did you mean" only for close names (see `Matcher.suggest`), and the value to fix. */
export function unknownDrug(name: string, suggestions: readonly string[], labels: DrugCardLabels): Problem {
  const hint = didYouMean(suggestions, labels);
  return {
    code: 'unknown-drug',
    message: format(labels.unknownDrug, { name }),
    ...(hint ? { details: [hint] } : {}),
    fix: format(labels.unknownDrugFix, { name }),
  };
}

export function invalidContent(errors: readonly string[], labels: DrugCardLabels): Problem {
  return { code: 'invalid-content', message: labels.invalidContent, details: errors };
}

export function invalidJson(errors: readonly string[], labels: DrugCardLabels): Problem {
  return { code: 'invalid-json', message: labels.invalidJson, details: errors };
}
