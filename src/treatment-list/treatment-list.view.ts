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
import drugCardEn from '../../data/en/ui-drug-card.json';
import {
  findSymptom,
  readQuestion,
  searchTerms,
  symptomsNamed,
  withBundledNames,
  type Question,
  type Symptom,
  type SymptomRelation,
} from '../content/asking.js';
import { citedIds, namedNotes, sourcesFor, type NamedNote } from '../content/cited.js';
import { drugCatalogue, drugNames, getDrug } from '../content/drugs.js';
import { readHostContent, readOn, type HostContent, type HostContentMessages, type HostInput } from '../content/host-content.js';
import { dataFor, type Locale } from '../content/locale-data.js';
import { wordsOf } from '../content/match.js';
import { TREATMENT_CATEGORIES, type Section, type Source, type Treatment, type TreatmentCategory } from '../content/schema.js';
import { validateTreatments, type ValidateOptions } from '../content/validate.js';
import { commonLabels, format, quote, type CommonLabels } from '../shared/i18n.js';
import { unknownInList } from '../shared/inputs.js';
import { parseListAttribute } from '../shared/list-attribute.js';
import type { Problem } from '../shared/problem.js';
import { questionWords } from '../content/question-templates.js';
import { questionKey, type SavedQuestion } from '../shared/questions-store.js';

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

/** One set of plural rules per locale: making one is slow on a phone, and the list made one for each count it wrote. */
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form of `label` that suits `count` in `locale` ("1 treatment matches", "5 treatments match"). */
export function pluralForm(label: PluralLabel, count: number, locale: Locale): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = rules.select(count);
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
    return sourcesFor(t, citedIds(t.keyPoints, t.about, t.whenUsed, t.howDone, t.aims, ...(t.notes ?? [])), this.locale);
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

/** The key of an option's question in the page's list of questions ("Could PRRT be an option for me?"). */
export const optionQuestionKey = (treatmentId: string): string => questionKey('option', treatmentId);

/** The treatment id of an option's question key (`optionQuestionKey`), or null for another key. */
export function idFromQuestionKey(key: string): string | null {
  const match = /^option:(.+):$/.exec(key);
  return match ? match[1]! : null;
}

/**
 * An option's question for the reader's list, "Could PRRT be an option for me?", in `locale`, with the option's id and
 * the language: a question only, stating no medical fact.
 */
export function optionQuestion(treatment: Treatment, locale: Locale): SavedQuestion {
  const text = questionWords('option', treatment.name, locale) ?? treatment.name;
  return { key: optionQuestionKey(treatment.id), kind: 'option', entryId: treatment.id, lang: locale, text };
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

/** The sentences of a text (a full stop, question or exclamation mark and a space end one). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

/**
 * Every word a reader might search an option by, in parts (see `searchIndex`): first its names (its own, its
 * medicines' names and its category's), which go with every part, then each sentence of its text.
 */
function searchUnitsOf(t: Treatment, labels: TreatmentListLabels, locale: Locale): string[][] {
  // Repeats and all: the index keeps each word of a part once.
  const names: string[] = [];
  const addName = (name: string) => names.push(...nameWords(name));
  [t.name, ...t.otherNames, t.id].forEach(addName);
  for (const id of t.relatedDrugs) {
    // The medicine's names in the list's language and in English, so "everolimus" finds it on a French page too.
    for (const drug of [drugCatalogue(locale).get(id), getDrug(id)]) if (drug) drugNames(drug).forEach(addName);
    addName(id);
  }
  names.push(...wordsOf(labels.categories[t.category].name));
  const units = [names];
  const add = (text: string | undefined) => {
    if (text) for (const sentence of sentencesOf(text)) units.push(wordsOf(sentence));
  };
  add(t.summary);
  for (const section of [t.about, t.whenUsed, t.howDone]) {
    add(section.text);
    section.items?.forEach(add);
  }
  add(t.aims.text);
  t.aims.goals.forEach((g) => add(labels.goals[g]));
  return units;
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
    index: lazySearchIndex(entries.length, (row) => searchUnitsOf(entries[row]!.treatment, labels, locale)),
  };
}

// ---- search -------------------------------------------------------------------------------------------------
//
// Every entry's words are normalised and indexed once, so a keystroke only looks words up. A search is a list of
// terms, each a few words that may stand for one another ("pills": pill, capsule, mouth…, from the naming table, see
// `searchTerms` in content/asking.ts). An entry matches when each term has one of its words beginning a word of the
// entry ("octreo" finds octreotide, "liver surg" finds "surgery to the liver"), ignoring case, accents and punctuation
// (`wordsOf` in content/match.ts, shared with every lookup), and all the terms are met in one sentence of the entry or
// in its names: "chemo pills" finds Chemotherapy ("Some chemotherapy comes as a pill or capsule"), not an option that
// says in one sentence that it is unlike chemotherapy and in another that it comes as tablets.
//
// Why an index and not `text.includes(query)` per entry: with 10,000 entries of a few kilobytes each, a query word
// that matches nothing makes `includes` scan ~20 MB (20–40 ms). The index makes a keystroke cost the number of
// (entry, sentence, word) triples that the terms' words begin, which is small for a real query and linear in the
// entries.

/**
 * The words of a name, plus the name written as one word ("5-FU" gives "5", "fu" and "5fu"), so that a reader who
 * types a name without its spaces or hyphens still finds it.
 */
export function nameWords(name: string): string[] {
  const words = wordsOf(name);
  return words.length > 1 ? [...words, words.join('')] : words;
}

/** A search: terms, each of words that stand for one another (normalised, see `wordsOf`). */
export type SearchTerms = readonly (readonly string[])[];

/**
 * Where in a row a word is, as bits: bit 31 for its names, which go with every sentence; bits 0 to 30 for its first 31
 * sentences, bit 30 standing for every sentence from the 31st on (a long host entry's last ones count as one).
 */
const NAMES = 1 << 31;
const LAST_SENTENCE = 30;

/** A part's bit: part 0 is the names, part n the nth sentence (see `NAMES`). */
const partBit = (part: number): number => (part === 0 ? NAMES : 1 << Math.min(part - 1, LAST_SENTENCE));

/** The rows that have a word (ascending), and where in each row it is (see `NAMES`). */
export interface Postings {
  readonly rows: readonly number[];
  readonly bits: readonly number[];
}

/**
 * A prebuilt index: each distinct word with its postings, and the words by their first character, so that a query
 * word looks only at the words that start as it does. Never sorted: a list of 10,000 options has 40,000 distinct
 * words, whose sorting would be a long task on a phone.
 */
export interface SearchIndex {
  /** How many rows (entries) are indexed. */
  readonly size: number;
  readonly postings: ReadonlyMap<string, Postings>;
  readonly byInitial: ReadonlyMap<string, readonly string[]>;
}

/** An index whose rows are added a part at a time. */
export interface LazyIndex extends SearchIndex {
  /** Adds rows while `go()` allows (by default, all); true once every row is in. */
  build(go?: () => boolean): boolean;
}

/** Indexes rows of words (one array per entry, in entry order), each row as names only. Words must be normalised. */
export function buildSearchIndex(rowsOfWords: ReadonlyArray<Iterable<string>>): LazyIndex {
  return lazySearchIndex(rowsOfWords.length, (row) => [rowsOfWords[row]!]);
}

/**
 * Indexes rows of parts: each row's names first, then its sentences, each an array of normalised words (see
 * `searchUnitsOf`).
 */
export function buildSentenceIndex(rows: ReadonlyArray<ReadonlyArray<Iterable<string>>>): LazyIndex {
  return lazySearchIndex(rows.length, (row) => rows[row]!);
}

/**
 * An index of `size` rows, `partsOfRow(row)` added row by row (`build`, when the browser is idle) and the rest at once
 * the first time a search reads it, so that a list that is never searched never pays for its index and one searched
 * early still finds every row.
 */
function lazySearchIndex(size: number, partsOfRow: (row: number) => Iterable<Iterable<string>>): LazyIndex {
  const byWord = new Map<string, { rows: number[]; bits: number[] }>();
  const byInitial = new Map<string, string[]>();
  let row = 0;
  const build = (go = () => true): boolean => {
    for (; row < size && go(); row++) {
      let part = 0;
      for (const words of partsOfRow(row)) {
        const bit = partBit(part++);
        for (const word of words) {
          const postings = byWord.get(word);
          if (postings) {
            // Rows arrive in order: a word met again in the same row only adds where.
            const last = postings.rows.length - 1;
            if (postings.rows[last] === row) postings.bits[last]! |= bit;
            else {
              postings.rows.push(row);
              postings.bits.push(bit);
            }
          } else if (word) {
            byWord.set(word, { rows: [row], bits: [bit] });
            const initial = byInitial.get(word[0]!);
            if (initial) initial.push(word);
            else byInitial.set(word[0]!, [word]);
          }
        }
      }
    }
    return row === size;
  };
  return {
    size,
    build,
    get postings() {
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
 * The terms of a query: each word of a text on its own, or the given terms, without empty words, without a word that
 * another word of its term begins (it finds nothing more), each term once; at most 250.
 */
function termsOf(query: string | SearchTerms): string[][] {
  const terms = typeof query === 'string' ? [...new Set(wordsOf(query))].map((w) => [w]) : query;
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const words = [...new Set(term.filter((w) => w !== ''))].sort((a, b) => a.length - b.length);
    const kept = words.filter((w, i) => !words.slice(0, i).some((shorter) => w.startsWith(shorter)));
    const key = kept.join(' ');
    if (kept.length && !seen.has(key)) {
      seen.add(key);
      out.push(kept);
    }
    if (out.length === 250) break;
  }
  return out;
}

/**
 * Which rows match: a byte per row, 1 for a match. A query is a text (each of its words a term) or terms. A row matches
 * when each term has a word that begins one of the row's words, all in one of its sentences or in its names. Returns
 * null when the query has no words (everything matches). `namesOnly`: in the rows' names only. Never throws.
 */
export function searchIndex(index: SearchIndex, query: string | SearchTerms, namesOnly = false): Uint8Array | null {
  const terms = termsOf(query);
  if (terms.length === 0) return null;
  const { byInitial, postings } = index;
  /** The postings of the words that a term's words begin, and how many there are. */
  const postingsOf = (term: readonly string[]) => {
    const lists: Postings[] = [];
    let size = 0;
    for (const prefix of term) {
      for (const word of byInitial.get(prefix[0]!) ?? []) {
        if (!word.startsWith(prefix)) continue;
        const list = postings.get(word)!;
        lists.push(list);
        size += list.rows.length;
      }
    }
    return { lists, size };
  };
  const hits = new Uint8Array(index.size);
  // For each row, the sentences (bits) in which every term so far has a word: 0 when none. One term: any will do.
  const met = new Int32Array(terms.length > 1 ? index.size : 0);
  // The same for this term alone, and the rows it touched (to clear them after).
  const metNow = new Int32Array(met.length);
  let alive: number[] = [];
  // The term with the fewest postings first: the rows it leaves are all that the others need to look at.
  const found = terms.map(postingsOf).sort((a, b) => a.size - b.size);
  for (let k = 0; k < found.length; k++) {
    const touched: number[] = [];
    for (const { rows, bits } of found[k]!.lists) {
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!;
        const where = bits[i]!;
        if (namesOnly && !(where & NAMES)) continue;
        if (met.length === 0) hits[row] = 1;
        else if (k === 0 || met[row] !== 0) {
          if (metNow[row] === 0) touched.push(row);
          metNow[row]! |= where & NAMES ? -1 : where;
        }
      }
    }
    if (met.length === 0) return hits;
    const next: number[] = [];
    for (const row of k === 0 ? touched : alive) {
      const sentences = k === 0 ? metNow[row]! : met[row]! & metNow[row]!;
      met[row] = sentences;
      if (sentences !== 0) next.push(row);
    }
    for (const row of touched) metNow[row] = 0;
    alive = next;
  }
  for (const row of alive) hits[row] = 1;
  return hits;
}

/**
 * What the search looks for: the terms of the question's subject, and for each symptom it names, the entries' words
 * for that symptom (an option whose text names it shows too: "diarrhea" finds the somatostatin analogues, which ease
 * diarrhoea).
 */
export interface ListSearch {
  readonly terms: SearchTerms;
  readonly alsoTerms: readonly SearchTerms[];
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
 * Applies a search and a set of category filters (empty: every category) to the model. Linear in the entries plus the
 * index postings the terms' words begin; builds no strings.
 */
function filterModel(model: ListModel, search: ListSearch, filters: ReadonlySet<TreatmentCategory>): FilterResult {
  const matches = searchIndex(model.index, search.terms);
  if (matches) {
    for (const terms of search.alsoTerms) {
      const also = searchIndex(model.index, terms);
      if (also) for (let row = 0; row < also.length; row++) matches[row] |= also[row]!;
    }
  }
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
  /** A medicine's card can open in the list (see src/shared/drug-cards.ts): a question about one offers its card. */
  readonly drugCards?: boolean;
  /**
   * Names a website added to bundled medicines on this page (a drug card's `addNames`, see shared/added-names.ts), by
   * medicine id: the search finds what the medicine's own name finds ("Xeloda" finds capecitabine's options).
   */
  readonly addedNames?: ReadonlyMap<string, readonly string[]>;
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
  readonly answers: readonly SymptomAnswer[];
}

/** The medicine that a question about side effects names ("side effects of everolimus", a brand name too), or null. */
function medicineAnswer(subject: string, locale: Locale, labels: TreatmentListLabels): MedicineAnswer | null {
  const found = drugCatalogue(locale).find(subject);
  if (!found.found) return null;
  const { id, name } = found.entry;
  const [before = '', after = ''] = labels.answerMedicine.split('{drug}');
  return { key: `medicine-${id}`, drug: { id, name }, lead: [before, after] };
}

/** The drug card's words for its serious side effects, which an answer about a serious side effect repeats. */
export interface UrgentLabels {
  readonly prefix: string;
  readonly heading: string;
  readonly whatToDo: string;
  readonly contactNow: string;
}

/** A sentence of a drug card that names a symptom, as an answer shows it. */
export interface AnswerLine {
  /** Unique in the view: the medicine's card opens under this line (`data-answer`). */
  readonly key: string;
  readonly relation: SymptomRelation;
  readonly drug: { readonly id: string; readonly name: string };
  /** The words before and after the medicine's name: "Nausea (feeling sick) is a common side effect of " and ". …". */
  readonly lead: readonly [string, string];
  /** The card's own words, quoted (with the words that introduce its list: "These are rare, but serious: Bleeding"). */
  readonly quote: string;
  /** For a serious side effect: what the card says to do, when it says something (its "what to do" section). */
  readonly whatToDo: Section | null;
}

/** A question about a medicine's side effects ("octreotide side effects"): its card, which says them, opens here. */
export interface MedicineAnswer {
  /** The medicine's card opens under the answer (`data-answer`). */
  readonly key: string;
  readonly drug: { readonly id: string; readonly name: string };
  /** The words before and after the medicine's name. */
  readonly lead: readonly [string, string];
}

/** What the drug cards say about one symptom the reader named: their sentences that name it, then a hedge. */
export interface SymptomAnswer {
  readonly symptom: Symptom;
  readonly heading: string;
  /** Serious side effects first, then common ones, other side effects, and what medicines are used for. */
  readonly lines: readonly AnswerLine[];
  /**
   * The last words, always: our sources list side effects for only some medicines, and to tell the care team; or, when
   * no card names it as a side effect, that our sources do not list it, which does not mean none causes it.
   */
  readonly hedge: string;
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
  /** The query read as a question: its subject is what the list searches. */
  readonly question: Question;
  readonly filters: ReadonlySet<TreatmentCategory>;
  /** True when a search or a filter narrows the list. */
  readonly filtering: boolean;
  /** True when host entries were still to read (see `TreatmentListInputs.all`): the model has those read so far. */
  readonly reading: boolean;
  /** What the drug cards say about each symptom the query names, shown above the options. */
  readonly answers: readonly SymptomAnswer[];
  /** A question about a medicine's side effects, which its card answers ("octreotide side effects"). Else null. */
  readonly medicine: MedicineAnswer | null;
  /** What a question about food asks about ("cheese" in "can I eat cheese"): the diet guide answers it. Else null. */
  readonly food: string | null;
  readonly urgent: UrgentLabels;
  /** Words only the count's live region says, before the count: that an answer or a pointer comes first. */
  readonly announce: string;
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

/** The list's search for a query: its subject's terms, and each named symptom's words (see `ListSearch`). */
export function listSearch(question: Question, locale: Locale): ListSearch {
  const terms = searchTerms(question.subject, locale);
  const alsoTerms = symptomsNamed(question.subject, locale).flatMap((s) => s.words.map((w) => wordsOf(w).map((word) => [word])));
  return { terms, alsoTerms };
}

const capitalised = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

const LEADS: Record<SymptomRelation, 'answerSerious' | 'answerCommon' | 'answerOther' | 'answerUse'> = {
  serious: 'answerSerious',
  common: 'answerCommon',
  other: 'answerOther',
  use: 'answerUse',
};

/**
 * What the drug cards say about each symptom that `subject` names (see `findSymptom`): only their own sentences, each
 * with how it relates (a serious, common or other side effect, or what the medicine is used for) and the medicine it
 * is about, then a hedge that never lets a reader conclude that a medicine not named cannot cause it.
 */
export function symptomAnswers(subject: string, locale: Locale, labels: TreatmentListLabels, common: CommonLabels): SymptomAnswer[] {
  const symptoms = symptomsNamed(subject, locale);
  if (symptoms.length === 0) return [];
  const drugs = drugCatalogue(locale).drugs;
  return symptoms.map((symptom) => {
    const findings = findSymptom(symptom, drugs);
    const lines = findings.map((f, i): AnswerLine => {
      const [before = '', after = ''] = format(labels[LEADS[f.relation]], { symptom: symptom.name }).split('{drug}');
      const whatToDo = f.relation === 'serious' ? f.drug.sideEffects?.whatToDo : undefined;
      return {
        key: `${symptom.id}-${i}`,
        relation: f.relation,
        drug: { id: f.drug.id, name: f.drug.name },
        lead: [capitalised(before, locale), after],
        quote: quote(f.lead ? `${f.lead} ${f.text}` : f.text, common),
        whatToDo: whatToDo && (whatToDo.text || whatToDo.items?.length) ? whatToDo : null,
      };
    });
    const listed = findings.some((f) => f.relation !== 'use');
    return {
      symptom,
      heading: capitalised(format(labels.answerHeading, { symptom: symptom.name }), locale),
      lines,
      hedge: listed ? labels.answerHedge : labels.answerNotListed,
    };
  });
}

/** The drug card's words for its serious side effects (data/<locale>/ui-drug-card.json). */
function urgentLabels(locale: Locale): UrgentLabels {
  const card = dataFor<typeof drugCardEn>(locale, 'ui-drug-card') ?? drugCardEn;
  return { prefix: card.urgentPrefix, heading: card.urgentHeading, whatToDo: card.whatToDo, contactNow: card.contactNow };
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
  const asked = readQuestion(query, locale);
  // A name the website added is searched as the medicine's own name; the count still says what the reader typed.
  const added = input.addedNames;
  const question = added?.size ? { ...asked, subject: withBundledNames(asked.subject, added, (id) => drugCatalogue(locale).get(id)?.name) } : asked;
  const result = part('result', [model, input.query, input.filters, added], () => filterModel(model, listSearch(question, locale), input.filters));
  // Once per question, not on every update (an option opened, a chunk of rows rendered).
  const answers = part('answers', [query, question.subject, labels, common, locale], () =>
    query ? symptomAnswers(question.subject, locale, labels, common) : [],
  );
  const medicine = input.drugCards && question.asks === 'side-effects' && answers.length === 0 ? medicineAnswer(question.subject, locale, labels) : null;
  const food = question.asks === 'food' && answers.length === 0 && !namesSomething(model, question, locale) ? question.subject : null;
  // The count names what was searched: the subject of a question ("PRRT" for "what is PRRT").
  const searched = asked.asks ? asked.subject : query;
  const announce = answers.length
    ? format(labels.answerAnnounce, { symptoms: listOf(answers.map((a) => a.symptom.name), locale) })
    : medicine
      ? format(labels.answerMedicineAnnounce, { drug: medicine.drug.name })
      : food
        ? labels.foodAnnounce
        : '';

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
    question,
    filters: input.filters,
    filtering,
    reading: !!host.rest,
    answers,
    medicine,
    food,
    urgent: urgentLabels(locale),
    announce,
    count: model.entries.length ? countText(labels, locale, searched, input.filters, result.count) : '',
    licence: model.entries.some((e) => e.host) ? common.contentLicenceListWithHost : common.contentLicenceList,
    from,
  };
}

/** True when a question's subject is the name of an option or a medicine ("can I have surgery" is not about food). */
function namesSomething(model: ListModel, question: Question, locale: Locale): boolean {
  if (drugCatalogue(locale).find(question.subject).found) return true;
  const named = searchIndex(model.index, searchTerms(question.subject, locale), true);
  return !!named && named.includes(1);
}

/** Names joined as the locale joins a list ("nausea and vomiting"). */
function listOf(names: readonly string[], locale: Locale): string {
  return names.length < 2 ? (names[0] ?? '') : new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}
