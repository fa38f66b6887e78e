/**
 * What `npx net-widgets check` reports about a host's content file: the same checks, and the same words, as the widget
 * that would show it. A drug card goes through the drug card's own `resolveCard` (so its problem is the one
 * <net-drug-card> shows); treatments go through the treatment list's `readHostEntries`, with the drug
 * ids the list uses, and the list's own summary line. Built to dist/node/check.js for bin/; no Node or DOM API here.
 */
import { drugs } from '../content/drugs.js';
import { parseJson } from '../content/validate.js';
import { drugCardLabels, resolveCard } from '../drug-card/drug-card.view.js';
import { format } from '../shared/i18n.js';
import { pluralForm, readHostEntries, treatmentListLabels } from '../treatment-list/treatment-list.view.js';

/** The kinds of content a host can supply, by the widget that takes them. */
export const KINDS = {
  drug: 'a drug card (<net-drug-card> content)',
  treatments: 'treatments (<net-treatment-list> entries)',
} as const;
export type ContentKind = keyof typeof KINDS;

export type CheckReport =
  | { status: 'bad-json'; message: string }
  | { status: 'unknown-kind'; message: string }
  | { status: 'valid'; kind: ContentKind; summary: string }
  | { status: 'invalid'; kind: ContentKind; message: string; problems: readonly string[] };

const LOCALE = 'en';
const DRUG_IDS = drugs.map((d) => d.id);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Which kind a parsed file holds: a list is treatments; an object with `kind` or `sideEffects` is a drug card, one with
 * `category` a single treatment. Anything else cannot be told apart (use `--kind`).
 */
export function detectKind(value: unknown): ContentKind | null {
  if (Array.isArray(value)) return 'treatments';
  if (!isObject(value)) return null;
  if ('kind' in value || 'sideEffects' in value) return 'drug';
  if ('category' in value) return 'treatments';
  return null;
}

/**
 * Checks the text of one file. `label` names the file in the paths, where the widgets would say `content`, `entries`
 * or `script` (`my-entries.json[2].category: ...`, `my-card.json.uses: is required`). `kind` forces the kind; left out, it is detected.
 */
export function checkContent(text: string, label: string, kind?: ContentKind): CheckReport {
  const parsed = parseJson(text);
  if (!parsed.ok) return { status: 'bad-json', message: `${label} ${parsed.errors[0]!.message}` };
  const found = kind ?? detectKind(parsed.value);
  if (!found) {
    return {
      status: 'unknown-kind',
      message: `${label} holds neither a drug card (an object with "kind") nor treatments (a list, or an object with "category"): use --kind drug or --kind treatments`,
    };
  }
  return found === 'drug' ? checkDrug(parsed.value, label) : checkTreatments(parsed.value, label);
}

function checkDrug(value: unknown, label: string): CheckReport {
  const labels = drugCardLabels(LOCALE);
  // As <net-drug-card> reads a host's card with no `drug` attribute: the card it would show, or its problem.
  const resolved = resolveCard({ drug: '', content: value, hostJson: null }, labels);
  if (!resolved.ok) {
    const { message, details = [] } = resolved.problem;
    // The card names its `content` property where the file is named here.
    return { status: 'invalid', kind: 'drug', message, problems: details.map((line) => line.replace(/^content/, label)) };
  }
  return { status: 'valid', kind: 'drug', summary: `“${resolved.drug.name}” (${resolved.drug.id}), a ${resolved.drug.kind}` };
}

function checkTreatments(value: unknown, label: string): CheckReport {
  const labels = treatmentListLabels(LOCALE);
  const { entries, errors } = readHostEntries([{ label, input: value }], labels, { knownDrugIds: DRUG_IDS });
  if (errors.length === 0) {
    const summary = entries.length ? entries.map((t) => `“${t.name}” (${t.id}, ${t.category})`).join(', ') : 'an empty list';
    return { status: 'valid', kind: 'treatments', summary };
  }
  // The notice <net-treatment-list> shows above the list: its count line, then one line per problem.
  const message = format(pluralForm(labels.hostProblem, errors.length, LOCALE), { count: errors.length });
  return { status: 'invalid', kind: 'treatments', message, problems: errors };
}
