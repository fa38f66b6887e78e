import { drugCatalogue, drugNames, getDrug } from '../content/drugs.js';
import type { Locale } from '../content/locale-data.js';
import type { Treatment, TreatmentCategory } from '../content/schema.js';
import { lazySearchIndex, nameWords, wordsOf, type SearchIndex } from './search.js';
import type { TreatmentListLabels } from './labels.js';

/** One option as the list shows it. */
export interface ListEntry {
  readonly treatment: Treatment;
  /** Position in `ListModel.entries` (and row in the search index). */
  readonly index: number;
  /** True when the host page added it. */
  readonly host: boolean;
}

export interface ListGroup {
  readonly category: TreatmentCategory;
  readonly entries: readonly ListEntry[];
  /**
   * The entries in runs of at most `CHUNK_SIZE`, each rendered as its own list. With real data a group is one list; with
   * thousands of entries, hiding a row then re-lays out its run and the runs, not every row of the group.
   */
  readonly chunks: readonly (readonly ListEntry[])[];
  /**
   * The option named as its category is ("Chemotherapy" in Chemotherapy), placed first: the list shows its heading
   * at the category's level, in place of the category's own, so that a reader never hears the same heading twice in
   * a row. Null when no option has the category's name.
   */
  readonly lead: ListEntry | null;
}

/** True when an option's name is its category's, as a reader would hear it: whatever the case and the spaces around. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return key(a) === key(b);
}

/** How many options one rendered list holds at most (see `ListGroup.chunks`). */
export const CHUNK_SIZE = 100;

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Everything the list renders that does not change while the reader types: built once per input. */
export interface ListModel {
  /** Every entry, in display order (group by group). */
  readonly entries: readonly ListEntry[];
  /** Non-empty groups, in the order of `categories`. */
  readonly groups: readonly ListGroup[];
  readonly byId: ReadonlyMap<string, ListEntry>;
  /**
   * The search index, built the first time a search reads it (or when the browser is idle after the first render: see
   * `warmSearchIndex`), not while the list first renders: building it is about a third of that work.
   */
  readonly index: SearchIndex;
}

/** The id of an option's element inside the list: also the fragment that links to it (`page#net-treatment-surgery`). */
export function optionDomId(treatmentId: string): string {
  return `net-treatment-${treatmentId}`;
}

/** The treatment id a location hash names (`#net-treatment-surgery` gives "surgery"), or null. */
export function idFromHash(hash: string): string | null {
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    text = decodeURIComponent(text);
  } catch {
    return null;
  }
  return text.startsWith('net-treatment-') && text.length > 'net-treatment-'.length ? text.slice('net-treatment-'.length) : null;
}

/** Every word a reader might search an option by: names, related medicines' names, its category, and its text. */
export function searchWordsOf(t: Treatment, labels: TreatmentListLabels, locale: Locale = 'en'): Set<string> {
  const words = new Set<string>();
  const add = (text: string | undefined) => text && wordsOf(text).forEach((w) => words.add(w));
  const addName = (name: string) => nameWords(name).forEach((w) => words.add(w));
  [t.name, ...t.otherNames, t.id].forEach(addName);
  for (const id of t.relatedDrugs) {
    // The medicine's names in the list's language and in English, so "everolimus" finds it on a French page too.
    for (const drug of [drugCatalogue(locale).get(id), getDrug(id)]) if (drug) drugNames(drug).forEach(addName);
    addName(id);
  }
  add(labels.categories[t.category].name);
  add(t.summary);
  for (const section of [t.about, t.whenUsed, t.howDone]) {
    add(section.text);
    section.items?.forEach(add);
  }
  add(t.aims.text);
  t.aims.goals.forEach((g) => add(labels.goals[g]));
  return words;
}

/**
 * Groups the bundled and the host's treatments by category (bundled first within a category), keeps only `categories`,
 * and indexes their words for search. A host treatment with a bundled treatment's id takes its place. The first option
 * with its category's name, if any, goes first in its category and leads it (`ListGroup.lead`).
 */
export function buildModel(
  bundled: readonly Treatment[],
  host: readonly Treatment[],
  categories: readonly TreatmentCategory[],
  labels: TreatmentListLabels,
  locale: Locale = 'en',
): ListModel {
  const entries: ListEntry[] = [];
  const groups: ListGroup[] = [];
  const replacing = new Map(host.map((t) => [t.id, t]));
  const placed = new Set<Treatment>();
  for (const category of categories) {
    const members: { treatment: Treatment; host: boolean }[] = [];
    for (const treatment of bundled) {
      const own = replacing.get(treatment.id);
      if (own && own.category === category) {
        members.push({ treatment: own, host: true });
        placed.add(own);
      } else if (!own && treatment.category === category) members.push({ treatment, host: false });
    }
    for (const treatment of host) if (treatment.category === category && !placed.has(treatment)) members.push({ treatment, host: true });
    if (members.length === 0) continue;
    const name = labels.categories[category].name;
    const named = members.findIndex((m) => sameName(m.treatment.name, name));
    if (named > 0) members.unshift(...members.splice(named, 1));
    const group = members.map(({ treatment, host: isHost }) => {
      const entry: ListEntry = { treatment, index: entries.length, host: isHost };
      entries.push(entry);
      return entry;
    });
    groups.push({ category, entries: group, chunks: chunk(group, CHUNK_SIZE), lead: named >= 0 ? group[0]! : null });
  }
  return {
    entries,
    groups,
    byId: new Map(entries.map((e) => [e.treatment.id, e])),
    index: lazySearchIndex(entries.length, () => entries.map((e) => searchWordsOf(e.treatment, labels, locale))),
  };
}

/** Models whose search index is built already, or queued to be built when the browser is idle. */
const warmed = new WeakSet<ListModel>();

/**
 * Builds the model's search index when the browser is next idle (once per model, however often it is called), so that
 * the first keystroke does not wait for it.
 */
export function warmSearchIndex(model: ListModel): void {
  if (warmed.has(model)) return;
  warmed.add(model);
  const build = () => void model.index.words;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(build, { timeout: 2000 });
  else setTimeout(build, 200);
}
