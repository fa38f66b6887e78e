/**
 * How patients ask (src/content/asking.ts, data/<locale>/naming.json): the subject of a question in each language,
 * the everyday words, the symptoms named, and where the drug cards name a symptom, only in their own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import '../../src/locales/fr.js';
import '../../src/locales/es.js';
import { NamingSchema, findSymptom, readQuestion, searchTerms, symptomsNamed } from '../../src/content/asking.js';
import { drugs } from '../../src/content/drugs.js';
import { dataFor } from '../../src/content/locale-data.js';
import type { Drug } from '../../src/content/schema.js';

test('each locale’s naming table has the format, and every symptom both names and words', () => {
  for (const locale of ['en', 'fr', 'es']) {
    const table = JSON.parse(readFileSync(`data/${locale}/naming.json`, 'utf8'));
    const result = v.safeParse(NamingSchema, table);
    assert.ok(result.success, `${locale}: ${result.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ')}`);
    for (const s of table.symptoms) assert.ok(s.names.length && s.words.length, `${locale} ${s.id}`);
  }
  const ids = (locale: string) => JSON.parse(readFileSync(`data/${locale}/naming.json`, 'utf8')).symptoms.map((s: { id: string }) => s.id);
  assert.deepEqual(ids('fr'), ids('en'), 'the same symptoms in French');
  assert.deepEqual(ids('es'), ids('en'), 'the same symptoms in Spanish');
});

test('the subject of a question, in English, French and Spanish', () => {
  const cases: [string, 'en' | 'fr' | 'es', string, string | null][] = [
    ['what is PRRT', 'en', 'PRRT', 'what'],
    ['What is PRRT?', 'en', 'PRRT', 'what'],
    ["what's chemo", 'en', 'chemo', 'what'],
    ['tell me about surgery', 'en', 'surgery', 'what'],
    ['can I drink coffee', 'en', 'coffee', 'food'],
    ['Can I eat aged cheese?', 'en', 'aged cheese', 'food'],
    ['a glass of wine', 'en', 'wine', null],
    ['octreotide side effects', 'en', 'octreotide', 'side-effects'],
    ['side effects of octreotide', 'en', 'octreotide', 'side-effects'],
    ['salt and vinegar crisps', 'en', 'salt and vinegar crisps', null],
    ['is cheese ok', 'en', 'cheese', 'food'],
    ['what are octreotide side effects', 'en', 'octreotide', 'side-effects'],
    ['what', 'en', 'what', null],
    ['puis-je manger du fromage affiné ?', 'fr', 'fromage affiné', 'food'],
    ["qu'est-ce que la PRRT", 'fr', 'PRRT', 'what'],
    ['¿puedo comer queso curado?', 'es', 'queso curado', 'food'],
    ['¿Qué es la PRRT?', 'es', 'PRRT', 'what'],
    // English question words on a French page.
    ['what is PRRT', 'fr', 'PRRT', 'what'],
  ];
  for (const [query, locale, subject, asks] of cases) {
    assert.deepEqual(readQuestion(query, locale), { query: query.trim(), subject, asks }, `${locale}: ${query}`);
  }
});

test('search terms: no question words, and everyday words with the content’s words for them', () => {
  assert.deepEqual(searchTerms('what is PRRT'), [['prrt']]);
  const [chemo, pills] = searchTerms('chemo pills');
  assert.ok(chemo!.includes('chemotherapy'));
  assert.ok(pills!.includes('capsule') && pills!.includes('mouth'));
  assert.ok(searchTerms('quimio pastillas', 'es')[0]!.includes('quimioterapia'));
  assert.ok(searchTerms('chimio en comprimés', 'fr').some((t) => t.includes('gelule')));
  assert.deepEqual(searchTerms('the'), [['the']], 'a query of stop words only keeps them');
});

test('symptoms named: everyday words, the longest name first, one word for two symptoms', () => {
  const ids = (q: string, locale: 'en' | 'fr' | 'es' = 'en') => symptomsNamed(q, locale).map((s) => s.id);
  assert.deepEqual(ids('nausea'), ['nausea']);
  assert.deepEqual(ids('feeling sick'), ['nausea']);
  assert.deepEqual(ids('sick'), ['nausea', 'vomiting']);
  assert.deepEqual(ids('sore mouth'), ['mouth-sores'], 'not pain as well');
  assert.deepEqual(ids('Diarrhea'), ['diarrhoea']);
  assert.deepEqual(ids('nausées', 'fr'), ['nausea']);
  assert.deepEqual(ids('náuseas', 'es'), ['nausea']);
  assert.deepEqual(ids('nausea', 'fr'), ['nausea'], 'named in English on a French page');
  assert.equal(symptomsNamed('nausea', 'fr')[0]!.name, 'nausées (envie de vomir)', 'answered in French');
  assert.deepEqual(ids('PRRT'), []);
});

test('a symptom is found only in the cards’ own sentences, serious first, with the card’s frequency words', () => {
  const nausea = symptomsNamed('nausea')[0]!;
  const found = findSymptom(nausea, drugs);
  assert.ok(found.length > 0);
  for (const f of found) assert.match(f.text, /nausea/i, 'every finding is a sentence of the card that names it');
  assert.ok(found.some((f) => f.drug.id === 'octreotide' && f.relation === 'other' && /^Rarely/.test(f.text)), '"rarely" stays');
  const breath = findSymptom(symptomsNamed('short of breath')[0]!, drugs);
  assert.equal(breath[0]?.relation, 'serious');
  const hair = findSymptom(symptomsNamed('hair loss')[0]!, drugs);
  assert.deepEqual(hair, [], 'no card names it: nothing is made up');
  // French: the French cards' own sentences.
  const fr = dataFor<Drug[]>('fr', 'drugs')!;
  assert.ok(findSymptom(symptomsNamed('nausées', 'fr')[0]!, fr).every((f) => /naus/i.test(f.text)));
});

test('a name a website added is searched as the medicine’s own name, as whole words only', async () => {
  const { withBundledNames } = await import('../../src/content/asking.js');
  const added = new Map([['capecitabine', ['Xeloda']], ['octreotide', ['Octreo Pen']]]);
  const nameOf = (id: string) => ({ capecitabine: 'Capecitabine', octreotide: 'Octreotide' })[id];
  assert.equal(withBundledNames('what is XELODA?', added, nameOf), 'what is Capecitabine?');
  assert.equal(withBundledNames('octreo pen side effects', added, nameOf), 'Octreotide side effects');
  assert.equal(withBundledNames('Xelodas', added, nameOf), 'Xelodas', 'not inside another word');
  assert.equal(withBundledNames('Xeloda', new Map(), nameOf), 'Xeloda');
});
