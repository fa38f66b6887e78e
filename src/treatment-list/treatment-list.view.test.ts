// The treatment list's view and the functions it is made of are pure (inputs and content in, plain data out), so they
// are tested here, in Node, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildSearchIndex,
  CHUNK_SIZE,
  idFromHash,
  nameWords,
  parseCategories,
  searchIndex,
  treatmentListView,
  type TreatmentListInputs,
} from './treatment-list.view.js';
import { drugs, getDrug } from '../content/drugs.js';
import { readOn } from '../content/host-content.js';
import { wordsOf } from '../content/match.js';
import { TREATMENT_CATEGORIES } from '../content/schema.js';
import { treatments } from '../content/treatments.js';

const input: TreatmentListInputs = { categories: '', entries: null, hostJson: null, query: '', filters: new Set() };
const content = { treatments, drugIds: drugs.map((d) => d.id) };

/** The ids of the options a query leaves. */
const found = (query: string): string[] => {
  const view = treatmentListView({ ...input, query }, 'en', content);
  return view.model.entries.filter((entry) => view.result.shown[entry.index]).map((entry) => entry.treatment.id);
};

test('treatment list view: a keystroke filters the same model, so the rows keep their entries', () => {
  const first = treatmentListView(input, 'en', content);
  assert.equal(first.result.count, treatments.length);
  assert.equal(first.count, `Showing all ${treatments.length} treatments`);
  assert.ok(!first.filtering);
  const typed = treatmentListView({ ...input, query: 'Xermelo' }, 'en', content, first);
  assert.equal(typed.model, first.model, 'the model is reused');
  assert.equal(typed.host, first.host, 'the host entries are not read again');
  assert.equal(typed.result.count, 1);
  assert.equal(typed.count, '1 treatment matches “Xermelo”');
  assert.ok(typed.filtering);
  const bad = treatmentListView({ ...input, entries: [{ id: 'x' }] }, 'en', content, typed);
  assert.ok(bad.notices.length === 1 && bad.notices[0]!.code === 'invalid-content');
  assert.notEqual(bad.model, typed.model);
  const misspelt = treatmentListView({ ...input, categories: 'chemo' }, 'en', content, typed);
  assert.deepEqual(misspelt.warnings.map((w) => w.code), ['unknown-category']);
  assert.equal(misspelt.result.count, treatments.length, 'no category known: every category');
});

test('treatment list view: each option comes with its medicines named and its sources', () => {
  const view = treatmentListView(input, 'en', content);
  const targeted = view.model.byId.get('targeted-therapy')!;
  assert.deepEqual(
    targeted.drugs.map((d) => d.name),
    targeted.treatment.relatedDrugs.map((id) => getDrug(id)!.name),
  );
  for (const entry of view.model.entries) assert.ok(entry.sources.length > 0, entry.treatment.id);
});

test('treatment list view: a long host list is read a part at a time, and a search reads the rest first', () => {
  const entries = Array.from({ length: CHUNK_SIZE * 3 }, (_, i) => ({
    ...structuredClone(treatments.find((t) => t.id === 'chemotherapy')!),
    id: `host-${i + 1}`,
    name: `Host option ${i + 1}`,
  }));
  entries[CHUNK_SIZE * 2]!.summary = '';
  const first = treatmentListView({ ...input, entries }, 'en', content);
  assert.ok(first.reading);
  assert.equal(first.model.entries.length, treatments.length + CHUNK_SIZE, 'the first part only');
  assert.deepEqual(first.notices, [], 'the invalid entry is not read yet');
  // What the element does when the browser is idle: reads on, then computes the view again (the same inputs).
  assert.ok(!readOn(first.host, () => false), 'nothing read without time');
  assert.ok(readOn(first.host));
  const whole = treatmentListView({ ...input, entries }, 'en', content, first);
  assert.ok(!whole.reading);
  assert.equal(whole.host, first.host, 'read once');
  assert.equal(whole.model.entries.length, treatments.length + CHUNK_SIZE * 3 - 1);
  assert.match(whole.notices[0]!.details!.join('\n'), new RegExp(`^entries\\[${CHUNK_SIZE * 2}\\]\\.summary:`, 'm'));
  // A search (or `all`) before then reads every entry first, so it finds the last one.
  const searched = treatmentListView({ ...input, entries, query: `Host option ${CHUNK_SIZE * 3}` }, 'en', content);
  assert.ok(!searched.reading);
  assert.equal(searched.result.count, 1);
  assert.equal(treatmentListView({ ...input, entries, all: true }, 'en', content).model.entries.length, whole.model.entries.length);
});

test('treatment list search: the index is built a part at a time, and a search builds what is left first', () => {
  const words = [['surgery', 'liver'], ['liver', 'transplant'], ['octreotide']];
  const index = buildSearchIndex(words);
  let budget = 1;
  assert.equal(index.build(() => budget-- > 0), false, 'one row in');
  assert.deepEqual([...searchIndex(index, 'oct')!], [0, 0, 1], 'the search indexed the rest');
  assert.equal(index.build(() => false), true);
});

test('treatment list search: American spellings find what the British spellings of the content find', () => {
  for (const [british, american] of [
    ['diarrhoea', 'diarrhea'],
    ['tumour', 'tumor'],
    ['chemoembolisation', 'chemoembolization'],
    ['counselling', 'counseling'],
  ]) {
    assert.ok(found(british!).length > 0, `"${british}" finds something`);
    assert.deepEqual(found(american!), found(british!), `"${american}" finds what "${british}" finds`);
  }
  // Where the tumour started, as a reader with a lung or pancreatic NET would type it (ipsen-net-treatments).
  for (const where of ['lung', 'lungs', 'bronchial', 'pancreatic']) assert.ok(found(where).includes('chemotherapy'), `"${where}" finds chemotherapy`);
});

test('treatment list search: words drop case, accents and punctuation, and British and American spellings are one', () => {
  const words = (text: string) => wordsOf(text).join(' ');
  assert.equal(words('  Chémo-Embolisation, (TACE)! '), words('chemo embolization tace'));
  assert.equal(wordsOf('  Chémo-Embolisation, (TACE)! ').length, 3);
  assert.equal(words('Diarrhoea'), words('diarrhea'));
  assert.notEqual(words('filled'), words('filed'), 'only spellings of one word are joined');
});

test('treatment list search: a name is also found written as one word', () => {
  assert.deepEqual(nameWords('5-FU'), ['5', 'fu', '5fu']);
  assert.deepEqual(nameWords('PRRT'), ['prrt']);
});

test('treatment list search: a row matches when every query word begins one of its words', () => {
  const index = buildSearchIndex([['surgery', 'liver'], ['liver', 'transplant'], ['octreotide']]);
  assert.equal(searchIndex(index, ''), null);
  assert.deepEqual([...searchIndex(index, 'liv')!], [1, 1, 0]);
  assert.deepEqual([...searchIndex(index, 'Liver TRANS')!], [0, 1, 0]);
  assert.deepEqual([...searchIndex(index, 'iver')!], [0, 0, 0]);
  assert.deepEqual([...searchIndex(index, 'oct oct')!], [0, 0, 1]);
});

test('treatment list categories: the list order, unknown ones named, none known is every category', () => {
  assert.deepEqual(parseCategories(''), { categories: TREATMENT_CATEGORIES, unknown: [] });
  assert.deepEqual(parseCategories('chemotherapy,surgery-liver'), { categories: ['surgery-liver', 'chemotherapy'], unknown: [] });
  assert.deepEqual(parseCategories('chemo, surgery-liver, x'), { categories: ['surgery-liver'], unknown: ['chemo', 'x'] });
  assert.deepEqual(parseCategories('chemo'), { categories: TREATMENT_CATEGORIES, unknown: ['chemo'] });
});

test('treatment list deep links: the option id a page address names', () => {
  assert.equal(idFromHash('#net-treatment-surgery'), 'surgery');
  assert.equal(idFromHash('#net-treatment-'), null);
  assert.equal(idFromHash('#something'), null);
  assert.equal(idFromHash('#net-treatment-%E0%A4%A'), null);
});
