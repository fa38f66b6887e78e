// The treatment list's view and the functions it is made of are pure (inputs and content in, plain data out), so they
// are tested here, in Node, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import '../locales/fr.js';
import '../locales/es.js';
import ui from '../../data/en/ui-treatment-list.json';
import frUi from '../../data/fr/ui-treatment-list.json';
import esUi from '../../data/es/ui-treatment-list.json';
import drugCardUi from '../../data/en/ui-drug-card.json';
import {
  buildSearchIndex,
  buildSentenceIndex,
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
import { treatments, treatmentsIn } from '../content/treatments.js';

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

// ---- patients' own words (issue 27) -------------------------------------------------------------------------

/** The view of a query on a page in `locale` (French and Spanish are loaded above). */
const viewOf = (query: string, locale: 'en' | 'fr' | 'es' = 'en') =>
  treatmentListView({ ...input, query }, locale, { treatments: treatmentsIn(locale), drugIds: content.drugIds });
const foundIn = (query: string, locale: 'en' | 'fr' | 'es') => {
  const view = viewOf(query, locale);
  return view.model.entries.filter((entry) => view.result.shown[entry.index]).map((entry) => entry.treatment.id);
};

test('treatment list search: a question finds what its subject finds, and the count names the subject', () => {
  assert.deepEqual(found('what is PRRT'), found('PRRT'));
  assert.deepEqual(found('What is PRRT?'), ['prrt']);
  assert.equal(viewOf('what is PRRT').count, '1 treatment matches “PRRT”');
  assert.equal(viewOf('PRRT').count, '1 treatment matches “PRRT”');
  const surgery = found('surgery');
  assert.ok(surgery.includes('surgery') && surgery.includes('liver-surgery'));
  assert.deepEqual(found('tell me about surgery'), surgery);
  assert.deepEqual(foundIn('¿Qué es la PRRT?', 'es'), ['prrt']);
  assert.deepEqual(foundIn('qu’est-ce que la PRRT', 'fr'), ['prrt']);
});

test('treatment list search: everyday names reach Chemotherapy, whose own sentence says it can be a pill or capsule, and nothing else', () => {
  const says: Record<string, RegExp> = { en: /chemotherapy comes as a pill or capsule/i, fr: /chimiothérapies se prennent en comprimé ou en capsule/i, es: /quimioterapias vienen en pastilla o cápsula/i };
  for (const locale of ['en', 'fr', 'es'] as const) {
    const chemo = treatmentsIn(locale).find((t) => t.id === 'chemotherapy')!;
    assert.ok(chemo.howDone.items!.some((item) => says[locale]!.test(item)), `${locale}: the Chemotherapy option says so`);
  }
  for (const [query, locale] of [
    ['chemo pills', 'en'],
    ['chemo tablets', 'en'],
    ['Chemo capsules', 'en'],
    ['chimio en comprimés', 'fr'],
    ['chimio comprimé', 'fr'],
    ['quimio pastillas', 'es'],
    ['quimio en pastillas', 'es'],
  ] as const) {
    // Targeted therapy says that it works unlike chemotherapy, and elsewhere that its drugs are tablets: not a match.
    assert.deepEqual(foundIn(query, locale), ['chemotherapy'], `${locale}: ${query}`);
  }
});

test('treatment list search: all the terms in one sentence of an option, or in its names', () => {
  const index = buildSentenceIndex([
    [['targeted'], ['unlike', 'chemotherapy'], ['tablets']],
    [['chemotherapy'], ['vein'], ['some', 'comes', 'as', 'a', 'pill']],
    [['other'], ['chemotherapy', 'or', 'a', 'pill']],
  ]);
  assert.deepEqual([...searchIndex(index, [['chemo'], ['pill', 'tablet']])!], [0, 1, 1]);
  assert.deepEqual([...searchIndex(index, [['pill', 'tablet']])!], [1, 1, 1], 'one term: anywhere');
  assert.deepEqual([...searchIndex(index, [['chemo']], true)!], [0, 1, 0], 'in the names only');
  // An entry of more than 31 sentences: its last ones count as one, and still match.
  const long = buildSentenceIndex([[['long'], ...Array.from({ length: 40 }, (_, i) => [`w${i}`]), ['a', 'b']]]);
  assert.deepEqual([...searchIndex(long, 'a b')!], [1]);
  assert.deepEqual([...searchIndex(long, 'w1 w2')!], [0]);
});

test('a symptom: the cards’ sentences that name it, serious first, with the card’s words and a hedge last', () => {
  const nausea = viewOf('nausea');
  assert.equal(nausea.answers.length, 1);
  const [answer] = nausea.answers;
  assert.equal(answer!.heading, 'Nausea (feeling sick) and the medicines in our sources');
  const cabozantinib = answer!.lines.find((l) => l.drug.id === 'cabozantinib')!;
  assert.equal(cabozantinib.relation, 'common');
  assert.equal(`${cabozantinib.lead[0]}${cabozantinib.drug.name}${cabozantinib.lead[1]}`, 'Nausea (feeling sick) is a common side effect of Cabozantinib. Our information on it says:');
  const octreotide = answer!.lines.find((l) => l.drug.id === 'octreotide')!;
  assert.equal(octreotide.relation, 'other');
  assert.match(octreotide.quote, /^“Rarely: /, 'the card’s frequency word stays');
  assert.doesNotMatch(`${octreotide.lead.join('')}`, /common/, 'not called common');
  assert.equal(answer!.hedge, ui.answerHedge);
  assert.match(nausea.announce, /nausea/);
  // Serious first, with the card's urgent advice; then common.
  const pressure = viewOf('high blood pressure').answers[0]!;
  assert.deepEqual(pressure.lines.map((l) => l.relation), ['serious', 'common']);
  assert.match(pressure.lines[0]!.quote, /rare, but serious: Very high blood pressure/);
  assert.equal(viewOf('bleeding').urgent.heading, drugCardUi.urgentHeading);
  // What a medicine causes and what it treats, apart: side effects first, then uses.
  const diarrhoea = viewOf('diarrhea').answers[0]!;
  const relations = diarrhoea.lines.map((l) => l.relation);
  assert.ok(relations.includes('common') && relations.includes('use'));
  assert.deepEqual(relations, [...relations].sort((a, b) => ['serious', 'common', 'other', 'use'].indexOf(a) - ['serious', 'common', 'other', 'use'].indexOf(b)));
  for (const line of diarrhoea.lines.filter((l) => l.relation === 'use')) assert.match(line.lead.join(line.drug.name), /used for/);
  // The options whose own text names it still show ("diarrhea" finds what "diarrhoea" finds: the medicines that ease it).
  assert.ok(found('diarrhea').includes('somatostatin-analogues'));
  assert.deepEqual(found('loose stools'), found('diarrhoea'), 'the everyday name finds the options that name the symptom');
  // "sick" names two symptoms; "feeling sick" one.
  assert.deepEqual(viewOf('sick').answers.map((a) => a.symptom.id), ['nausea', 'vomiting']);
  assert.deepEqual(viewOf('feeling sick').answers.map((a) => a.symptom.id), ['nausea']);
});

test('a symptom no card names: our sources do not list it, which does not mean none causes it', () => {
  const [hair] = viewOf('hair loss').answers;
  assert.deepEqual(hair!.lines, []);
  assert.equal(hair!.hedge, ui.answerNotListed);
  assert.match(ui.answerNotListed, /does not mean/);
  // Only what medicines are used for: still not a side effect that our sources list.
  const [flushing] = viewOf('flushing').answers;
  assert.ok(flushing!.lines.length > 0 && flushing!.lines.every((l) => l.relation === 'use'));
  assert.equal(flushing!.hedge, ui.answerNotListed);
  assert.deepEqual(viewOf('PRRT').answers, []);
});

test('a symptom in French and Spanish: the cards’ own sentences in that language', () => {
  const [fr] = viewOf('nausées', 'fr').answers;
  assert.ok(fr!.lines.some((l) => l.drug.id === 'octreotide' && /^«\u00a0Rarement/.test(l.quote)));
  assert.equal(fr!.hedge, frUi.answerHedge);
  const [es] = viewOf('náuseas', 'es').answers;
  assert.ok(es!.lines.some((l) => l.drug.id === 'cabozantinib' && l.relation === 'common'));
  assert.equal(es!.hedge, esUi.answerHedge);
  assert.match(viewOf('náuseas', 'es').count, /náuseas/);
});

test('a question about food points to the diet guide, not a question about a treatment', () => {
  const cheese = viewOf('can I eat cheese');
  assert.equal(cheese.food, 'cheese');
  assert.equal(cheese.announce, ui.foodAnnounce);
  assert.equal(viewOf('Can I drink a glass of wine?').food, 'wine');
  assert.equal(viewOf('puis-je manger du fromage affiné ?', 'fr').food, 'fromage affiné');
  assert.equal(viewOf('¿puedo comer queso curado?', 'es').food, 'queso curado');
  assert.equal(viewOf('can I have surgery').food, null, 'a treatment’s name');
  assert.equal(viewOf('can I have octreotide').food, null, 'a medicine’s name');
  assert.equal(viewOf('cheese').food, null, 'no question');
});

test('a question about a medicine’s side effects offers its card, where a card can open', () => {
  const withCards = (query: string, locale: 'en' | 'fr' | 'es' = 'en') =>
    treatmentListView({ ...input, query, drugCards: true }, locale, { treatments: treatmentsIn(locale), drugIds: content.drugIds });
  const octreotide = withCards('octreotide side effects');
  assert.deepEqual(octreotide.medicine?.drug, { id: 'octreotide', name: 'Octreotide' });
  assert.equal(octreotide.medicine!.lead.join('Octreotide'), 'Read what our sources say about Octreotide and its side effects.');
  assert.equal(octreotide.announce, 'Our information on Octreotide is shown first.');
  assert.ok(found('octreotide side effects').includes('somatostatin-analogues'), 'the options that use it still show');
  assert.equal(withCards('side effects of Afinitor').medicine?.drug.id, 'everolimus', 'a brand name');
  assert.equal(withCards('effets secondaires de l’octréotide', 'fr').medicine?.drug.id, 'octreotide');
  assert.equal(viewOf('octreotide side effects').medicine, null, 'no card can open');
  assert.equal(withCards('octreotide').medicine, null, 'not a question about side effects');
  assert.equal(withCards('surgery side effects').medicine, null, 'not a medicine');
});

test('treatment list view: an option’s question, its key and the option it names again', async () => {
  const { optionQuestion, optionQuestionKey, idFromQuestionKey } = await import('./treatment-list.view.js');
  const { treatmentsIn } = await import('../content/treatments.js');
  const surgery = treatmentsIn('en').find((t) => t.id === 'surgery')!;
  assert.deepEqual(optionQuestion(surgery, 'en'), {
    key: 'option:surgery:',
    kind: 'option',
    entryId: 'surgery',
    lang: 'en',
    text: 'Could surgery be an option for me?',
  });
  assert.equal(idFromQuestionKey(optionQuestionKey('prrt')), 'prrt');
  assert.equal(idFromQuestionKey('food:cheese:'), null);
  for (const locale of ['en', 'fr', 'es'] as const) {
    for (const t of treatmentsIn(locale)) {
      const q = optionQuestion(t, locale);
      assert.equal(q.lang, locale);
      assert.match(q.text, /\?$/, `${locale} ${t.id}: ${q.text}`);
    }
  }
});
