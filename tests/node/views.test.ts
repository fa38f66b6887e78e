// The widgets' views are pure functions of their inputs and the content, so they are tested here, without a browser:
// what each widget would show for a given input, before any template renders it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drugCardView } from '../../src/drug-card/view.js';
import { dietGuideView } from '../../src/diet-guide/view.js';
import { createFoodSearch } from '../../src/diet-guide/food-search.js';
import { slipsInEachWord } from '../../src/content/match.js';
import { treatmentListView, type TreatmentListInput } from '../../src/treatment-list/view.js';
import { diet } from '../../src/content/diet.js';
import { drugs, getDrug } from '../../src/content/drugs.js';
import { treatments } from '../../src/content/treatments.js';
import drugLabels from '../../data/en/ui-drug-card.json';
import dietLabels from '../../data/en/ui-diet-guide.json';
import listLabels from '../../data/en/ui-treatment-list.json';
import common from '../../data/en/ui-common.json';

test('drug card view: the drug, the sections it has, the sources they cite, or the problem', () => {
  const view = drugCardView({ drug: 'Afinitor', sections: 'side-effects, combinations, how-given', content: undefined, hostJson: null }, drugLabels);
  assert.equal(view.problem, null);
  if (view.problem) return;
  assert.equal(view.drug.id, 'everolimus');
  assert.deepEqual(view.nameUsed, { kind: 'brand', name: 'Afinitor' });
  assert.deepEqual(view.keys, ['side-effects', 'how-given'], 'everolimus is in no combination');
  assert.deepEqual(view.sources.map((s) => s.id), ['acs-gi-net-targeted']);
  const misspelt = drugCardView({ drug: 'everolimus', sections: 'about, dosage', content: undefined, hostJson: null }, drugLabels);
  assert.ok(!misspelt.problem, 'an unknown section never hides the card');
  assert.deepEqual(misspelt.warnings.map((w) => w.code), ['unknown-section']);
  if (!misspelt.problem) assert.deepEqual(misspelt.keys, ['about']);
  assert.equal(drugCardView({ drug: 'aspirin', sections: '', content: undefined, hostJson: null }, drugLabels).problem?.code, 'unknown-drug');
  const host = { ...structuredClone(getDrug('lanreotide')!), id: 'our-card', name: 'Our card' };
  const hosted = drugCardView({ drug: '', sections: '', content: host, hostJson: null }, drugLabels);
  assert.ok(!hosted.problem && hosted.isHost && hosted.drug.name === 'Our card');
  assert.equal(drugCardView({ drug: '', sections: '', content: undefined, hostJson: '{ nope' }, drugLabels).problem?.code, 'invalid-json');
});

test('diet guide view: the groups asked for, the answer, the sources, or the problem', () => {
  const search = createFoodSearch(diet.groups);
  const view = dietGuideView({ groups: 'alcohol', variant: '', answered: 'beer' }, diet, search, dietLabels);
  assert.ok(!view.problem);
  if (view.problem) return;
  assert.deepEqual(view.groups.map((g) => g.id), ['alcohol']);
  assert.equal(view.title, diet.name);
  assert.deepEqual(view.answer?.hits.map((h) => [h.food.id, h.relation]), [['alcoholic-drinks', 'kind']]);
  assert.ok(view.sources.length > 0);
  const checklist = dietGuideView({ groups: '', variant: 'checklist', answered: 'beer' }, diet, search, dietLabels);
  assert.ok(!checklist.problem && checklist.checklist && checklist.answer === null && checklist.title.includes(diet.name));
  const misspelt = dietGuideView({ groups: 'puddings', variant: '', answered: '' }, diet, search, dietLabels);
  assert.ok(!misspelt.problem, 'an unknown group never hides the guide');
  if (!misspelt.problem) {
    assert.deepEqual(misspelt.warnings.map((w) => w.code), ['unknown-group']);
    assert.equal(misspelt.groups.length, diet.groups.length, 'no group known: every group');
  }
});

test('treatment list view: a keystroke filters the same model, and rows keep their context', () => {
  const input: TreatmentListInput = {
    categories: '',
    entries: null,
    hostJson: null,
    query: '',
    filters: new Set(),
    labels: listLabels,
    common,
    locale: 'en',
    optionLevel: 3,
    printingAll: false,
    today: '2026-12-02',
  };
  const content = { treatments, drugIds: drugs.map((d) => d.id) };
  const first = treatmentListView(input, content, null);
  assert.ok(!first.problem);
  if (first.problem) return;
  assert.equal(first.result.count, treatments.length);
  const typed = treatmentListView({ ...input, query: 'Xermelo' }, content, first);
  assert.ok(!typed.problem);
  if (typed.problem) return;
  assert.equal(typed.model, first.model, 'the model is reused');
  assert.equal(typed.ctx, first.ctx, 'the options keep their context');
  assert.equal(typed.result.count, 1);
  assert.ok(typed.filtering);
  const bad = treatmentListView({ ...input, entries: [{ id: 'x' }] }, content, typed);
  assert.ok(!bad.problem && bad.notices.length === 1 && bad.notices[0]!.code === 'invalid-content');
  const misspelt = treatmentListView({ ...input, categories: 'chemo' }, content, typed);
  assert.ok(!misspelt.problem, 'an unknown category never hides the list');
  if (!misspelt.problem) {
    assert.deepEqual(misspelt.warnings.map((w) => w.code), ['unknown-category']);
    assert.equal(misspelt.result.count, treatments.length, 'no category known: every category');
  }
});

test('treatment list search: American spellings find what the British spellings of the content find', () => {
  const input: TreatmentListInput = {
    categories: '',
    entries: null,
    hostJson: null,
    query: '',
    filters: new Set(),
    labels: listLabels,
    common,
    locale: 'en',
    optionLevel: 3,
    printingAll: false,
    today: '2026-12-03',
  };
  const content = { treatments, drugIds: drugs.map((d) => d.id) };
  const ids = (query: string): string[] => {
    const view = treatmentListView({ ...input, query }, content, null);
    assert.ok(!view.problem);
    return view.problem ? [] : view.model.entries.filter((entry) => view.result.shown[entry.index]).map((entry) => entry.treatment.id);
  };
  for (const [british, american] of [
    ['diarrhoea', 'diarrhea'],
    ['tumour', 'tumor'],
    ['chemoembolisation', 'chemoembolization'],
    ['counselling', 'counseling'],
  ]) {
    const found = ids(british!);
    assert.ok(found.length > 0, `"${british}" finds something`);
    assert.deepEqual(ids(american!), found, `"${american}" finds what "${british}" finds`);
  }
  // Where the tumour started, as a reader with a lung or pancreatic NET would type it (ipsen-net-treatments).
  for (const where of ['lung', 'lungs', 'bronchial', 'pancreatic']) assert.ok(ids(where).includes('chemotherapy'), `"${where}" finds chemotherapy`);
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
