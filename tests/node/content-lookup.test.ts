import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLookup, normaliseName } from '../../src/content/lookup.js';
import { combinationsContaining, getDrug } from '../../src/content/drugs.js';
import { findDrug, findFood, findTreatment } from './content-helpers.js';

function drugIdOf(query: string): string | undefined {
  const r = findDrug(query);
  return r.found ? r.entry.id : undefined;
}

test('brand names, other spellings and abbreviations find the same drug', () => {
  const cases: [string, string][] = [
    ['Afinitor', 'everolimus'],
    ['streptozotocin', 'streptozocin'],
    ['Zanosar', 'streptozocin'],
    ['5-FU', 'fluorouracil'],
    ['5 fu', 'fluorouracil'],
    ['5fu', 'fluorouracil'],
    ['5-Fluorouracil', 'fluorouracil'],
    ['Adrucil', 'fluorouracil'],
    ['CAPTEM', 'captem'],
    ['capecitabine + temozolomide', 'captem'],
    ['Capecitabine and Temozolomide', 'captem'],
    ['Sandostatin LAR Depot', 'octreotide'],
    ['Bynfezia Pen™', 'octreotide'],
    ['Somatuline Depot', 'lanreotide'],
    ['Xermelo', 'telotristat-ethyl'],
    ['Cabometyx', 'cabozantinib'],
    ['Sutent', 'sunitinib'],
    ['Nexavar', 'sorafenib'],
    ['Avastin', 'bevacizumab'],
    ['streptozotocin + 5-FU', 'streptozocin-fluorouracil'],
    ['Lutetium 177', 'lutetium-177'],
    ['temozolomide and capecitabine', 'captem'],
    ['5-FU with streptozotocin', 'streptozocin-fluorouracil'],
    ['etoposide + cisplatin', 'cisplatin-etoposide'],
  ];
  for (const [query, id] of cases) assert.equal(drugIdOf(query), id, query);
});

test('case, accents, spaces, hyphens and dots do not matter', () => {
  for (const q of ['EVEROLIMUS', '  everolimus ', 'Évérolimus', 'ever-olimus', 'everolimus.']) assert.equal(drugIdOf(q), 'everolimus', q);
  assert.equal(normaliseName('5-FU'), normaliseName('5 f.u.'));
  assert.equal(normaliseName('Diphenoxylate/Atropine'), normaliseName('diphenoxylate-atropine'));
});

test('an unknown or misspelt name gives suggestions, not an error', () => {
  const r = findDrug('Octreotid');
  assert.equal(r.found, false);
  assert.ok(!r.found && r.suggestions.includes('Octreotide'), JSON.stringify(r));
  const typo = findDrug('evrolimus');
  assert.ok(!typo.found && typo.suggestions[0] === 'Everolimus', JSON.stringify(typo));
  const prefix = findDrug('carbo');
  assert.ok(!prefix.found && prefix.suggestions.includes('Carboplatin'), JSON.stringify(prefix));
  const nonsense = findDrug('qwertyuiop');
  assert.deepEqual(nonsense, { found: false, suggestions: [] });
  const empty = findDrug('   ');
  assert.deepEqual(empty, { found: false, suggestions: [] });
  // Never throws, whatever a host passes.
  assert.doesNotThrow(() => findDrug(undefined as unknown as string));
});

test('"did you mean" offers only names a few letters away, never unrelated drugs', () => {
  for (const q of ['aspirin', 'ibuprofen', 'paracetamol', 'tamoxifen', 'insulin', 'morphine']) {
    assert.deepEqual(findDrug(q), { found: false, suggestions: [] }, q);
  }
  const swapped = findDrug('Sutnet');
  assert.ok(!swapped.found && swapped.suggestions[0] === 'Sutent', JSON.stringify(swapped));
  assert.ok(!findDrug('Octerotide').found);
});

test('a drug is found by its first word when no other drug has it ("diphenoxylate")', () => {
  assert.equal(drugIdOf('diphenoxylate'), 'diphenoxylate-atropine');
  assert.equal(drugIdOf('Somatuline'), 'lanreotide');
  assert.equal(drugIdOf('Bynfezia'), 'octreotide');
  assert.equal(drugIdOf('telotristat'), 'telotristat-ethyl');
  // A first word that is itself a drug finds that drug, not the combinations that start with it.
  assert.equal(drugIdOf('carboplatin'), 'carboplatin');
  // The first word must be the reader's whole query and one drug's alone.
  assert.equal(drugIdOf('atropine'), undefined);
});

test('a name that the sources use in two ways still finds the drug', () => {
  assert.equal(drugIdOf('Sandostatin Depot'), 'octreotide');
});

test('combinationsContaining is derived from components', () => {
  const ids = (id: string) => combinationsContaining(id).map((d) => d.id).sort();
  assert.deepEqual(ids('capecitabine'), ['captem']);
  assert.deepEqual(ids('etoposide'), ['carboplatin-etoposide', 'cisplatin-etoposide']);
  assert.deepEqual(ids('carboplatin'), ['carboplatin-etoposide', 'carboplatin-paclitaxel']);
  assert.deepEqual(ids('fluorouracil'), ['streptozocin-fluorouracil']);
  assert.deepEqual(ids('everolimus'), []);
  assert.equal(getDrug('captem')?.name, 'CAPTEM');
  assert.equal(getDrug('nope'), undefined);
});

test('treatments and foods are found by the names readers use', () => {
  const t = (q: string) => {
    const r = findTreatment(q);
    return r.found ? r.entry.id : undefined;
  };
  assert.equal(t('PRRT'), 'prrt');
  assert.equal(t('radiotherapy'), 'radiation-therapy');
  assert.equal(t('chemoembolization'), 'chemoembolisation');
  assert.equal(t('SSA'), 'somatostatin-analogues');
  assert.equal(t('somatostatin analogs'), 'somatostatin-analogues');
  assert.equal(t('TKI'), 'tyrosine-kinase-inhibitors');
  assert.equal(t('supportive care'), 'palliative-care');
  const f = (q: string) => {
    const r = findFood(q);
    return r.found ? `${r.entry.group.id}/${r.entry.food.id}` : undefined;
  };
  assert.equal(f('banana'), 'high-serotonin/bananas');
  assert.equal(f('Bananas'), 'high-serotonin/bananas');
  assert.equal(f('kiwi'), 'high-serotonin/kiwi-fruit');
  assert.equal(f('aged cheese'), 'amines-and-adrenaline-like/aged-cheeses');
  assert.equal(f('red wine'), 'alcohol/red-wine');
  const miss = findFood('tomatos');
  assert.ok(!miss.found && miss.suggestions.includes('Tomatoes'), JSON.stringify(miss));
});

test('createLookup works on any entries; the first entry to claim a name keeps it', () => {
  const lookup = createLookup(
    [
      { id: 'a', names: ['Alpha', 'First'] },
      { id: 'b', names: ['Beta', 'first'] },
    ],
    (e) => e.names,
  );
  const r = lookup.find('FIRST');
  assert.ok(r.found && r.entry.id === 'a');
  assert.equal(lookup.all.length, 2);
  const s = lookup.find('Alpga');
  assert.ok(!s.found && s.suggestions[0] === 'Alpha');
});

test('a lookup reads the names only when a name is first looked up, and once', () => {
  let reads = 0;
  const lookup = createLookup([{ id: 'a', names: ['Alpha'] }], (e) => (reads++, e.names));
  assert.equal(reads, 0, 'making the lookup reads no names');
  assert.equal(lookup.find('').found, false);
  assert.equal(reads, 0, 'an empty query reads no names');
  assert.ok(lookup.find('alpha').found);
  assert.ok(!lookup.find('alpga').found);
  assert.equal(reads, 1, 'the names were read once, for the first real query');
});
