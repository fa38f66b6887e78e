/**
 * One way to match what a reader typed against the names in the content, used by the drug lookup, the "Can I eat …?"
 * search and the treatment list's search. Names are compared as words: lower case, without accents, marks such as
 * ™ and ®, or punctuation, so "5-FU", "5 fu" and "5fu" are one name. On top of exact names a matcher can allow, in
 * this order: the same words in another order ("temozolomide and capecitabine"), a singular or plural form
 * ("walnut" for "walnuts"), a name's first word when only one entry has it ("diphenoxylate" for
 * "diphenoxylate-atropine"), and a small typing mistake. It never guesses further than that: an unknown name gets
 * suggestions only when they are a few letters away, never a list of unrelated names.
 */
import { distance } from 'fastest-levenshtein';

/**
 * Words that join two names and carry no meaning of their own ("capecitabine and temozolomide", « carboplatine et
 * étoposide », «carboplatino y etopósido»), in every language of the content, since a reader may type a name in any.
 */
export const JOINERS: ReadonlySet<string> = new Set(['and', 'plus', 'with', 'et', 'avec', 'y', 'con', 'mas']);

/**
 * British and American spellings written one way, so that either finds the other: the content is in British English
 * ("tumour", "diarrhoea", "chemoembolisation", "analogues") and the American sources and many readers are not.
 * Applied alike to names, texts and queries, so it only ever joins two spellings of one word.
 */
const SPELLINGS: readonly [RegExp, string][] = [
  [/oea/g, 'ea'], // diarrhoea, dyspnoea
  [/^(h|an|p)ae/, '$1e'], // haem-, anaem-, paed-
  [/^oe(?=[sd])/, 'e'], // oesophagus, oedema
  [/isat/g, 'izat'], // embolisation, organisation
  [/^(tum|col|behavi|hum|fav|lab|flav)our/, '$1or'],
  [/logue(s?)$/, 'log$1'], // analogue
  [/^(counse|trave|labe|mode|cance)ll(?=ed|ing|or)/, '$1l'], // counselling, travelled
];

/** Each word met so far in the spelling the matchers compare: a list of 10,000 options has a few thousand words. */
const spelt = new Map<string, string>();

/** One word in the spelling the matchers compare (see `SPELLINGS`). */
function oneSpelling(word: string): string {
  let one = spelt.get(word);
  if (one === undefined) {
    one = word;
    for (const [from, to] of SPELLINGS) one = one.replace(from, to);
    if (spelt.size > 1e5) spelt.clear();
    spelt.set(word, one);
  }
  return one;
}

/** The words of a text: lower case, no accents or ™ ® ©, only letters and digits, one spelling of each. */
export function wordsOf(text: string): string[] {
  return String(text ?? '')
    .replace(/[\u2122\u00ae\u00a9]/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map(oneSpelling);
}

/** The form in which names are compared: their words without joining words, written together. */
export function normaliseName(name: string, joiners: ReadonlySet<string> = JOINERS): string {
  return wordsOf(name)
    .filter((w) => !joiners.has(w))
    .join('');
}

/** Simple English singular and plural forms of a normalised name: banana ↔ bananas, tomato ↔ tomatoes, cherry ↔ cherries. */
export function pluralForms(name: string): string[] {
  const forms = new Set([`${name}s`, `${name}es`]);
  if (name.endsWith('ies')) forms.add(`${name.slice(0, -3)}y`);
  if (name.endsWith('es')) forms.add(name.slice(0, -2));
  if (name.endsWith('s')) forms.add(name.slice(0, -1));
  if (/[^aeiou]y$/.test(name)) forms.add(`${name.slice(0, -1)}ies`);
  forms.delete(name);
  forms.delete('');
  return [...forms];
}

/**
 * How many typing mistakes a matcher forgives in a name of `letters` letters: none below 5 (four-letter words have too
 * many neighbours: meal and meat, beet and beer), one up to 6, two above.
 */
export function typoAllowance(letters: number): number {
  if (letters < 5) return 0;
  return letters <= 6 ? 1 : 2;
}

/**
 * How far a name may be from what was typed and still be offered as "did you mean" (the reader chooses, so one
 * letter more than a typo): none below 4 letters, one for 4, two for 5 and 6, three above.
 */
export function suggestionAllowance(letters: number): number {
  return letters < 4 ? 0 : typoAllowance(letters) + 1;
}

/**
 * Whether the typing mistakes in a name of several words are slips within each word, not another word: each word may
 * be one letter off (two in a word of 7 letters or more), or two letters swapped. So "smokd salmom" and "red wnie" are
 * typos of "smoked salmon" and "red wine", but « viande séchée » (dried) is not « viande hachée » (minced). Names of
 * one word, or typed with a different number of words, are left to the allowance for the whole name.
 */
export function slipsInEachWord(typed: readonly string[], name: readonly string[]): boolean {
  if (typed.length < 2 || typed.length !== name.length) return true;
  return typed.every((word, i) => {
    const other = name[i]!;
    const d = distance(word, other);
    if (d <= Math.max(1, typoAllowance(Math.min(word.length, other.length)))) return true;
    return d === 2 && [...word].sort().join('') === [...other].sort().join('');
  });
}

/** How a name was reached. */
export type MatchKind = 'exact' | 'words' | 'plural' | 'first-word' | 'typo';

/** An entry that matched, with the name (as the content spells it) that it matched by. */
export interface Hit<T> {
  entry: T;
  name: string;
}

export interface MatchResult<T> {
  kind: MatchKind;
  /** Every entry that matched at the first rule that found any, once each, in the order of the entries. */
  hits: Hit<T>[];
}

export interface MatcherOptions {
  /** The same words in any order. Default true. */
  words?: boolean;
  /** Singular and plural forms. Default false. */
  plurals?: boolean;
  /** A name's first word, when only one entry has a name starting with that word (at least 4 letters). Default false. */
  firstWords?: boolean;
  /** A small typing mistake (see `typoAllowance`). Default false. */
  typos?: boolean;
  /** Words ignored in names (see `JOINERS`). */
  joiners?: ReadonlySet<string>;
}

export interface Matcher<T> {
  /** The entries `query` names, and how; null when nothing matches. Never throws. */
  match(query: string): MatchResult<T> | null;
  /**
   * Names close to `query` for "did you mean": names that begin with it (3 letters or more), then names within
   * `suggestionAllowance` typing mistakes, one name per entry, at most `max`. Empty when nothing is close.
   */
  suggest(query: string, max?: number): string[];
  /**
   * Entries with a name that has every word typed in it, as a whole word or as the start of one (from 3 letters):
   * "smoked" and "smoked fish" for "Smoked or salted fish", "fat" for "Fatty meats". For a query that names nothing
   * itself, so the reader learns which names on the list hold those words. Empty when none does.
   */
  containing(query: string): Hit<T>[];
}

interface Indexed<T> {
  entry: T;
  order: number;
  name: string;
  key: string;
  words: string[];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds a matcher over `entries`; `namesOf` gives every name of an entry, its display name first. */
export function createMatcher<T>(
  entries: readonly T[],
  namesOf: (entry: T) => readonly string[],
  options: MatcherOptions = {},
): Matcher<T> {
  const joiners = options.joiners ?? JOINERS;
  const meaningful = (name: string) => wordsOf(name).filter((w) => !joiners.has(w));
  const byKey = new Map<string, Indexed<T>[]>();
  const byWords = new Map<string, Indexed<T>[]>();
  const byFirstWord = new Map<string, Indexed<T>[]>();
  const all: Indexed<T>[] = [];
  // The index is filled the first time a name is looked up, not when the matcher is made: a page whose widgets never
  // look a name up (a diet guide nobody searches) never pays for it.
  let indexed = false;
  function index(): void {
    if (indexed) return;
    indexed = true;
    entries.forEach((entry, order) => {
      for (const name of namesOf(entry)) {
        const words = meaningful(name);
        if (words.length === 0) continue;
        const n: Indexed<T> = { entry, order, name, key: words.join(''), words };
        all.push(n);
        push(byKey, n.key, n);
        if (words.length > 1) {
          push(byWords, [...words].sort().join(' '), n);
          if (words[0]!.length >= 4) push(byFirstWord, words[0]!, n);
        }
      }
    });
  }

  const result = (kind: MatchKind, found: readonly Indexed<T>[]): MatchResult<T> | null => {
    if (found.length === 0) return null;
    const seen = new Set<T>();
    const hits = [...found]
      .sort((a, b) => a.order - b.order)
      .filter((n) => !seen.has(n.entry) && seen.add(n.entry))
      .map((n) => ({ entry: n.entry, name: n.name }));
    return { kind, hits };
  };

  function typo(words: readonly string[], key: string): Indexed<T>[] {
    let best = Infinity;
    let found: Indexed<T>[] = [];
    for (const n of all) {
      const allowed = typoAllowance(Math.min(key.length, n.key.length));
      // The name typed and the name matched differ in length by one letter at most: a slip of the keyboard adds or
      // drops a letter; two more or fewer letters is more often another word ("cured meat" is not "red meat").
      if (allowed === 0 || Math.abs(key.length - n.key.length) > 1) continue;
      const d = distance(key, n.key);
      if (d > allowed || d > best || !slipsInEachWord(words, n.words)) continue;
      found = d < best ? [n] : [...found, n];
      best = d;
    }
    return found;
  }

  return {
    match(query) {
      const words = meaningful(query);
      const key = words.join('');
      if (key === '') return null;
      index();
      return (
        result('exact', byKey.get(key) ?? []) ??
        (options.words !== false && words.length > 1 ? result('words', byWords.get([...words].sort().join(' ')) ?? []) : null) ??
        (options.plurals ? result('plural', pluralForms(key).flatMap((form) => byKey.get(form) ?? [])) : null) ??
        (options.firstWords && words.length === 1 && new Set(byFirstWord.get(key)?.map((n) => n.entry)).size === 1
          ? result('first-word', byFirstWord.get(key)!)
          : null) ??
        (options.typos ? result('typo', typo(words, key)) : null)
      );
    },

    suggest(query, max = 3) {
      const key = normaliseName(query, joiners);
      if (key.length < 3) return [];
      index();
      const prefixed = all.filter((n) => n.key.startsWith(key)).sort((a, b) => a.key.length - b.key.length || a.order - b.order);
      const close = all
        .map((n) => ({ n, d: distance(key, n.key) }))
        .filter(({ n, d }) => d <= suggestionAllowance(Math.min(key.length, n.key.length)))
        .sort((a, b) => a.d - b.d || a.n.order - b.n.order)
        .map(({ n }) => n);
      const out: string[] = [];
      const used = new Set<T>();
      for (const n of [...prefixed, ...close]) {
        if (out.length >= max) break;
        if (used.has(n.entry)) continue;
        used.add(n.entry);
        out.push(n.name);
      }
      return out;
    },

    containing(query) {
      const typed = meaningful(query);
      if (typed.length === 0) return [];
      index();
      const inName = (word: string, n: Indexed<T>) => n.words.some((w) => w === word || (word.length >= 3 && w.startsWith(word)));
      return result('words', all.filter((n) => typed.every((word) => inName(word, n))))?.hits ?? [];
    },
  };
}
