// The diet guide's view and its "Can I eat …?" search (src/content/food-search.ts) are pure functions of their inputs
// and the content, so they are tested here, in Node, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dietGuideView, type DietGuideInputs } from './diet-guide.view.js';
import { createFoodSearch } from '../content/food-search.js';
import { pluralForms, slipsInEachWord, typoAllowance } from '../content/match.js';
import { diet } from '../content/diet.js';
import { drugNameOf, medicinesNamed } from '../content/drug-names.js';
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

// ---- "Can I eat …?" in the reader's own words (content/asking.ts): questions, medicines and symptoms -------------

test('"Can I eat …?" answers the subject of a question, in English, French and Spanish, and says which words', async () => {
  await import('../locales/fr.js');
  await import('../locales/es.js');
  const cases: [query: string, locale: 'en' | 'fr' | 'es', subject: string | undefined, food: string, relation: string][] = [
    ['Can I eat aged cheese?', 'en', 'aged cheese', 'aged-cheeses', 'name'],
    ['can I drink a glass of wine', 'en', 'wine', 'alcoholic-drinks', 'kind'],
    ['a glass of wine', 'en', 'wine', 'alcoholic-drinks', 'kind'],
    ['is it safe to eat bananas', 'en', 'bananas', 'bananas', 'name'],
    ['Drinking chocolate', 'en', undefined, 'chocolate', 'kind'],
    ['puis-je manger du fromage affiné ?', 'fr', 'fromage affiné', 'aged-cheeses', 'name'],
    ['puis-je boire un verre de vin ?', 'fr', 'vin', 'alcoholic-drinks', 'kind'],
    ['¿puedo comer queso curado?', 'es', 'queso curado', 'aged-cheeses', 'name'],
    ['¿puedo tomar una copa de vino?', 'es', 'vino', 'alcoholic-drinks', 'kind'],
  ];
  for (const [query, locale, subject, food, relation] of cases) {
    const answer = dietGuideView({ ...guide, answered: query }, locale, drugNameOf, medicinesNamed).answer!;
    assert.equal(answer.result, 'listed', `${locale}: ${query}`);
    assert.equal(answer.subject, subject, `${locale}: ${query}`);
    assert.equal(answer.query, query.trim(), 'the event still reports what was typed');
    assert.deepEqual([answer.hits[0]!.food.id, answer.hits[0]!.relation], [food, relation], `${locale}: ${query}`);
  }
  const coffee = dietGuideView({ ...guide, answered: 'can I drink coffee' }, 'en', drugNameOf, medicinesNamed).answer!;
  assert.deepEqual([coffee.result, coffee.subject], ['not-listed', 'coffee'], 'not named: the subject, not the question');
});

test('"Can I eat …?": drinks and dishes the groups cover, by the names readers use', () => {
  const cases: [query: string, locale: 'en' | 'fr' | 'es', food: string][] = [
    ['sangria', 'en', 'alcoholic-drinks'],
    ['mead', 'en', 'alcoholic-drinks'],
    ['sake', 'en', 'alcoholic-drinks'],
    ['hydromel', 'fr', 'alcoholic-drinks'],
    ['saké', 'fr', 'alcoholic-drinks'],
    ['haddock fumé', 'fr', 'smoked-or-salted-fish'],
    ['haddock', 'fr', 'smoked-or-salted-fish'],
    ['sangría', 'es', 'alcoholic-drinks'],
    ['tinto de verano', 'es', 'alcoholic-drinks'],
    ['haddock ahumado', 'es', 'smoked-or-salted-fish'],
  ];
  for (const [query, locale, food] of cases) {
    const answer = dietGuideView({ ...guide, answered: query }, locale).answer!;
    assert.equal(answer.result, 'listed', `${locale}: ${query}`);
    assert.deepEqual([answer.hits[0]!.food.id, answer.hits[0]!.relation], [food, 'kind'], `${locale}: ${query}`);
  }
  const haddock = dietGuideView({ ...guide, answered: 'haddock' }).answer!;
  assert.equal(haddock.hits[0]!.relation, 'possible-kind', 'in English, haddock may or may not be smoked');
});

test('"Can I eat …?": a medicine is said to be one, with the guide’s pointers that name it, never answered as a dish', async () => {
  await import('../locales/fr.js');
  await import('../locales/es.js');
  const ask = (query: string, locale: 'en' | 'fr' | 'es' = 'en') => dietGuideView({ ...guide, answered: query }, locale, drugNameOf, medicinesNamed);
  const cases: [query: string, locale: 'en' | 'fr' | 'es', ids: string[], how: string][] = [
    ['octreotide', 'en', ['octreotide'], 'name'],
    ['octreotide side effects', 'en', ['octreotide'], 'name'],
    ['side effects of everolimus', 'en', ['everolimus'], 'name'],
    ['Sandostatin LAR', 'en', ['octreotide'], 'name'],
    ['Afinitor', 'en', ['everolimus'], 'name'],
    ['octreotid', 'en', ['octreotide'], 'typo'],
    ['octreotide injections', 'en', ['octreotide'], 'within'],
    ['octréotide', 'fr', ['octreotide'], 'name'],
    ["effets secondaires de l'évérolimus", 'fr', ['everolimus'], 'name'],
    ['efectos secundarios del everolimus', 'es', ['everolimus'], 'name'],
  ];
  for (const [query, locale, ids, how] of cases) {
    const view = ask(query, locale);
    assert.equal(view.answer!.result, 'medicine', `${locale}: ${query}`);
    assert.deepEqual(view.answer!.medicines, ids, `${locale}: ${query}`);
    assert.equal(view.answer!.medicinesNamed, how, `${locale}: ${query}`);
    assert.deepEqual(view.answer!.hits, [], 'no food');
  }
  const octreotide = ask('octreotide');
  assert.deepEqual(octreotide.notFood.medicines, [{ id: 'octreotide', name: 'Octreotide' }]);
  assert.deepEqual(
    octreotide.notFood.medicinePointers.map((i) => octreotide.pointers[i]!.name),
    ['Somatostatin analogues'],
    'the pointer that names it',
  );
  assert.deepEqual(ask('octréotide', 'fr').notFood.medicines, [{ id: 'octreotide', name: 'Octréotide' }], 'its French name');
  // A food question that also names a medicine is still a food question, with the medicine offered after.
  const mixed = ask('cheese with octreotide').answer!;
  assert.equal(mixed.result, 'not-listed');
  assert.deepEqual([mixed.related!.map((h) => h.food.id), mixed.medicines], [['cheese'], ['octreotide']]);
  // Without the medicines' names (no table given), nothing is taken for a medicine.
  assert.equal(dietGuideView({ ...guide, answered: 'octreotide' }).answer!.result, 'not-listed');
});

test('medicines named: a name, a brand, a name a typo away, names among other words; never a food', () => {
  assert.deepEqual(medicinesNamed('Xermelo'), { ids: ['telotristat-ethyl'], how: 'name' });
  assert.deepEqual(medicinesNamed('5-FU'), { ids: ['fluorouracil'], how: 'name' });
  assert.deepEqual(medicinesNamed('octreotide or lanreotide')?.ids, ['octreotide', 'lanreotide']);
  for (const food of ['cheese', 'red wine', 'smoked salmon', 'nausea', 'bananas']) assert.equal(medicinesNamed(food), null, food);
});

test('"Can I eat …?": a symptom is said to be one, with the guide’s help with symptoms that names it', async () => {
  await import('../locales/fr.js');
  await import('../locales/es.js');
  const ask = (query: string, locale: 'en' | 'fr' | 'es' = 'en') => dietGuideView({ ...guide, answered: query }, locale, drugNameOf, medicinesNamed);
  const cases: [query: string, locale: 'en' | 'fr' | 'es', symptoms: string[]][] = [
    ['nausea', 'en', ['nausea']],
    ['feeling sick', 'en', ['nausea']],
    ['I feel sick', 'en', ['nausea', 'vomiting']],
    ['diarrhoea', 'en', ['diarrhoea']],
    ['diarrhea', 'en', ['diarrhoea']],
    ['flushing', 'en', ['flushing']],
    ['nausées', 'fr', ['nausea']],
    ['diarrhée', 'fr', ['diarrhoea']],
    ['náuseas', 'es', ['nausea']],
    ['diarrea', 'es', ['diarrhoea']],
  ];
  for (const [query, locale, symptoms] of cases) {
    const view = ask(query, locale);
    assert.equal(view.answer!.result, 'symptom', `${locale}: ${query}`);
    assert.deepEqual(view.notFood.symptoms.map((s) => s.id), symptoms, `${locale}: ${query}`);
  }
  const named = (query: string, locale: 'en' | 'fr' | 'es' = 'en') => {
    const view = ask(query, locale);
    return view.notFood.symptoms.flatMap((s) => s.pointers.map((i) => view.pointers[i]!.name));
  };
  assert.deepEqual(named('diarrhoea'), diet.symptomControl.map((s) => s.name), 'every pointer names diarrhoea');
  assert.deepEqual(named('flushing'), ['Somatostatin analogues']);
  assert.deepEqual(named('nausea'), [], 'this guide does not name nausea');
  assert.deepEqual(named('bouffées de chaleur', 'fr'), ['Analogues de la somatostatine']);
  assert.deepEqual(named('enrojecimiento', 'es'), ['Análogos de la somatostatina']);
  // A listed name among the words makes it a food question: "pain" in "pain au chocolat" is not a symptom here.
  assert.equal(ask('pain au chocolat').answer!.result, 'not-listed');
  // A medicine and a symptom: the medicine, and the symptom with it.
  const both = ask('nausea from octreotide');
  assert.deepEqual([both.answer!.result, both.notFood.symptoms.map((s) => s.id)], ['medicine', ['nausea']]);
});

test('diet guide view: each food’s question, only when the guide offers them and not in the checklist', () => {
  assert.equal(dietGuideView(guide).questions, null);
  const questions = dietGuideView({ ...guide, questions: true }).questions!;
  const foods = diet.groups.flatMap((g) => g.foods);
  assert.deepEqual([...questions.keys()], [...new Set(foods.map((f) => f.id))]);
  assert.deepEqual(questions.get('cheese'), {
    key: 'food:cheese:',
    kind: 'food',
    entryId: 'cheese',
    lang: 'en',
    text: 'Is it OK for me to have cheese?',
  });
  for (const q of questions.values()) assert.match(q.text, /\?$/);
  assert.equal(dietGuideView({ ...guide, variant: 'checklist', questions: true }).questions, null);
});
