/**
 * The questions' words (src/content/questions.ts, data/<locale>/ui-questions.json): each kind of question in each
 * locale from the content's names, the general list, and a fallback to the words as added.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';
import {
  GAP_PARTS,
  GENERAL_QUESTION_IDS,
  generalQuestions,
  inSentence,
  questionEntry,
  questionText,
  questionTextIn,
  questionWords,
} from '../../src/content/questions.js';
import { drugs } from '../../src/content/drugs.js';
import { ownQuestion, questionKey, type SavedQuestion } from '../../src/shared/questions-store.js';

const LOCALES = ['en', 'fr', 'es'] as const;
const read = (locale: string) => JSON.parse(readFileSync(`data/${locale}/ui-questions.json`, 'utf8'));

/** A question as the widgets make it: options and foods have no part (`option:prrt:`). */
const q = (kind: SavedQuestion['kind'], entryId: string, part?: string, lang = 'en', text = 'as added'): SavedQuestion => ({
  key: kind === 'general' ? `general:${entryId}` : questionKey(kind as 'gap', entryId, part),
  kind,
  entryId,
  ...(part === undefined ? {} : { part }),
  lang,
  text,
});

/** Every key path of a JSON value, and the placeholders of each string. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [`${path} ${[...value.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort().join(' ')}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => shape(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`));
  return [path];
}

test('ui-questions.json has the same keys and placeholders in every locale', () => {
  const en = shape(read('en'));
  for (const locale of ['fr', 'es']) {
    const other = shape(read(locale));
    // A template may use the name as shown ({Name}) or inside a sentence ({name}), as the language needs.
    const loose = (lines: string[]) => lines.map((l) => l.replace(/\{Name\}/g, '{name}'));
    assert.deepEqual(loose(other), loose(en), locale);
  }
});

test('every gap part has a template, and the parts are the drug card’s sections', () => {
  const sections = new Set<string>();
  for (const drug of drugs) {
    for (const key of ['drugClass', 'about', 'howGiven', 'uses', 'tips'] as const) if (drug[key]) sections.add(key);
    for (const key of Object.keys(drug.sideEffects)) sections.add(key);
  }
  assert.deepEqual([...sections].sort(), [...GAP_PARTS].sort());
  for (const locale of LOCALES) for (const part of GAP_PARTS) assert.ok(read(locale).questions.gap[part], `${locale} ${part}`);
});

test('questions made from the content, in English', () => {
  const cases: [SavedQuestion, string][] = [
    [q('gap', 'captem', 'howGiven'), 'How will CAPTEM be given to me, and how often?'],
    [q('gap', 'everolimus', 'serious'), 'Which side effects of everolimus should I watch for, and what should I do if I get one?'],
    [q('gap', 'temozolomide', 'whatToDo'), 'When should I call my care team about a side effect of temozolomide?'],
    [q('side-effect', 'everolimus', 'Mouth sores'), 'Mouth sores: what should I do if this happens to me?'],
    [q('option', 'prrt'), 'Could peptide receptor radionuclide therapy (PRRT) be an option for me?'],
    [q('option', 'mtor-inhibitors'), 'Could mTOR inhibitors be an option for me?'],
    [q('option', 't-cell-therapy'), 'Could T-cell therapy be an option for me?'],
    [q('food', 'cheese'), 'Is it OK for me to have cheese?'],
    [q('general', 'wait', ''), 'What happens if I wait?'],
  ];
  for (const [question, words] of cases) assert.equal(questionText(question, 'en'), words, question.key);
});

test('the same questions in French and Spanish, from the names in that language', () => {
  assert.equal(questionText(q('gap', 'captem', 'howGiven'), 'fr'), 'CAPTEM\u00a0: comment vais-je recevoir ce traitement, et à quelle fréquence\u00a0?');
  assert.equal(questionText(q('gap', 'everolimus', 'serious'), 'es'), '¿Qué efectos secundarios de everolimus debo vigilar y qué debo hacer si tengo uno?');
  assert.equal(questionText(q('option', 'surgery'), 'fr'), 'Chirurgie\u00a0: est-ce que cela pourrait être une option pour moi\u00a0?');
  assert.equal(questionText(q('option', 'surgery'), 'es'), 'Cirugía: ¿podría ser una opción para mí?');
  assert.equal(questionText(q('food', 'eggs'), 'fr'), 'Œufs\u00a0: est-ce que je peux en consommer\u00a0?');
  assert.equal(questionText(q('food', 'eggs'), 'es'), '¿Puedo consumir huevos?');
  assert.equal(questionText(q('general', 'options', ''), 'es'), '¿Cuáles son mis opciones de tratamiento?');
});

test('a side effect is found where the card shows it and said in the other language from the same place', () => {
  const en = q('side-effect', 'cabozantinib', 'Blood clots');
  assert.equal(questionText(en, 'fr'), 'Caillots de sang\u00a0: que dois-je faire si cela m’arrive\u00a0?');
  assert.equal(questionText(en, 'es'), 'Coágulos de sangre: ¿qué debo hacer si me pasa esto?');
  const fr = q('side-effect', 'everolimus', 'Plaies dans la bouche', 'fr-CA');
  assert.equal(questionText(fr, 'en'), 'Mouth sores: what should I do if this happens to me?');
  assert.equal(questionText(fr, 'fr'), 'Plaies dans la bouche\u00a0: que dois-je faire si cela m’arrive\u00a0?');
  // Words the card does not show (a host's card) can still be asked in the language they were added in, not in another.
  const unknown = q('side-effect', 'everolimus', 'Hiccups', 'en', 'Hiccups: what should I do if this happens to me?');
  assert.equal(questionTextIn(unknown, 'en'), 'Hiccups: what should I do if this happens to me?');
  assert.equal(questionTextIn(unknown, 'fr'), null);
  assert.equal(questionText(unknown, 'fr'), unknown.text);
});

test('an own question is as written; an unknown entry falls back to the words as added', () => {
  const own = ownQuestion('Puis-je conduire après le traitement ?', 'fr');
  for (const locale of LOCALES) assert.equal(questionText(own, locale), 'Puis-je conduire après le traitement ?');
  for (const question of [
    q('gap', 'my-own-card', 'howGiven', 'en', 'How will Our Drug be given to me?'),
    q('gap', 'everolimus', 'not-a-section', 'en', 'as added'),
    q('option', 'no-such-option', undefined, 'en', 'as added'),
    q('food', 'no-such-food', undefined, 'en', 'as added'),
    q('general', 'no-such-id', '', 'en', 'as added'),
  ]) {
    for (const locale of LOCALES) {
      assert.equal(questionTextIn(question, locale), null, `${question.key} ${locale}`);
      assert.equal(questionText(question, locale), question.text);
    }
  }
});

test('the entry a question came from: its name and review dates in each locale', () => {
  const entry = questionEntry(q('option', 'prrt'), 'fr');
  assert.equal(entry?.name, 'Thérapie par radionucléides ciblant les récepteurs peptidiques (PRRT)');
  assert.match(entry?.reviewed ?? '', /^\d{4}-\d{2}-\d{2}$/);
  const food = questionEntry(q('food', 'red-wine', 'red-wine'), 'es');
  assert.equal(food?.name, 'Vino tinto');
  assert.equal(questionEntry(q('general', 'wait', ''), 'en'), null);
});

test('the general list: the same questions, in the same order, in every locale, each a question', () => {
  for (const locale of LOCALES) {
    const list = generalQuestions(locale);
    assert.deepEqual(list.map((g) => g.id), [...GENERAL_QUESTION_IDS]);
    assert.ok(list.length >= 6 && list.length <= 10);
    for (const g of list) {
      assert.equal(g.key, `general:${g.id}`);
      assert.match(g.text, /\?$/, `${locale} ${g.id} is a question`);
    }
  }
  assert.equal(generalQuestions('en')[0]!.text, 'What are my treatment options?');
});

test('every template and general question is one question, ending with a question mark, in every locale', () => {
  for (const locale of LOCALES) {
    const t = read(locale).questions;
    for (const text of [...Object.values(t.gap), t.sideEffect, t.option, t.food, ...Object.values(t.general)] as string[]) {
      assert.match(text, /\?$/, `${locale}: ${text}`);
      assert.equal(text.split('?').length, 2, `${locale}: one question: ${text}`);
    }
  }
});

test('names read inside a sentence: a capital first letter goes, an abbreviation stays', () => {
  assert.equal(inSentence('Everolimus'), 'everolimus');
  assert.equal(inSentence('Mouth sores'), 'mouth sores');
  assert.equal(inSentence('Œufs'), 'œufs');
  assert.equal(inSentence('CAPTEM'), 'CAPTEM');
  assert.equal(inSentence('mTOR inhibitors'), 'mTOR inhibitors');
  assert.equal(inSentence('T-cell therapy'), 'T-cell therapy');
  assert.equal(inSentence('5-fluorouracil'), '5-fluorouracil');
  assert.equal(inSentence('PPE'), 'PPE');
  assert.equal(inSentence(''), '');
  assert.equal(questionWords('gap', 'CAPTEM', 'en', 'howGiven'), 'How will CAPTEM be given to me, and how often?');
  assert.equal(questionWords('side-effect', 'Mouth sores', 'es'), 'Mouth sores: ¿qué debo hacer si me pasa esto?');
  assert.equal(questionWords('gap', 'X', 'en', 'nope'), null);
  assert.equal(questionWords('own', 'X', 'en'), null);
  assert.equal(questionWords('food', '  ', 'en'), null);
});
