// The treatment list's view is a pure function of its inputs, the content and the previous view, so it is tested here,
// in Node, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { treatmentListView, type TreatmentListInput } from './view.js';
import { drugs } from '../content/drugs.js';
import { treatments } from '../content/treatments.js';
import listLabels from '../../data/en/ui-treatment-list.json';
import common from '../../data/en/ui-common.json';

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
