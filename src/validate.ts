/**
 * `net-widgets/validate`: the checks the widgets make of a host's own content, for a hospital's or charity's own build,
 * CMS or editor, and for `npx net-widgets check`. The same functions the widgets read host content with, so each
 * problem is the one the widget would show, in the same words, each line starting with where it is (`where`: a file's
 * name, say). No DOM, no Lit: runs in Node as in a browser.
 */
import { drugs } from './content/drugs.js';
import type { Locale } from './content/locale-data.js';
import type { AddedNames, Drug, Treatment } from './content/schema.js';
import { drugCardLabels, readHostCards } from './drug-card/drug-card.view.js';
import type { Problem } from './shared/problem.js';
import { hostEntriesProblem, readHostEntries, treatmentListLabels } from './treatment-list/treatment-list.view.js';

export type { AddedNames, Drug, Problem, Treatment };

/** What a check found: the valid entries, and the problem the widget would show (null when everything is valid). */
export interface HostContentCheck<T> {
  readonly entries: readonly T[];
  readonly problem: Problem | null;
}

const DRUG_IDS = drugs.map((d) => d.id);

/** What a check of a drug card found: as `HostContentCheck`, and the names it adds to a bundled drug, if that is what it holds. */
export interface DrugCardCheck extends HostContentCheck<Drug> {
  /** Valid added names (`{ "id": "capecitabine", "addNames": ["Xeloda"] }`), which are not a card of their own. */
  readonly addedNames: readonly AddedNames[];
}

/**
 * A host's own drug card (`<net-drug-card>`'s `content`, or its child JSON script), or names to add to a bundled drug
 * (`{ "id": "capecitabine", "addNames": ["Xeloda"] }`): an object, or its JSON text. The problem is the card's, with
 * its lines starting with `where` (default `content`, as the card says).
 */
export function checkDrugCard(value: unknown, where = 'content', locale: Locale = 'en'): DrugCardCheck {
  const { cards, added, problem } = readHostCards([{ label: where, input: value }], drugCardLabels(locale));
  return { entries: cards, addedNames: added, problem };
}

/**
 * A host's own treatments (`<net-treatment-list>`'s `entries`, or its child JSON script): a list, one entry, or JSON
 * text. Invalid entries are left out; the problem is the notice the list shows above its options.
 */
export function checkTreatments(value: unknown, where = 'entries', locale: Locale = 'en'): HostContentCheck<Treatment> {
  const labels = treatmentListLabels(locale);
  const { entries, errors } = readHostEntries([{ label: where, input: value }], labels, { knownDrugIds: DRUG_IDS });
  return { entries, problem: hostEntriesProblem(errors, labels, locale) };
}
