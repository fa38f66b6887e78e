/**
 * What `npx net-widgets check` reports about a host's content file: the public checks of `net-widgets/validate`
 * (src/validate.ts), which are the widgets' own, so each problem is the one the widget would show, in its words, each
 * line starting with the file's name. Built to dist/node/check.js for bin/; no Node or DOM API here.
 */
import { parseJson } from '../content/validate.js';
import { checkDrugCard, checkTreatments } from '../validate.js';

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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Which kind a parsed file holds: a list is treatments; an object with `kind`, `sideEffects` or `addNames` (names to add
 * to a bundled drug) is for the drug card, one with `category` a single treatment. Anything else cannot be told apart
 * (use `--kind`).
 */
export function detectKind(value: unknown): ContentKind | null {
  if (Array.isArray(value)) return 'treatments';
  if (!isObject(value)) return null;
  if ('kind' in value || 'sideEffects' in value || 'addNames' in value) return 'drug';
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
  return found === 'drug' ? checkDrug(parsed.value, label) : checkTreatmentEntries(parsed.value, label);
}

function checkDrug(value: unknown, label: string): CheckReport {
  const { entries, addedNames, problem } = checkDrugCard(value, label);
  if (problem) return { status: 'invalid', kind: 'drug', message: problem.message, problems: problem.details ?? [] };
  const added = addedNames[0];
  if (added) return { status: 'valid', kind: 'drug', summary: `adds ${added.addNames.map((n) => `“${n}”`).join(', ')} to the bundled card “${added.id}”` };
  const drug = entries[0];
  if (!drug) return { status: 'invalid', kind: 'drug', message: `${label} holds no drug card`, problems: [] };
  return { status: 'valid', kind: 'drug', summary: `“${drug.name}” (${drug.id}), a ${drug.kind}` };
}

function checkTreatmentEntries(value: unknown, label: string): CheckReport {
  const { entries, problem } = checkTreatments(value, label);
  if (problem) return { status: 'invalid', kind: 'treatments', message: problem.message, problems: problem.details ?? [] };
  const summary = entries.length ? entries.map((t) => `“${t.name}” (${t.id}, ${t.category})`).join(', ') : 'an empty list';
  return { status: 'valid', kind: 'treatments', summary };
}
