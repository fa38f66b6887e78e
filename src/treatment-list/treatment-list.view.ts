/**
 * What the treatment list shows, as a pure function of its inputs, the content and the previous view: the host's
 * valid entries and the notice about the invalid ones, the model (options grouped by category, each with the names of
 * its medicines and its sources, and a search index), what the search and the filters leave, and the count's words.
 * No DOM, no Lit: every lookup and every search of the list happens here.
 *
 * The host's entries, the model and the filter result are each computed again only when what they were computed from
 * changes (`from`), so a keystroke costs a filter, not a model: the rows are rendered from the model's entries, and
 * keep them. A host's long list is read (validated) a part at a time: the first `CHUNK_SIZE` entries at once, the rest
 * when the element asks (`readOn`, while the browser is idle), then the view is computed again with them all.
 */
import en from '../../data/en/ui-treatment-list.json';
import { citedIds, namedNotes, sourcesFor, type NamedNote } from '../content/cited.js';
import { drugCatalogue, drugNames, getDrug } from '../content/drugs.js';
import { readHostContent, readOn, type HostContent, type HostContentMessages, type HostInput } from '../content/host-content.js';
import { dataFor, type Locale } from '../content/locale-data.js';
import { wordsOf } from '../content/match.js';
import { TREATMENT_CATEGORIES, type Source, type Treatment, type TreatmentCategory } from '../content/schema.js';
import { validateTreatments, type ValidateOptions } from '../content/validate.js';
import { commonLabels, format, type CommonLabels } from '../shared/i18n.js';
import { unknownInList } from '../shared/inputs.js';
import { parseListAttribute } from '../shared/list-attribute.js';
import type { Problem } from '../shared/problem.js';

// ---- labels and list attributes -----------------------------------------------------------------------------

/** The treatment list's own labels (data/en/ui-treatment-list.json), one table per bundled locale. */
export type TreatmentListLabels = typeof en;

/** A label with a singular and a plural form, chosen by `Intl.PluralRules`. */
export interface PluralLabel {
  one: string;
  other: string;
  [form: string]: string;
}

export function treatmentListLabels(locale: Locale): TreatmentListLabels {
  return dataFor<TreatmentListLabels>(locale, 'ui-treatment-list') ?? en;
}

/** The form of `label` that suits `count` in `locale` ("1 treatment matches", "5 treatments match"). */
export function pluralForm(label: PluralLabel, count: number, locale: Locale): string {
  const form = new Intl.PluralRules(locale).select(count);
  return label[form] ?? label.other;
}

/**
 * Reads the `categories` attribute (see `parseListAttribute`): the categories to show, in the list's own order
 * (TREATMENT_CATEGORIES), each once, and the ids that name no category, as written (the list warns the site owner and
 * leaves them out). Empty or missing, or naming no known category, means every category.
 */
export function parseCategories(value: string | null | undefined): { categories: readonly TreatmentCategory[]; unknown: string[] } {
  const { values, unknown } = parseListAttribute(value, TREATMENT_CATEGORIES, 'known');
  return { categories: values, unknown };
}

// ---- host entries -------------------------------------------------------------------------------------------

type HostEntries = HostContent<Treatment>;

/**
 * A host's own treatments from the `entries` property and the child JSON script, read by the shared host-content
 * reader: each entry validated on its own, every problem a line with its path. An entry with a bundled treatment's id
 * replaces that treatment.
 */
/**
 * The notice the list shows above its options when host entries are invalid: how many problems, then one line each
 * (with its path); null when there is none. `npx net-widgets check` prints the same (src/validate.ts).
 */
export function hostEntriesProblem(errors: readonly string[], labels: TreatmentListLabels, locale: Locale): Problem | null {
  if (errors.length === 0) return null;
  return {
    code: 'invalid-content',
    message: format(pluralForm(labels.hostProblem, errors.length, locale), { count: errors.length }),
    details: errors,
    fix: labels.hostProblemFix,
  };
}

export function readHostEntries(inputs: readonly HostInput[], messages: HostContentMessages, opts: ValidateOptions = {}, first?: number): HostEntries {
  return readHostContent(
    inputs,
    {
      many: true,
      messages,
      validate: (item) => {
        const result = validateTreatments(item, opts);
        return result.ok ? { ok: true, value: result.value[0]! } : result;
      },
    },
    first,
  );
}

// ---- the model: options grouped by category -----------------------------------------------------------------

/** One option as the list shows it. */
export interface ListEntry {
  readonly treatment: Treatment;
  /** Position in `ListModel.entries` (and row in the search index). */
  readonly index: number;
  /** True when the host page added it. */
  readonly host: boolean;
  /** Its medicines, named in the list's language (by id when the bundled drugs do not have it). */
  readonly drugs: readonly { readonly id: string; readonly name: string }[];
  /** The sources it cites: its sections, then the sources its notes compare. */
  readonly sources: readonly Source[];
  /** Where the sources differ, each source named by its publisher. */
  readonly notes: readonly NamedNote[];
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

/** Everything the list renders that does not change while the reader types: built once per input. */
export interface ListModel {
  /** Every entry, in display order (group by group). */
  readonly entries: readonly ListEntry[];
  /** Non-empty groups, in the order of `categories`. */
  readonly groups: readonly ListGroup[];
  readonly byId: ReadonlyMap<string, ListEntry>;
  /**
   * The search index, built a part at a time when the browser is idle after the list has rendered (see
   * treatment-list.ts), and the rest at once the first time a search reads it: not while the list first renders.
   */
  readonly index: LazyIndex;
}

/**
 * How many options one rendered list holds at most (see `ListGroup.chunks`): also how many host entries are read, and
 * options rendered, before a long list first shows (the rest follow while the browser is idle).
 */
export const CHUNK_SIZE = 100;

/** An option as the list shows it; its sources are found when it opens, so that a list of 10,000 shows sooner. */
class Entry implements ListEntry {
  constructor(
    readonly treatment: Treatment,
    readonly index: number,
    readonly host: boolean,
    readonly drugs: ListEntry['drugs'],
    readonly notes: readonly NamedNote[],
    private readonly locale: Locale,
  ) {}

  get sources(): Source[] {
    const t = this.treatment;
    return sourcesFor(t, citedIds(t.about, t.whenUsed, t.howDone, t.aims, ...(t.notes ?? [])), this.locale);
  }
}

/** A name as a reader would hear it, whatever the case and the spaces around: two options' names compare by it. */
const heard = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The id of an option's element inside the list: also the fragment that links to it (`page#net-treatment-surgery`). */
export function optionDomId(treatmentId: string): string {
  return `net-treatment-${treatmentId}`;
}

/** Ids of the elements of one option, inside the list's shadow root. */
export function optionIds(treatmentId: string): { option: string; toggle: string; body: string; drug: string } {
  const option = optionDomId(treatmentId);
  return { option, toggle: `${option}-toggle`, body: `${option}-body`, drug: `${option}-drug` };
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
function searchWordsOf(t: Treatment, labels: TreatmentListLabels, locale: Locale): string[] {
  // Repeats and all: the index keeps each word of a row once.
  const words: string[] = [];
  const add = (text: string | undefined) => text && words.push(...wordsOf(text));
  const addName = (name: string) => words.push(...nameWords(name));
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
 * names each option's medicines and finds its sources, and indexes their words for search. A host treatment with a
 * bundled treatment's id takes its place. The first option with its category's name, if any, goes first in its
 * category and leads it (`ListGroup.lead`).
 */
function buildModel(
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
  const catalogue = drugCatalogue(locale);
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
    const name = heard(labels.categories[category].name);
    const named = members.findIndex((m) => heard(m.treatment.name) === name);
    if (named > 0) members.unshift(...members.splice(named, 1));
    const group = members.map(({ treatment: t, host: isHost }) => {
      const entry = new Entry(t, entries.length, isHost, t.relatedDrugs.map((id) => ({ id, name: catalogue.get(id)?.name ?? id })), namedNotes(t, locale), locale);
      entries.push(entry);
      return entry;
    });
    groups.push({ category, entries: group, chunks: chunk(group, CHUNK_SIZE), lead: named >= 0 ? group[0]! : null });
  }
  return {
    entries,
    groups,
    byId: new Map(entries.map((e) => [e.treatment.id, e])),
    index: lazySearchIndex(entries.length, (row) => searchWordsOf(entries[row]!.treatment, labels, locale)),
  };
}

// ---- search -------------------------------------------------------------------------------------------------
//
// Every entry's words are normalised and indexed once, so a keystroke only looks words up. A query matches an entry
// when every word of the query begins a word of the entry ("octreo" finds octreotide, "liver surg" finds "surgery to
// the liver"), ignoring case, accents and punctuation (`wordsOf` in content/match.ts, shared with every lookup).
//
// Why an index and not `text.includes(query)` per entry: with 10,000 entries of a few kilobytes each, a query word
// that matches nothing makes `includes` scan ~20 MB (20–40 ms). The index makes a keystroke cost the number of
// (entry, word) pairs that the query's words begin, which is small for a real query and linear in the entries.

/**
 * The words of a name, plus the name written as one word ("5-FU" gives "5", "fu" and "5fu"), so that a reader who
 * types a name without its spaces or hyphens still finds it.
 */
export function nameWords(name: string): string[] {
  const words = wordsOf(name);
  return words.length > 1 ? [...words, words.join('')] : words;
}

/**
 * A prebuilt index: each distinct word with the (ascending) rows that contain it, and the words by their first
 * character, so that a query word looks only at the words that start as it does. Never sorted: a list of 10,000
 * options has 40,000 distinct words, whose sorting would be a long task on a phone.
 */
export interface SearchIndex {
  /** How many rows (entries) are indexed. */
  readonly size: number;
  readonly rows: ReadonlyMap<string, readonly number[]>;
  readonly byInitial: ReadonlyMap<string, readonly string[]>;
}

/** An index whose rows are added a part at a time. */
export interface LazyIndex extends SearchIndex {
  /** Adds rows while `go()` allows (by default, all); true once every row is in. */
  build(go?: () => boolean): boolean;
}

/** Indexes rows of words (one array per entry, in entry order). Words must already be normalised. */
export function buildSearchIndex(rowsOfWords: ReadonlyArray<Iterable<string>>): LazyIndex {
  return lazySearchIndex(rowsOfWords.length, (row) => rowsOfWords[row]!);
}

/**
 * An index of `size` rows, `wordsOfRow(row)` added row by row (`build`, when the browser is idle) and the rest at once
 * the first time a search reads it, so that a list that is never searched never pays for its index and one searched
 * early still finds every row.
 */
function lazySearchIndex(size: number, wordsOfRow: (row: number) => Iterable<string>): LazyIndex {
  const byWord = new Map<string, number[]>();
  const byInitial = new Map<string, string[]>();
  let row = 0;
  const build = (go = () => true): boolean => {
    for (; row < size && go(); row++) {
      for (const word of wordsOfRow(row)) {
        const rows = byWord.get(word);
        if (rows) {
          if (rows[rows.length - 1] !== row) rows.push(row); // rows arrive in order: this skips repeats in one row
        } else if (word) {
          byWord.set(word, [row]);
          const words = byInitial.get(word[0]!);
          if (words) words.push(word);
          else byInitial.set(word[0]!, [word]);
        }
      }
    }
    return row === size;
  };
  return {
    size,
    build,
    get rows() {
      build();
      return byWord;
    },
    get byInitial() {
      build();
      return byInitial;
    },
  };
}

/**
 * Which rows match `query`: a byte per row, 1 for a match. Returns null when the query has no words (everything
 * matches). Never throws.
 */
export function searchIndex(index: SearchIndex, query: string): Uint8Array | null {
  const queryWords = [...new Set(wordsOf(query))].slice(0, 250);
  if (queryWords.length === 0) return null;
  // hits[row] = how many of the query's words, in order, the row has matched so far.
  const hits = new Uint8Array(index.size);
  const { byInitial, rows: rowsOf } = index;
  queryWords.forEach((prefix, k) => {
    for (const word of byInitial.get(prefix[0]!) ?? []) {
      if (!word.startsWith(prefix)) continue;
      const rows = rowsOf.get(word)!;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        if (hits[row] === k) hits[row] = k + 1;
      }
    }
  });
  const all = queryWords.length;
  for (let row = 0; row < hits.length; row++) hits[row] = hits[row] === all ? 1 : 0;
  return hits;
}

/** What the reader sees after searching and filtering. */
export interface FilterResult {
  /** One byte per entry of the model (by `ListEntry.index`): 1 when shown. */
  readonly shown: Uint8Array;
  /** How many entries are shown. */
  readonly count: number;
  /** How many entries each category shows (categories with none are absent). */
  readonly perCategory: ReadonlyMap<TreatmentCategory, number>;
}

/**
 * Applies a search query and a set of category filters (empty: every category) to the model. Linear in the entries
 * plus the index rows the query's words begin; builds no strings.
 */
function filterModel(model: ListModel, query: string, filters: ReadonlySet<TreatmentCategory>): FilterResult {
  const matches = searchIndex(model.index, query);
  const shown = matches ?? new Uint8Array(model.entries.length).fill(1);
  const perCategory = new Map<TreatmentCategory, number>();
  let count = 0;
  for (const group of model.groups) {
    const allowed = filters.size === 0 || filters.has(group.category);
    let inGroup = 0;
    for (const entry of group.entries) {
      if (!allowed) shown[entry.index] = 0;
      else if (shown[entry.index]) inGroup++;
    }
    if (inGroup > 0) perCategory.set(group.category, inGroup);
    count += inGroup;
  }
  return { shown, count, perCategory };
}

// ---- the view -----------------------------------------------------------------------------------------------

/** What the list reads from its attributes, properties and state (see `NetElement.readInputs`). */
export interface TreatmentListInputs {
  readonly categories: string;
  /** The `entries` property. */
  readonly entries: unknown;
  /** The text of a child JSON script, or null. */
  readonly hostJson: string | null;
  readonly query: string;
  readonly filters: ReadonlySet<TreatmentCategory>;
  /**
   * Read every host entry now (to print, say). Otherwise the first `CHUNK_SIZE` are read, and the rest as the element
   * asks (`readOn`, when the browser is idle), or at once when a search or a filter needs them.
   */
  readonly all?: boolean;
}

export interface TreatmentListContent {
  readonly treatments: readonly Treatment[];
  readonly drugIds: readonly string[];
}

/** The parts of the view that cost the most to compute, which the next view reuses while their inputs stay the same. */
interface Parts {
  readonly host: HostEntries;
  readonly model: ListModel;
  readonly result: FilterResult;
}

/** The list always shows: an unknown category or invalid host entries are warnings and notices, never a problem. */
export interface TreatmentListView extends Parts {
  readonly problem: null;
  /** Unknown category ids, for the site owner. */
  readonly warnings: readonly Problem[];
  /** Invalid host entries, shown above the list. */
  readonly notices: readonly Problem[];
  readonly labels: TreatmentListLabels;
  readonly common: CommonLabels;
  readonly locale: Locale;
  readonly query: string;
  readonly filters: ReadonlySet<TreatmentCategory>;
  /** True when a search or a filter narrows the list. */
  readonly filtering: boolean;
  /** True when host entries were still to read (see `TreatmentListInputs.all`): the model has those read so far. */
  readonly reading: boolean;
  /** The words of the count: "5 treatments match “octreo”", or that none does (empty when the list has no option). */
  readonly count: string;
  /** The licence line: it says so when host entries are shown. */
  readonly licence: string;
  /** What each part was computed from (compared with `===`). */
  readonly from: { readonly [K in keyof Parts]: readonly unknown[] };
}

/** The words the count (a polite live region) says: "5 treatments match “octreo”", or that none does. */
function countText(labels: TreatmentListLabels, locale: Locale, query: string, filters: ReadonlySet<TreatmentCategory>, count: number): string {
  if (count === 0 && query) return format(labels.noMatchQuery, { query });
  if (count === 0 && filters.size > 0) return format(labels.noMatchFilters, {});
  if (query) return format(pluralForm(labels.countQuery, count, locale), { count, query });
  if (filters.size > 0) return format(pluralForm(labels.countFiltered, count, locale), { count });
  return format(pluralForm(labels.countAll, count, locale), { count });
}

export function treatmentListView(
  input: TreatmentListInputs,
  locale: Locale,
  content: TreatmentListContent,
  previous: TreatmentListView | null = null,
): TreatmentListView {
  const labels = treatmentListLabels(locale);
  const common = commonLabels(locale);
  const from = {} as { -readonly [K in keyof Parts]: readonly unknown[] };
  /** The previous view's part when it was computed from the same things, else a new one. */
  const part = <K extends keyof Parts>(key: K, deps: readonly unknown[], compute: () => Parts[K]): Parts[K] => {
    from[key] = deps;
    const before = previous?.from[key];
    return before && before.length === deps.length && before.every((x, i) => x === deps[i]) ? previous![key] : compute();
  };

  const parsed = parseCategories(input.categories);
  const unknownWarning = unknownInList('unknown-category', 'categories', parsed.unknown, TREATMENT_CATEGORIES);
  const host = part('host', [input.entries, input.hostJson, labels, content.drugIds], () =>
    readHostEntries(
      [
        { label: 'entries', input: input.entries },
        { label: 'script', input: input.hostJson },
      ],
      labels,
      { knownDrugIds: content.drugIds },
      CHUNK_SIZE,
    ),
  );
  const query = input.query.trim();
  const filtering = query !== '' || input.filters.size > 0;
  if (filtering || input.all) readOn(host);
  // The entries read so far (a host's long list is read a part at a time, into the same array).
  const model = part('model', [content.treatments, host.entries, host.entries.length, parsed.categories.join(), labels, locale], () =>
    buildModel(content.treatments, host.entries, parsed.categories, labels, locale),
  );
  const result = part('result', [model, input.query, input.filters], () => filterModel(model, input.query, input.filters));

  const notice = hostEntriesProblem(host.errors, labels, locale);
  return {
    problem: null,
    warnings: unknownWarning ? [unknownWarning] : [],
    notices: notice ? [notice] : [],
    labels,
    common,
    locale,
    host,
    model,
    result,
    query: input.query,
    filters: input.filters,
    filtering,
    reading: !!host.rest,
    count: model.entries.length ? countText(labels, locale, query, input.filters, result.count) : '',
    licence: model.entries.some((e) => e.host) ? common.contentLicenceListWithHost : common.contentLicenceList,
    from,
  };
}
