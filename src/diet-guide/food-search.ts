import { distance } from 'fastest-levenshtein';
import type { Food, FoodGroup } from '../content/schema.js';

/**
 * "Can I eat …?": finds a typed food among the foods the diet data lists. It forgives case, accents, spacing, simple
 * plurals and small typos, but it only ever answers with a food that the data names (by its name or one of its other
 * names). It never reasons from a category: "cheddar" does not match "aged cheeses".
 */

/** A listed food and the group it belongs to. */
export interface FoodHit {
  food: Food;
  group: FoodGroup;
}

/** What a search found, as hosts see it in the `net-food-search` event. */
export type FoodSearchResult = 'listed' | 'not-listed' | 'ambiguous';

/** How a listed food was reached: by its own name, by a singular/plural form of it, or past a small typo. */
export type FoodMatchKind = 'exact' | 'plural' | 'typo';

export interface FoodSearchAnswer {
  /** The query as typed, trimmed. */
  query: string;
  result: FoodSearchResult;
  /** Set when `result` is "listed". */
  via?: FoodMatchKind;
  /** The listed food(s), or the candidates when ambiguous; empty when not listed. */
  hits: FoodHit[];
}

/**
 * The form in which names are compared: lower case, no accents, only letters and digits, so that "Kiwi fruit",
 * "kiwi-fruit" and "KIWIFRUIT" are one name.
 */
export function normaliseFoodName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
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

/** How many typing mistakes to forgive in a name of `letters` letters: none below 4, one up to 6, two above. */
export function typoAllowance(letters: number): number {
  if (letters < 4) return 0;
  return letters <= 6 ? 1 : 2;
}

const keyOf = (hit: FoodHit): string => `${hit.group.id}/${hit.food.id}`;

/** A search over `groups`: call it with what the reader typed; null for an empty query. */
export function createFoodSearch(groups: readonly FoodGroup[]): (query: string) => FoodSearchAnswer | null {
  const byName = new Map<string, FoodHit[]>();
  /** Where each food comes in the data, so that answers list foods in the guide's order. */
  const order = new Map<string, number>();
  for (const group of groups) {
    for (const food of group.foods) {
      order.set(keyOf({ food, group }), order.size);
      for (const name of [food.name, ...(food.otherNames ?? [])]) {
        const key = normaliseFoodName(name);
        if (!key) continue;
        byName.set(key, [...(byName.get(key) ?? []), { food, group }]);
      }
    }
  }

  const answer = (query: string, hits: FoodHit[], via: FoodMatchKind): FoodSearchAnswer => {
    const found = [...new Map(hits.map((h) => [keyOf(h), h])).values()].sort(
      (a, b) => order.get(keyOf(a))! - order.get(keyOf(b))!,
    );
    // Several foods under one exact name are all the answer; several reached by guessing are a question back.
    if (found.length === 1 || via === 'exact') return { query, result: 'listed', via, hits: found };
    return { query, result: 'ambiguous', hits: found };
  };

  return (typed: string) => {
    const query = typed.trim();
    const key = normaliseFoodName(query);
    if (!key) return null;

    const exact = byName.get(key);
    if (exact) return answer(query, exact, 'exact');

    const plural = pluralForms(key).flatMap((form) => byName.get(form) ?? []);
    if (plural.length) return answer(query, plural, 'plural');

    let best = Infinity;
    let typo: FoodHit[] = [];
    for (const [name, hits] of byName) {
      const allowed = typoAllowance(Math.min(key.length, name.length));
      if (allowed === 0) continue;
      const d = distance(key, name);
      if (d > allowed || d > best) continue;
      typo = d < best ? [...hits] : [...typo, ...hits];
      best = d;
    }
    if (typo.length) return answer(query, typo, 'typo');

    return { query, result: 'not-listed', hits: [] };
  };
}
