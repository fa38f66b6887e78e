/**
 * The medicines' names by id, in each locale, for widgets that name a medicine without showing its card (the diet
 * guide's "help with symptoms", and its "Can I eat …?" telling a medicine from a food). A names-only table: the build
 * (scripts/runtime-json.mjs) gives this module the id, name, brand names and other names of each drug, not the whole
 * of data/en/drugs.json, so a page with only the diet guide does not carry the drug cards' content. (Where nothing
 * trims the JSON, in the tests, Storybook and the all-in-one CDN files, the same code reads the full file.)
 */
import data from '../../data/en/drugs.json';
import { dataFor, type Locale } from './locale-data.js';
import { createMatcher, wordsOf, type Matcher } from './match.js';

interface Named {
  readonly id: string;
  readonly name: string;
  readonly brandNames?: readonly string[];
  readonly otherNames?: readonly string[];
  readonly ambiguousNames?: readonly { readonly name: string }[];
}

const table = data as readonly Named[];
const english = new Map(table.map((d) => [d.id, d]));

/** The name of the medicine with this id in `locale` (English while that locale is not loaded), or undefined. */
export function drugNameOf(id: string, locale: Locale = 'en'): string | undefined {
  const translated = locale === 'en' ? undefined : dataFor<readonly Named[]>(locale, 'drugs')?.find((d) => d.id === id);
  return translated?.name ?? english.get(id)?.name;
}

/** Every name of a medicine that a reader may type: its name, brand names, other names, names used two ways, its id. */
const namesOf = (d: Named | undefined): string[] =>
  d ? [d.name, ...(d.brandNames ?? []), ...(d.otherNames ?? []), ...(d.ambiguousNames ?? []).map((n) => n.name), d.id] : [];

/** How a text names medicines: it is one's name (or past a typo, a name close to it), or it has names inside it. */
export interface MedicinesNamed {
  /** The medicines' ids, in the table's order. */
  readonly ids: readonly string[];
  /** `name`: the text is a medicine's name; `typo`: a name a typo away; `within`: the text has names among other words. */
  readonly how: 'name' | 'typo' | 'within';
}

/** The most words of a text looked at for medicine names inside it ("Sandostatin LAR Depot" has three). */
const MAX_WORDS = 8;

const matchers = new WeakMap<readonly Named[], Matcher<Named>>();

/** A matcher over every medicine, by its names in `locale` and in English. */
function matcherIn(locale: Locale): Matcher<Named> {
  const own = (locale === 'en' ? undefined : dataFor<readonly Named[]>(locale, 'drugs')) ?? table;
  let matcher = matchers.get(own);
  if (!matcher) {
    const byId = new Map(own.map((d) => [d.id, d]));
    matcher = createMatcher(table, (d) => [...namesOf(byId.get(d.id)), ...(byId.get(d.id) === d ? [] : namesOf(d))], {
      plurals: true,
      firstWords: true,
      typos: true,
    });
    matchers.set(own, matcher);
  }
  return matcher;
}

/**
 * The medicines that `text` names ("octreotide", "Sandostatin", « octréotide »), or names among other words
 * ("octreotide injections"), or null when it names none. Never past a typo inside a longer text.
 */
export function medicinesNamed(text: string, locale: Locale = 'en'): MedicinesNamed | null {
  const matcher = matcherIn(locale);
  const whole = matcher.match(text);
  if (whole) return { ids: whole.hits.map((h) => h.entry.id), how: whole.kind === 'typo' ? 'typo' : 'name' };
  const words = wordsOf(text).slice(0, MAX_WORDS);
  const found = new Set<Named>();
  for (let size = words.length - 1; size > 0; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      const match = matcher.match(words.slice(start, start + size).join(' '));
      if (match && match.kind !== 'typo') for (const hit of match.hits) found.add(hit.entry);
    }
  }
  return found.size ? { ids: table.filter((d) => found.has(d)).map((d) => d.id), how: 'within' } : null;
}
