/**
 * "Can I eat …?": finds a typed food among the foods the diet data lists, by the food's own names or by the kinds of
 * it that the data names ("beer" is a kind of alcoholic drink, "cheddar" a kind of cheese). It forgives case,
 * accents, spacing, simple plurals and small typos (the shared matcher in content/match.ts), but it only ever
 * answers with a food that the data names, and it never reasons from a category on its own: a food the data does
 * not name, under any of its names or kinds, is not on the list.
 *
 * `askFoods` reads the reader's own words first (content/asking.ts): the subject of a question ("aged cheese" in
 * "Can I eat aged cheese?"), and, when no food is named, a medicine or a symptom typed instead of a food.
 */
import { readQuestion, symptomsNamed, type Symptom } from './asking.js';
import type { Locale } from './locale-data.js';
import { createMatcher, normaliseName, type MatchKind } from './match.js';
import type { Diet, Food, FoodGroup } from './schema.js';

/**
 * How a query names a listed food: by the food's own name, as a kind of it ("beer" for alcoholic drinks), or as
 * something that may or may not be that food depending on its kind or how it is made ("brie" for aged cheeses).
 */
export type FoodRelation = 'name' | 'kind' | 'possible-kind';

/** A listed food, the group it belongs to, and how the query reached it. */
export interface FoodHit {
  food: Food;
  group: FoodGroup;
  relation: FoodRelation;
  /** The name or kind that matched, as the data spells it. */
  matched: string;
}

/**
 * What the search found: the `result` of the diet guide's `net-food-search` (see shared/events.ts). `medicine` and
 * `symptom`: the reader typed a medicine ("octreotide side effects") or a symptom ("nausea"), not a food.
 */
export type FoodSearchResult = 'listed' | 'not-listed' | 'ambiguous' | 'medicine' | 'symptom';

/** How a listed food was reached: by its own spelling, by a singular/plural form or other word order, or past a typo. */
export type FoodMatchKind = 'exact' | 'plural' | 'typo';

export interface FoodSearchAnswer {
  /** The query as typed, trimmed. */
  query: string;
  result: FoodSearchResult;
  /** Set when `result` is "listed". */
  via?: FoodMatchKind;
  /** The listed food(s), or the candidates when ambiguous; empty when not listed. */
  hits: FoodHit[];
  /**
   * When not listed: the listed foods with a name that holds the words typed ("Smoked or salted fish" for "smoked"),
   * so that a reader who typed part of a name is not left thinking the list is silent. Empty when none does.
   */
  related?: FoodHit[];
  /**
   * The words the answer is for, when they are not the whole query: the subject of a question ("aged cheese" in
   * "Can I eat aged cheese?"). Unset when the answer is for the whole query.
   */
  subject?: string;
  /**
   * The medicines named, by id: what the query names when `result` is "medicine"; when "not-listed", medicines named
   * among other words ("cheese with octreotide"). Unset when none is named.
   */
  medicines?: readonly string[];
  /**
   * How the query names `medicines`: it is one's name ("octreotide", "Sandostatin"), a name a typo away
   * ("octreotid"), or it has names among other words ("octreotide injections").
   */
  medicinesNamed?: 'name' | 'typo' | 'within';
  /** The symptoms named, when `result` is "symptom" or "medicine" ("octreotide nausea"). */
  symptoms?: readonly Symptom[];
}

/** Food names keep every word: "salt and vinegar" is not "salt vinegar". */
const NO_JOINERS: ReadonlySet<string> = new Set();

/** The form in which food names are compared (see `normaliseName`): "Kiwi fruit", "kiwi-fruit" and "KIWIFRUIT" are one. */
const normaliseFoodName = (text: string): string => normaliseName(text, NO_JOINERS);

const VIA: Record<MatchKind, FoodMatchKind> = {
  exact: 'exact',
  words: 'exact',
  plural: 'plural',
  'first-word': 'plural',
  typo: 'typo',
};

/** The words of a query looked at for the names inside it ("cheddar cheese"): a food is named in a few words. */
const MAX_WORDS = 6;

/** A definite answer comes first: a food's own name, then a kind of it, then what may be a kind of it. */
const RELATION_ORDER: Record<FoodRelation, number> = { name: 0, kind: 1, 'possible-kind': 2 };

/** A search: call it with what the reader typed; null for an empty query. */
export type FoodSearch = (query: string) => FoodSearchAnswer | null;

const searches = new WeakMap<Diet, FoodSearch>();

/** "Can I eat …?" over every food in `diet` (one locale's guide), whichever groups are shown; built once per guide. */
export function searchFoods(diet: Diet, query: string): FoodSearchAnswer | null {
  let search = searches.get(diet);
  if (!search) searches.set(diet, (search = createFoodSearch(diet.groups)));
  return search(query);
}

/** A search over `groups`. */
export function createFoodSearch(groups: readonly FoodGroup[]): FoodSearch {
  const targets: { food: Food; group: FoodGroup; relation: FoodRelation; names: readonly string[] }[] = [];
  for (const group of groups) {
    for (const food of group.foods) {
      targets.push({ food, group, relation: 'name', names: [food.name, ...(food.otherNames ?? [])] });
      if (food.kinds?.length) targets.push({ food, group, relation: 'kind', names: food.kinds });
      if (food.possibleKinds?.length) targets.push({ food, group, relation: 'possible-kind', names: food.possibleKinds });
    }
  }
  const order = new Map(targets.map((t, i) => [t, i]));
  const matcher = createMatcher(targets, (t) => t.names, { plurals: true, typos: true, joiners: NO_JOINERS });

  /** One hit per food, by its strongest relation to the query: a definite answer first, then in the list's order. */
  const byFood = (found: readonly { entry: (typeof targets)[number]; name: string }[]): FoodHit[] => {
    const best = new Map<Food, { target: (typeof targets)[number]; matched: string }>();
    for (const { entry, name } of found) {
      const had = best.get(entry.food);
      if (!had || RELATION_ORDER[entry.relation] < RELATION_ORDER[had.target.relation]) best.set(entry.food, { target: entry, matched: name });
    }
    return [...best.values()]
      .sort(
        (a, b) =>
          RELATION_ORDER[a.target.relation] - RELATION_ORDER[b.target.relation] || order.get(a.target)! - order.get(b.target)!,
      )
      .map(({ target, matched }) => ({ food: target.food, group: target.group, relation: target.relation, matched }));
  };

  /**
   * The listed names inside a longer query, longest first: "Cheddar" and "Cheese" in "cheddar cheese", "Red wine" in
   * "red wine vinegar". Only as candidates, never as the answer, and never past a typo: the reader typed something
   * the list does not name, and may mean one of these.
   */
  const namesWithin = (query: string) => {
    const words = query.split(/[\s,;/]+/).filter(Boolean).slice(0, MAX_WORDS);
    const found: { entry: (typeof targets)[number]; name: string }[] = [];
    for (let size = words.length - 1; size > 0; size--) {
      for (let start = 0; start + size <= words.length; start++) {
        const match = matcher.match(words.slice(start, start + size).join(' '));
        if (match && match.kind !== 'typo') found.push(...match.hits);
      }
    }
    return found;
  };

  return (typed: string) => {
    const query = typed.trim();
    if (!normaliseFoodName(query)) return null;
    const match = matcher.match(query);
    if (!match) {
      // One button per name: "Red Leicester" is both a cheese and maybe an aged cheese, and picking it answers both.
      const names = new Set<string>();
      const related = byFood([...matcher.containing(query), ...namesWithin(query)]).filter((h) => {
        const name = normaliseFoodName(h.relation === 'name' ? h.food.name : h.matched);
        return !names.has(name) && names.add(name);
      });
      return { query, result: 'not-listed', hits: [], related };
    }
    const hits = byFood(match.hits);

    const via = VIA[match.kind];
    // Every food under the name typed (or the one name guessed past a typo) is the answer; several different names
    // reached past a typo are a question back.
    const guesses = new Set(hits.map((h) => normaliseFoodName(h.matched)));
    if (via !== 'typo' || guesses.size === 1) return { query, result: 'listed', via, hits };
    return { query, result: 'ambiguous', hits };
  };
}

/** What `askFoods` knows besides the foods: the page's language, and the medicines a text names. */
export interface AskContext {
  readonly locale: Locale;
  /** The medicines that a text is the name of, or has among other words (see content/drug-names.ts). */
  readonly medicines?: (text: string, locale: Locale) => { readonly ids: readonly string[]; readonly how: 'name' | 'typo' | 'within' } | null;
}

/**
 * "Can I eat …?" in the reader's own words. The whole query is looked up first (a listed name is never cut short:
 * "Drinking chocolate" is a kind of chocolate), then the subject of a question ("can I drink coffee": coffee, "a glass
 * of wine": wine). When neither is a listed food: a medicine ("octreotide side effects", a brand name) or a symptom
 * ("nausea", "feeling sick") is said to be one, not a food; otherwise the answer is that our sources do not name it,
 * with the listed names that share its words. Null for an empty query.
 */
export function askFoods(diet: Diet, typed: string, context: AskContext): FoodSearchAnswer | null {
  const whole = searchFoods(diet, typed);
  if (!whole) return null;
  if (whole.result === 'listed' && whole.via !== 'typo') return whole;
  const { locale } = context;
  const { subject } = readQuestion(whole.query, locale);
  const asked = subject !== whole.query ? searchFoods(diet, subject) : null;
  if (asked && asked.result !== 'not-listed') return { ...asked, query: whole.query, subject };
  if (whole.result !== 'not-listed') {
    // A medicine's own name is not taken for a food a typo away.
    const named = context.medicines?.(whole.query, locale);
    return named?.how === 'name'
      ? { query: whole.query, result: 'medicine', hits: [], related: [], medicines: named.ids, medicinesNamed: 'name' }
      : whole;
  }

  // No food on the list: what the reader asked about, in their words.
  const about = asked ? { ...asked, query: whole.query, subject } : whole;
  const text = asked ? subject : whole.query;
  const related = about.related ?? [];
  const medicines = context.medicines?.(text, locale) ?? (asked ? (context.medicines?.(whole.query, locale) ?? null) : null);
  // A listed name among the words ("pain au chocolat") makes it a food question: no symptom is read into it.
  const symptoms = related.length ? [] : symptomsNamed(text, locale);
  const withSymptoms = symptoms.length ? { symptoms } : {};
  if (medicines && (medicines.how !== 'within' || related.length === 0)) {
    return {
      ...about,
      result: 'medicine',
      medicines: medicines.ids,
      medicinesNamed: medicines.how,
      ...withSymptoms,
      related: [],
    };
  }
  if (symptoms.length) return { ...about, result: 'symptom', symptoms, related: [] };
  return medicines ? { ...about, medicines: medicines.ids, medicinesNamed: medicines.how } : about;
}
