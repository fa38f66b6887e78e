/**
 * What a drug card shows, as a pure function of its inputs and the content: the drug, the name the reader used, the
 * sections to show and what they hold (the drugs of a combination, the combinations that include a drug), the sources
 * they cite, or the problem that stops the card. Every lookup in the catalogue happens here, once per change of input;
 * the templates only render the result. No DOM, no Lit.
 */
import drugCardEn from '../../data/en/ui-drug-card.json';
import { citedIds, namedNotes, sourcesFor, type NamedNote } from '../content/cited.js';
import { catalogueOf, drugCatalogue, drugNames, drugs, type DrugCatalog } from '../content/drugs.js';
import { readHostContent, type HostInput } from '../content/host-content.js';
import { dataFor, type Locale } from '../content/locale-data.js';
import { normaliseName } from '../content/lookup.js';
import { wordsOf } from '../content/match.js';
import type { AddedNames, AmbiguousName, Drug, HowGiven, Section, Source } from '../content/schema.js';
import { isAddedNames, validateAddedNames, validateDrug } from '../content/validate.js';
import { commonLabels, format, quote } from '../shared/i18n.js';
import { unknownInList } from '../shared/inputs.js';
import { parseListAttribute } from '../shared/list-attribute.js';
import type { Problem } from '../shared/problem.js';
import { GAP_PARTS, questionLabels, questionWords, type GapPart, type QuestionLabels } from '../content/question-templates.js';
import { questionKey, type SavedQuestion } from '../shared/questions-store.js';

/** The words <net-drug-card> shows besides the content itself (headings, buttons, messages). */
export type DrugCardLabels = typeof drugCardEn;

/** The drug card's labels in `locale`. */
export function drugCardLabels(locale: Locale): DrugCardLabels {
  return dataFor<DrugCardLabels>(locale, 'ui-drug-card') ?? drugCardEn;
}

// ---- the sections, and the `sections` attribute that picks which and in what order ------------------------------

/** Every section key, in the default order. */
export const SECTION_KEYS = ['key-points', 'about', 'how-given', 'uses', 'side-effects', 'tips', 'components', 'combinations', 'notes'] as const;

export type SectionKey = (typeof SECTION_KEYS)[number];

/** The sections shown for each drug inside a combination (opened in place). */
const COMPONENT_KEYS: readonly SectionKey[] = ['about', 'how-given', 'uses', 'side-effects', 'tips'];

/**
 * Reads a `sections` attribute (see `parseListAttribute`): the sections in the order written, each once, and the keys
 * that are not section keys, as written; empty or unset means every section in the default order.
 */
export function parseSections(value: string | null | undefined): { keys: SectionKey[]; unknown: string[] } {
  const { values, unknown } = parseListAttribute(value, SECTION_KEYS, 'written');
  return { keys: values, unknown };
}

// ---- which drug: the `drug` name, or a host's own card --------------------------------------------------------------

/**
 * Which of a drug's names a reader used to look it up, so the card can say "Afinitor is a brand name of everolimus"
 * (`added`: a name the website added, "Xeloda is a name this website uses for Capecitabine").
 */
export type NameUsed =
  | {
      kind: 'brand' | 'other' | 'added';
      /** The name as the content spells it (not as typed). */
      name: string;
    }
  | {
      /** A name the sources use in more than one way: the card shows its note. */
      kind: 'ambiguous';
      name: string;
      note: AmbiguousName;
    };

/**
 * The brand, other or website-added name that `query` matches, or null when it is the drug's own name or id (or no
 * name at all).
 */
function nameUsed(drug: Drug, query: string, added: readonly string[] = []): NameUsed | null {
  const key = normaliseName(query);
  const is = (name: string) => normaliseName(name) === key;
  if (key === '' || is(drug.name) || is(drug.id)) return null;
  const ambiguous = drug.ambiguousNames?.find((n) => is(n.name));
  if (ambiguous) return { kind: 'ambiguous', name: ambiguous.name, note: ambiguous };
  const brand = drug.brandNames.find(is);
  if (brand) return { kind: 'brand', name: brand };
  const other = drug.otherNames.find(is);
  if (other) return { kind: 'other', name: other };
  const byWebsite = added.find(is);
  if (byWebsite) return { kind: 'added', name: byWebsite };
  return null;
}

/** How many close names an unknown-drug message offers. */
const MAX_SUGGESTIONS = 3;

/** A close name offered for an unknown one: the name, and the id of the card it opens. */
export interface Suggestion {
  readonly id: string;
  readonly name: string;
}

/**
 * A name that is not in the library: "Did you mean Octreotide?" / "Did you mean Octreotide, Lanreotide or
 * Everolimus?" only for close names (see `Matcher.suggest`), and the value to fix. The card shows each suggestion as a
 * button that opens it; the problem (for the console and `net-error`) says them in words.
 */
function unknownDrug(name: string, suggestions: readonly Suggestion[], labels: DrugCardLabels, locale: Locale): Problem {
  const names = suggestions.map((s) => s.name);
  const list = new Intl.ListFormat(labels.listLocale, { type: 'disjunction' }).format(names);
  return {
    code: 'unknown-drug',
    // The reader's words in the quotation marks of the page's language, as every message quotes them.
    message: format(labels.unknownDrug, { name: quote(name, commonLabels(locale)) }),
    ...(names.length ? { details: [format(labels.didYouMean, { names: list })] } : {}),
    fix: format(labels.unknownDrugFix, { name }),
  };
}

export interface CardInput {
  /** The `drug` attribute. */
  drug: string;
  /** The `.content` property: an object (or JSON text) in the content format. Merges with the child script. */
  content: unknown;
  /** The text of a child `<script type="application/json">`, or null. */
  hostJson: string | null;
}

export type Resolved =
  | {
      ok: true;
      drug: Drug;
      isHost: boolean;
      nameUsed: NameUsed | null;
      catalogue: DrugCatalog;
      /** Names the website added to bundled drugs, by id. */
      addedNames: ReadonlyMap<string, readonly string[]>;
    }
  | { ok: false; problem: Problem; suggestions?: readonly Suggestion[] };

const bundledIds = drugs.map((d) => d.id);

let owners: Map<string, string> | undefined;
/** The id of the bundled drug that has this name already (compared as lookups compare names), if any. */
function nameOwner(name: string): string | undefined {
  if (!owners) {
    owners = new Map();
    for (const drug of drugs) for (const n of drugNames(drug)) if (!owners.has(normaliseName(n))) owners.set(normaliseName(n), drug.id);
  }
  return owners.get(normaliseName(name));
}

/**
 * Which drug a card shows from its inputs, or the problem that stops it. The host's own card is read by the shared
 * host-content reader (the `.content` property and the child script merge; the property's wins for the same id); each
 * replaces the bundled entry that has its id, or is added beside them, in the catalogue the drug is looked up in. The host's names come first, so its
 * card wins a name that both use.
 */
/**
 * A host's own cards from where it put them (`content`, `script`, or a file's name for `npx net-widgets check`),
 * validated, with the problem the card shows when any is invalid (each line with its path), or null. Where the host
 * gave names to add to a bundled drug (`{ "id": "capecitabine", "addNames": ["Xeloda"] }`), they come back in `added`.
 */
export function readHostCards(
  inputs: readonly HostInput[],
  labels: DrugCardLabels,
): { cards: Drug[]; added: AddedNames[]; problem: Problem | null } {
  const read = readHostContent<Drug | AddedNames>(inputs, {
    many: false,
    messages: labels,
    validate: (item) =>
      isAddedNames(item) ? validateAddedNames(item, { knownDrugIds: bundledIds, nameOwner }) : validateDrug(item, { knownDrugIds: bundledIds }),
  });
  const cards = read.entries.filter((e): e is Drug => !('addNames' in e));
  const added = read.entries.filter((e): e is AddedNames => 'addNames' in e);
  if (!read.errors.length) return { cards, added, problem: null };
  const problem = read.malformed
    ? { code: 'invalid-json', message: labels.invalidJson, details: read.errors }
    : { code: 'invalid-content', message: labels.invalidContent, details: read.errors };
  return { cards, added, problem };
}

export function resolveCard(input: CardInput, labels: DrugCardLabels, locale: Locale = 'en'): Resolved {
  const read = readHostCards(
    [
      { label: 'content', input: input.content },
      { label: 'script', input: input.hostJson },
    ],
    labels,
  );
  if (read.problem) return { ok: false, problem: read.problem };
  // The property's card and the script's merge (the property's wins for the same id): without `drug`, the card shows
  // the first of them; with it, any of them or a bundled one. Names the host added to a bundled drug find it too.
  const hosts = read.cards;
  const addedNames = new Map(read.added.map((a) => [a.id, a.addNames]));
  const bundled = drugCatalogue(locale);
  const hostIds = new Set(hosts.map((h) => h.id));
  const catalogue =
    hosts.length || addedNames.size
      ? catalogueOf(bundled.locale, [...hosts, ...bundled.drugs.filter((d) => !hostIds.has(d.id))], addedNames)
      : bundled;
  const query = (input.drug ?? '').trim();
  if (query === '') {
    if (hosts[0]) return { ok: true, drug: hosts[0], isHost: true, nameUsed: null, catalogue, addedNames };
    return { ok: false, problem: { code: 'missing-drug', message: labels.missingDrug, fix: labels.missingDrugFix } };
  }
  const found = catalogue.find(query);
  if (!found.found) {
    const suggestions = suggestionsFor(found.suggestions, catalogue);
    return { ok: false, problem: unknownDrug(query, suggestions, labels, locale), suggestions };
  }
  const isHost = hosts.includes(found.entry);
  const used = nameUsed(found.entry, query, addedNames.get(found.entry.id));
  return { ok: true, drug: found.entry, isHost, nameUsed: used, catalogue, addedNames };
}

/** The first few close names, each with the card it opens (one per card). */
function suggestionsFor(names: readonly string[], catalogue: DrugCatalog): Suggestion[] {
  const out: Suggestion[] = [];
  for (const name of names) {
    const found = catalogue.find(name);
    if (found.found && !out.some((s) => s.id === found.entry.id)) out.push({ id: found.entry.id, name });
    if (out.length === MAX_SUGGESTIONS) break;
  }
  return out;
}

// ---- the view ---------------------------------------------------------------------------------------------------------

export interface DrugCardInput extends CardInput {
  /** The `sections` attribute. */
  sections: string;
  /** True when the card offers "Add to my questions" (not with `no-questions`, nor on the server). */
  questions?: boolean;
}

// ---- "Add to my questions" ------------------------------------------------------------------------------------------

/**
 * The questions a card offers about one drug: one for each section where the card says that the sources are silent
 * (by the section's name in the content format, `GAP_PARTS`), and one for each side effect the card lists, by its words.
 */
export interface DrugQuestions {
  readonly gaps: Partial<Record<GapPart, SavedQuestion>>;
  readonly sideEffects: ReadonlyMap<string, SavedQuestion>;
}

/** The section of `drug` that a gap question is about. */
function gapSection(drug: Drug, part: GapPart): Section | HowGiven | undefined {
  switch (part) {
    case 'common':
    case 'serious':
    case 'other':
    case 'whatToDo':
      return drug.sideEffects[part];
    default:
      return drug[part];
  }
}

/** A side effect as a list item names it ("Mouth sores"), not a sentence about it (those end with a full stop). */
const namesASideEffect = (item: string) => item.trim() !== '' && !/[.!?…]$/.test(item.trim());

/**
 * The questions a card offers about `drug`, in `locale`: a gap wherever the card says its sources are silent (what to
 * do only when it says so, since a silent "what to do" with nothing known shows nothing), and each listed side effect.
 * Each carries the drug's id and the locale; the words are the question templates', with the name the card shows.
 */
export function drugQuestions(drug: Drug, locale: Locale): DrugQuestions {
  const gaps: Partial<Record<GapPart, SavedQuestion>> = {};
  for (const part of GAP_PARTS) {
    const section = gapSection(drug, part);
    if (!section?.silent || (part === 'whatToDo' && !section.text && !('items' in section && section.items?.length))) continue;
    const text = questionWords('gap', drug.name, locale, part);
    if (text) gaps[part] = { key: questionKey('gap', drug.id, part), kind: 'gap', entryId: drug.id, part, lang: locale, text };
  }
  const sideEffects = new Map<string, SavedQuestion>();
  for (const section of [drug.sideEffects.common, drug.sideEffects.serious, drug.sideEffects.other]) {
    for (const item of section?.items ?? []) {
      const text = namesASideEffect(item) ? questionWords('side-effect', item, locale) : null;
      if (text && !sideEffects.has(item)) {
        sideEffects.set(item, { key: questionKey('side-effect', drug.id, item), kind: 'side-effect', entryId: drug.id, part: item, lang: locale, text });
      }
    }
  }
  return { gaps, sideEffects };
}

/** A drug of a combination, as the card opens it in place: the drug, its sections that are shown, the website's names. */
/** What a medicine's sourced route names, for the small picture beside it: a pill, an injection, or neither. */
export type RouteKind = 'pill' | 'injection';

/** The words of a route that name a pill or an injection, in the content's languages (accents and case aside). */
const ROUTE_WORDS: Record<RouteKind, readonly string[]> = {
  pill: ['pill', 'pills', 'tablet', 'tablets', 'capsule', 'capsules', 'swallow', 'comprime', 'comprimes', 'gelule', 'gelules', 'pastilla', 'pastillas', 'capsula', 'capsulas', 'comprimido', 'comprimidos'],
  injection: ['injection', 'injections', 'injected', 'inject', 'needle', 'piqure', 'piqures', 'inyeccion', 'inyecciones', 'inyecta'],
};

/**
 * The picture that fits a medicine's route, only where its sourced route names one (a bundled card's English route,
 * so every language shows the same; a host's card, its own words): never where the sources are silent on the route,
 * and never both.
 */
export function routeKind(drug: Drug): RouteKind | null {
  const route = (drugs.find((d) => d.id === drug.id) ?? drug).howGiven.route;
  if (!route) return null;
  const words = new Set(wordsOf(route));
  const kinds = (Object.keys(ROUTE_WORDS) as RouteKind[]).filter((k) => ROUTE_WORDS[k].some((w) => words.has(w)));
  return kinds.length === 1 ? kinds[0]! : null;
}

export interface ComponentView {
  readonly drug: Drug;
  readonly keys: readonly SectionKey[];
  /** The picture beside its route (see `routeKind`). */
  readonly route: RouteKind | null;
  /** Names the website added to this drug (see `CardView.addedNames`). */
  readonly addedNames: readonly string[];
  /** Its questions (see `CardView.questions`). */
  readonly questions: DrugQuestions | null;
}

/** What a card with no problem shows. */
export interface CardView {
  readonly problem: null;
  /** Unknown section keys, for the site owner. */
  readonly warnings: readonly Problem[];
  /** The card's words in its locale. */
  readonly labels: DrugCardLabels;
  readonly drug: Drug;
  /** True when the drug is the host's own card. */
  readonly isHost: boolean;
  readonly nameUsed: NameUsed | null;
  /**
   * Names the website added to this drug (host content `{ "id": ..., "addNames": [...] }`), besides those the content
   * gives: shown as the website's, never as facts from the sources.
   */
  readonly addedNames: readonly string[];
  /** The sections to show, in order: those asked for that this drug has. */
  readonly keys: readonly SectionKey[];
  /** The picture beside its route (see `routeKind`). */
  readonly route: RouteKind | null;
  /** The drugs of a combination, in the order it lists them (ids the catalogue does not know are left out). */
  readonly components: readonly ComponentView[];
  /** The names of the combinations that include this drug. */
  readonly combinations: readonly string[];
  /** What the compact card shows before it is opened: the drug class, and what the drug is and does. */
  readonly summary: { readonly drugClass: string | undefined; readonly text: string };
  /** The sources the shown sections cite, for the footer. */
  readonly sources: readonly Source[];
  /** Where the sources differ, each source named by its publisher. */
  readonly notes: readonly NamedNote[];
  /** The questions the card offers ("Add to my questions"), or null when it offers none. */
  readonly questions: DrugQuestions | null;
  /** The words of the questions' buttons and announcements (`<net-questions>`'s). */
  readonly questionLabels: QuestionLabels;
}

export type DrugCardView =
  | {
      readonly problem: Problem;
      readonly warnings: readonly Problem[];
      /** For an unknown drug: the close names offered, each a button that opens its card. */
      readonly suggestions: readonly Suggestion[];
    }
  | CardView;

/**
 * The sections in `keys` that have something to show for `drug`, in that order. Core sections always do (if only
 * "ask your care team").
 */
function shownSections(drug: Drug, keys: readonly SectionKey[], components: readonly unknown[] = [], combinations: readonly unknown[] = []): SectionKey[] {
  return keys.filter((key) => {
    switch (key) {
      case 'key-points':
        return drug.keyPoints !== undefined;
      case 'tips':
        return drug.tips !== undefined;
      case 'components':
        return components.length > 0;
      case 'combinations':
        return combinations.length > 0;
      case 'notes':
        return (drug.notes?.length ?? 0) > 0;
      default:
        return true;
    }
  });
}

/** The source ids that section `key` cites for `drug` (for a combination's drugs, what their shown sections cite). */
function sectionSourceIds(drug: Drug, key: SectionKey, components: readonly ComponentView[]): string[] {
  const se = drug.sideEffects;
  switch (key) {
    case 'key-points':
      return citedIds(drug.keyPoints);
    case 'about':
      return citedIds(drug.drugClass, drug.about);
    case 'how-given':
      return citedIds(drug.howGiven);
    case 'uses':
      return citedIds(drug.uses);
    case 'side-effects':
      return citedIds(se.common, se.other, se.serious, se.whatToDo);
    case 'tips':
      return citedIds(drug.tips);
    case 'components':
      return components.flatMap((c) => c.keys.flatMap((k) => sectionSourceIds(c.drug, k, [])));
    case 'combinations':
      return [];
    case 'notes':
      return citedIds(...(drug.notes ?? []));
  }
}

const firstText = (section: Section): string | undefined => section.text ?? section.items?.[0];

/** The added names that the drug's own names (or an earlier added name) do not already give, each once. */
function newNames(drug: Drug, added: readonly string[]): string[] {
  const seen = new Set(drugNames(drug).map((n) => normaliseName(n)));
  return added.filter((name) => {
    const key = normaliseName(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function drugCardView(input: DrugCardInput, locale: Locale = 'en'): DrugCardView {
  const labels = drugCardLabels(locale);
  const parsed = parseSections(input.sections);
  const unknownWarning = unknownInList('unknown-section', 'sections', parsed.unknown, SECTION_KEYS);
  const warnings = unknownWarning ? [unknownWarning] : [];
  const resolved = resolveCard(input, labels, locale);
  if (!resolved.ok) return { problem: resolved.problem, warnings, suggestions: resolved.suggestions ?? [] };
  const { drug, catalogue } = resolved;
  const addedTo = (d: Drug) => newNames(d, resolved.addedNames.get(d.id) ?? []);
  const components = (drug.components ?? [])
    .map((id) => catalogue.get(id))
    .filter((d): d is Drug => d !== undefined)
    .map((d) => ({
      drug: d,
      keys: shownSections(d, COMPONENT_KEYS),
      route: routeKind(d),
      addedNames: addedTo(d),
      questions: input.questions ? drugQuestions(d, locale) : null,
    }));
  const combinations = catalogue.combinationsContaining(drug.id).map((d) => d.name);
  const keys = shownSections(drug, parsed.keys, components, combinations);
  // Each source once, in order of first citation.
  const sourceIds = new Set(keys.flatMap((key) => sectionSourceIds(drug, key, components)));
  return {
    problem: null,
    warnings,
    labels,
    drug,
    isHost: resolved.isHost,
    nameUsed: resolved.nameUsed,
    addedNames: addedTo(drug),
    keys,
    route: routeKind(drug),
    components,
    combinations,
    summary: { drugClass: firstText(drug.drugClass), text: firstText(drug.about) ?? firstText(drug.uses) ?? '' },
    notes: namedNotes(drug, locale),
    sources: sourcesFor(drug, [...sourceIds], locale),
    questions: input.questions ? drugQuestions(drug, locale) : null,
    questionLabels: questionLabels(locale),
  };
}
