// The questions widget's view is a pure function of its inputs (the page's list among them) and the content, so it is
// tested here, in Node, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../locales/fr.js';
import '../locales/es.js';
import { questionsView, type QuestionsInputs } from './questions.view.js';
import { ownQuestion, questionKey, MAX_QUESTIONS, type SavedQuestion } from '../shared/questions-store.js';
import { getDrug } from '../content/drugs.js';
import { diet } from '../content/diet.js';

const none: QuestionsInputs = { remember: '', clinicLang: '', questions: [], storageFailed: false, clinicMissing: false, preview: false, loaded: 'en,fr,es' };

const gap = (drug: string, part: string): SavedQuestion => ({ key: questionKey('gap', drug, part), kind: 'gap', entryId: drug, part, lang: 'en', text: 'as added' });
const effect = (drug: string, words: string, lang = 'en'): SavedQuestion => ({ key: questionKey('side-effect', drug, words), kind: 'side-effect', entryId: drug, part: words, lang, text: 'as added' });
const option = (id: string): SavedQuestion => ({ key: questionKey('option', id), kind: 'option', entryId: id, lang: 'en', text: 'as added' });
const food = (id: string): SavedQuestion => ({ key: questionKey('food', id), kind: 'food', entryId: id, lang: 'en', text: 'as added' });
const general = (id: string): SavedQuestion => ({ key: `general:${id}`, kind: 'general', entryId: id, lang: 'en', text: 'as added' });

test('an empty list: the empty state, the general list, nothing stored said plainly', () => {
  const view = questionsView(none);
  assert.equal(view.count, 0);
  assert.deepEqual(view.groups, []);
  assert.ok(view.general.length >= 6 && view.general.every((g) => !g.added));
  assert.match(view.kept, /this page only/);
  assert.equal(view.clinic, null);
  assert.deepEqual(view.warnings, []);
});

test('questions grouped by the entry they came from, in the order of their first question, numbered in order shown', () => {
  const own = ownQuestion('Can I still drive?', 'en');
  const questions = [gap('captem', 'howGiven'), food('cheese'), own, effect('captem', 'Blood clots'), general('wait'), option('surgery'), gap('captem', 'serious')];
  const view = questionsView({ ...none, questions });
  assert.deepEqual(view.groups.map((g) => g.heading), ['CAPTEM (medicine)', 'Cheese (food or drink)', 'Questions I wrote', 'General questions', 'Surgery (treatment option)']);
  const captem = view.groups[0]!;
  assert.deepEqual(captem.items.map((i) => i.number), [1, 2, 3]);
  assert.deepEqual(captem.items.map((i) => i.text), [
    'How will CAPTEM be given to me, and how often?',
    'Blood clots: what should I do if this happens to me?',
    'Which side effects of CAPTEM should I watch for, and what should I do if I get one?',
  ]);
  assert.equal(captem.items[0]!.before, null);
  assert.equal(captem.items[1]!.before, captem.items[0]!.key, 'Move up takes a question to the place of the one before it in its group');
  assert.equal(captem.items[2]!.after, null);
  assert.deepEqual(view.items.map((i) => i.number), [1, 2, 3, 4, 5, 6, 7]);
  assert.equal(view.general.find((g) => g.id === 'wait')!.added, true);
  assert.deepEqual(view.entries.map((e) => [e.name, e.reviewed]), [
    ['CAPTEM', getDrug('captem')!.reviewed],
    ['Cheese', diet.reviewed],
    ['Surgery', view.entries[2]!.reviewed],
  ]);
  assert.equal(view.items.find((i) => i.kind === 'own')!.text, 'Can I still drive?');
});

test('a page in French shows the questions in French, whatever language they were added in', () => {
  const view = questionsView({ ...none, questions: [gap('everolimus', 'howGiven'), effect('everolimus', 'Mouth sores')] }, 'fr');
  assert.equal(view.groups[0]!.heading, 'Évérolimus (médicament)');
  assert.deepEqual(view.items.map((i) => i.text), [
    'Évérolimus\u00a0: comment vais-je recevoir ce traitement, et à quelle fréquence\u00a0?',
    'Plaies dans la bouche\u00a0: que dois-je faire si cela m’arrive\u00a0?',
  ]);
});

test('with a clinic language, each question also in the clinic’s words; an own question as written, marked', () => {
  const own = ownQuestion('¿Puedo trabajar?', 'es');
  const view = questionsView({ ...none, clinicLang: 'en', questions: [food('eggs'), own, gap('my-card', 'howGiven')] }, 'es');
  assert.equal(view.clinic?.locale, 'en');
  assert.deepEqual(view.items.map((i) => [i.text, i.clinicText, i.notTranslated]), [
    ['¿Puedo consumir huevos?', 'Is it OK for me to have eggs?', false],
    ['¿Puedo trabajar?', '¿Puedo trabajar?', true],
    ['as added', 'as added', true],
  ]);
  assert.equal(view.groups.at(-1)!.heading, 'Otras preguntas', 'an entry the content does not have: other questions');
  // The same language as the page: one language.
  assert.equal(questionsView({ ...none, clinicLang: 'es', questions: [own] }, 'es').clinic, null);
});

test('how the list is kept, said in words; a full list; a missing clinic language warns the site owner', () => {
  assert.match(questionsView({ ...none, remember: 'session' }).kept, /browser tab/);
  assert.match(questionsView({ ...none, remember: 'device' }).kept, /this device/);
  assert.match(questionsView({ ...none, remember: 'device', storageFailed: true }).kept, /cannot keep/);
  const many = Array.from({ length: MAX_QUESTIONS }, (_, i) => ownQuestion(`Q${i}?`, 'en'));
  assert.equal(questionsView({ ...none, questions: many }).full, true);
  const missing = questionsView({ ...none, clinicLang: 'fr', clinicMissing: true });
  assert.deepEqual(missing.warnings.map((w) => w.code), ['clinic-lang-not-loaded']);
});
