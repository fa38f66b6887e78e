// The diet guide's view and its "Can I eat …?" search (src/content/food-search.ts) are pure functions of their inputs
// and the content, so they are tested here, in Node, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dietGuideView, type DietGuideInputs } from './diet-guide.view.js';
import { createFoodSearch } from '../content/food-search.js';
import { pluralForms, slipsInEachWord, typoAllowance } from '../content/match.js';
import { diet } from '../content/diet.js';
import { drugNameOf } from '../content/drug-names.js';
import { getDrug } from '../content/drugs.js';
import type { FoodGroup } from '../content/schema.js';

const guide: DietGuideInputs = { groups: '', variant: '', search: true, answered: '', drugCards: false };

test('diet guide view: the groups asked for, the answer, the sources and the warnings', () => {
  const view = dietGuideView({ ...guide, groups: 'alcohol', answered: 'beer' });
  assert.deepEqual(view.groups.map((g) => g.id), ['alcohol']);
  assert.equal(view.title, diet.name);
  assert.deepEqual(view.answer?.hits.map((h) => [h.food.id, h.relation]), [['alcoholic-drinks', 'kind']]);
  assert.ok(view.sources.length > 0);
  const checklist = dietGuideView({ ...guide, variant: 'checklist', answered: 'beer' });
  assert.ok(checklist.checklist && !checklist.search && checklist.answer === null && checklist.title.includes(diet.name));
  const noSearch = dietGuideView({ ...guide, search: false, answered: 'beer' });
  assert.ok(!noSearch.search && noSearch.answer === null, 'no search, nothing answered');
  const misspelt = dietGuideView({ ...guide, groups: 'puddings' });
  assert.deepEqual(misspelt.warnings.map((w) => w.code), ['unknown-group'], 'an unknown group never hides the guide');
  assert.equal(misspelt.groups.length, diet.groups.length, 'no group known: every group');
});

test('diet guide view: each medicine by the name it is given, else its id in words', () => {
  const ids = diet.symptomControl.flatMap((s) => s.drugIds ?? []);
  assert.ok(ids.includes('telotristat-ethyl'));
  const named = (view: ReturnType<typeof dietGuideView>) => view.pointers.flatMap((p) => p.medicines.map((m) => m.name));
  assert.deepEqual(named(dietGuideView(guide)), ids.map((id) => id.replace(/-/g, ' ')));
  assert.deepEqual(named(dietGuideView(guide, 'en', (id, locale) => `${id}:${locale}`)), ids.map((id) => `${id}:en`));
  // What the guide gives it: the names-only table from the content, not the drug card class found on the page.
  assert.deepEqual(named(dietGuideView(guide, 'en', drugNameOf)), ids.map((id) => getDrug(id)!.name));
});

test('"Can I eat …?" guesses past slips within words, never past another word of the same length', async () => {
  const fr = (await import('../../data/fr/diet.json', { with: { type: 'json' } })).default as unknown as typeof diet;
  const english = createFoodSearch(diet.groups);
  const french = createFoodSearch(fr.groups);
  const guessed = (search: typeof english, query: string) => {
    const answer = search(query)!;
    return answer.result === 'not-listed' ? [] : answer.hits.map((h) => h.matched);
  };
  // Slips: a letter off in each word, or two letters swapped.
  assert.deepEqual(guessed(english, 'red wnie'), ['Red wine']);
  assert.deepEqual(guessed(english, 'smokd salmom'), ['Smoked salmon']);
  assert.deepEqual(guessed(french, 'chocolat noyr'), ['Chocolat noir']);
  // Another word: « séchée » (dried) is two letters from « hachée » (minced), "cured" two from "red".
  assert.deepEqual(guessed(french, 'viande séchée'), []);
  assert.deepEqual(guessed(english, 'cured meat'), []);
  assert.deepEqual(slipsInEachWord(['viande', 'sechee'], ['viande', 'hachee']), false);
  assert.deepEqual(slipsInEachWord(['red', 'wnie'], ['red', 'wine']), true);
});

// ---- the search over a small made-up diet, to reach cases the real data may not have (two close names) ----------

const reason = (t: string) => ({ text: t, sources: ['x'] });
const food = (id: string, name: string, otherNames: string[] = []) => ({ id, name, otherNames, sources: ['x'] });
const groups: FoodGroup[] = [
  {
    id: 'one',
    name: 'Group one',
    advice: 'limit',
    reason: reason('Reason one.'),
    foods: [food('pears', 'Pears', ['Pear']), food('peach', 'Peach'), food('cherries', 'Cherries'), food('plums', 'Plums')],
  },
  {
    id: 'two',
    name: 'Group two',
    advice: 'avoid',
    reason: reason('Reason two.'),
    foods: [food('aged-cheeses', 'Aged cheeses'), food('creme-fraiche', 'Crème fraîche'), food('pears-in-wine', 'Pears')],
  },
];
const find = createFoodSearch(groups);
const ids = (q: string) => find(q)?.hits.map((h) => h.food.id);
/** How a query was answered: its result, and how a listed food was reached. */
const how = (q: string) => [find(q)!.result, find(q)!.via];

test('the food search normalises case, accents, spaces and punctuation', () => {
  assert.deepEqual(ids('  Crème-Fraîche '), ['creme-fraiche']);
  assert.deepEqual(ids('CREME FRAICHE'), ['creme-fraiche']);
  assert.equal(find(''), null);
  assert.equal(find(' ? '), null);
});

test('the food search reaches a listed name through simple plural forms only', () => {
  assert.ok(pluralForms('cherry').includes('cherries'));
  assert.ok(pluralForms('cherries').includes('cherry'));
  assert.ok(pluralForms('tomato').includes('tomatoes'));
  assert.deepEqual(how('cherry'), ['listed', 'plural']);
  assert.deepEqual(ids('cherry'), ['cherries']);
  assert.deepEqual(how('aged cheese'), ['listed', 'plural']);
});

test('the food search forgives one typo in 5–6 letters, two in longer words, none in shorter', () => {
  assert.deepEqual([3, 4, 5, 6, 7, 12].map(typoAllowance), [0, 0, 1, 1, 2, 2]);
  assert.deepEqual(how('chrries'), ['listed', 'typo']);
  assert.deepEqual(how('chrriez'), ['listed', 'typo']);
  assert.equal(find('chrryeez')!.result, 'not-listed');
  assert.deepEqual(how('plumz'), ['listed', 'typo']);
  assert.equal(find('plxxs')!.result, 'not-listed');
  assert.equal(find('pae')!.result, 'not-listed');
  assert.equal(find('pexs')!.result, 'not-listed', 'four letters: no typo allowed');
});

test('the food search never infers a food from a category', () => {
  assert.deepEqual(find('cheddar'), { query: 'cheddar', result: 'not-listed', hits: [], related: [] });
  assert.equal(find('cheese')!.result, 'not-listed');
  assert.equal(find('fruit')!.result, 'not-listed');
});

test('the food search lists the candidates when a guess fits more than one food', () => {
  const answer = find('peacs')!;
  assert.equal(answer.result, 'ambiguous');
  assert.deepEqual(answer.hits.map((h) => h.food.id).sort(), ['peach', 'pears', 'pears-in-wine']);
});

test('the food search answers with every food that has exactly the name typed', () => {
  assert.deepEqual(how('pears'), ['listed', 'exact']);
  assert.deepEqual(ids('pears'), ['pears', 'pears-in-wine']);
});

test('the food search names the listed foods whose names hold the words typed, when the query names none itself', () => {
  const related = (q: string) => {
    const answer = find(q)!;
    assert.equal(answer.result, 'not-listed', q);
    return answer.related!.map((h) => h.food.id);
  };
  assert.deepEqual(related('aged'), ['aged-cheeses']);
  assert.deepEqual(related('fraiche'), ['creme-fraiche']);
  assert.deepEqual(related('cheese aged'), ['aged-cheeses'], 'every word, in any order');
  assert.deepEqual(related('pea'), ['pears', 'peach'], 'the start of a word, from three letters; one button per name');
  assert.deepEqual(related('pe'), [], 'two letters are too few');
  assert.deepEqual(related('aged wine'), [], 'a word no name has');
  assert.deepEqual(related('tinned peach slices'), ['peach'], 'the names inside a longer query');
  assert.deepEqual(related('plums and cherries'), ['cherries', 'plums'], 'each of them');
  assert.deepEqual(related('ripe pears'), ['pears'], 'one button per name');
  assert.deepEqual(related('ripe pearz'), [], 'but not past a typo');
});
