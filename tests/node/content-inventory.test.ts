/**
 * Coverage: every drug, combination, treatment and food the five source pages name, written out by hand from
 * reading the pages line by line, each with the page it appears in and the entry it must resolve to. The test fails
 * when a name is missing from data/, resolves to the wrong entry, or the entry does not cite that page; and when
 * data/ holds an entry that no page names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { drugs } from '../../src/content/drugs.js';
import { treatments } from '../../src/content/treatments.js';
import { foods } from '../../src/content/diet.js';
import { citedSources, findDrug, findFood, findTreatment } from './content-helpers.js';

type Row = [name: string, page: string, id: string];

const CCS = 'ccs-chemo';
const CCSO = 'ccs-chemo-older';
const IPSEN = 'ipsen-net-treatments';
const ACS = 'acs-gi-net-targeted';
const NETORG = 'net-org-carcinoid';

/** Drugs, with their brand names and other spellings as each page writes them. */
const DRUGS: Row[] = [
  // ccs-chemo: "Chemotherapy drugs used alone"
  ['capecitabine', CCS, 'capecitabine'],
  ['temozolomide', CCS, 'temozolomide'],
  ['streptozotocin', CCS, 'streptozocin'],
  ['5-fluorouracil', CCS, 'fluorouracil'],
  ['cisplatin', CCS, 'cisplatin'],
  ['carboplatin', CCS, 'carboplatin'],
  ['etoposide', CCS, 'etoposide'],
  ['doxorubicin', CCS, 'doxorubicin'],
  ['paclitaxel', CCS, 'paclitaxel'],
  // ccs-chemo-older
  ['streptozocin', CCSO, 'streptozocin'],
  ['Zanosar', CCSO, 'streptozocin'],
  ['5-fluorouracil', CCSO, 'fluorouracil'],
  ['Adrucil', CCSO, 'fluorouracil'],
  ['5-FU', CCSO, 'fluorouracil'],
  // ipsen-net-treatments
  ['interferon', IPSEN, 'interferon'],
  // acs-gi-net-targeted
  ['Cabozantinib', ACS, 'cabozantinib'],
  ['Cabometyx', ACS, 'cabozantinib'],
  ['Everolimus', ACS, 'everolimus'],
  ['Afinitor', ACS, 'everolimus'],
  ['Octreotide', ACS, 'octreotide'],
  ['Sandostatin', ACS, 'octreotide'],
  ['Sandostatin LAR Depot', ACS, 'octreotide'],
  ['Lanreotide', ACS, 'lanreotide'],
  ['Somatuline Depot', ACS, 'lanreotide'],
  // net-org-carcinoid
  ['loperamide', NETORG, 'loperamide'],
  ['diphenoxylate-atropine', NETORG, 'diphenoxylate-atropine'],
  ['Lutetium 177', NETORG, 'lutetium-177'],
  ['octreotide', NETORG, 'octreotide'],
  ['Sandostatin Depot', NETORG, 'octreotide'],
  ['Sandostatin LAR', NETORG, 'octreotide'],
  ['Bynfezia Pen', NETORG, 'octreotide'],
  ['lanreotide', NETORG, 'lanreotide'],
  ['Somatuline Depot', NETORG, 'lanreotide'],
  ['Telotristat ethyl', NETORG, 'telotristat-ethyl'],
  ['Xermelo', NETORG, 'telotristat-ethyl'],
  ['Interferon', NETORG, 'interferon'],
  ['capecitabine', NETORG, 'capecitabine'],
  ['temozolomide', NETORG, 'temozolomide'],
  ['5-fluorouracil', NETORG, 'fluorouracil'],
  ['5-FU', NETORG, 'fluorouracil'],
  ['streptozotocin', NETORG, 'streptozocin'],
  ['Doxorubicin', NETORG, 'doxorubicin'],
  ['dactinomycin', NETORG, 'dactinomycin'],
  ['dacarbazine', NETORG, 'dacarbazine'],
  ['sunitinib', NETORG, 'sunitinib'],
  ['Sutent', NETORG, 'sunitinib'],
  ['bevacizumab', NETORG, 'bevacizumab'],
  ['Avastin', NETORG, 'bevacizumab'],
  ['Sorafenib', NETORG, 'sorafenib'],
  ['Nexavar', NETORG, 'sorafenib'],
  ['everolimus', NETORG, 'everolimus'],
  ['Afinitor', NETORG, 'everolimus'],
];

/** Combinations of drugs given together. */
const COMBINATIONS: Row[] = [
  ['capecitabine and temozolomide', CCS, 'captem'],
  ['carboplatin and etoposide', CCS, 'carboplatin-etoposide'],
  ['carboplatin and paclitaxel', CCS, 'carboplatin-paclitaxel'],
  ['cisplatin and etoposide', CCS, 'cisplatin-etoposide'],
  ['streptozocin and 5-fluorouracil', CCSO, 'streptozocin-fluorouracil'],
  ['CAPTEM', NETORG, 'captem'],
  ['5-FU with streptozotocin', NETORG, 'streptozocin-fluorouracil'],
];

/** Treatment options, by the names each page gives them. */
const TREATMENTS: Row[] = [
  // ccs-chemo
  ['chemotherapy', CCS, 'chemotherapy'],
  ['neoadjuvant chemotherapy', CCS, 'chemotherapy'],
  ['adjuvant chemotherapy', CCS, 'chemotherapy'],
  ['chemoradiation', CCS, 'chemoradiation'],
  ['systemic chemotherapy', CCS, 'chemotherapy'],
  ['chemoembolization', CCS, 'chemoembolisation'],
  // ccs-chemo-older
  ['hepatic artery infusion', CCSO, 'hepatic-artery-infusion'],
  ['HAI', CCSO, 'hepatic-artery-infusion'],
  ['chemoembolization', CCSO, 'chemoembolisation'],
  ['palliative chemotherapy', CCSO, 'chemotherapy'],
  // ipsen-net-treatments
  ['surgery', IPSEN, 'surgery'],
  ['liver transplant', IPSEN, 'liver-surgery'],
  ['somatostatin analogues', IPSEN, 'somatostatin-analogues'],
  ['molecular targeted therapy', IPSEN, 'targeted-therapy'],
  ['PRRT', IPSEN, 'prrt'],
  ['peptide receptor radionuclide therapy', IPSEN, 'prrt'],
  ['targeted radionuclide therapy', IPSEN, 'prrt'],
  ['hormone-delivered radiotherapy', IPSEN, 'prrt'],
  ['chemotherapy', IPSEN, 'chemotherapy'],
  ['interferon', IPSEN, 'interferon-therapy'],
  ['biologic therapy', IPSEN, 'interferon-therapy'],
  ['immunotherapy', IPSEN, 'immunotherapy'],
  ['radiation therapy', IPSEN, 'radiation-therapy'],
  ['radiotherapy', IPSEN, 'radiation-therapy'],
  ['irradiation', IPSEN, 'radiation-therapy'],
  ['X-ray therapy', IPSEN, 'radiation-therapy'],
  ['external beam radiotherapy', IPSEN, 'radiation-therapy'],
  ['laboratory-made antibodies', IPSEN, 'antibody-therapy'],
  ['T-cell therapy', IPSEN, 't-cell-therapy'],
  ['treatments under development', IPSEN, 'clinical-trials'],
  // acs-gi-net-targeted
  ['targeted therapy', ACS, 'targeted-therapy'],
  ['somatostatin analogs', ACS, 'somatostatin-analogues'],
  // net-org-carcinoid
  ['debulking', NETORG, 'debulking-surgery'],
  ['surgery', NETORG, 'surgery'],
  ['anti-diarrheal medications', NETORG, 'anti-diarrhoea-medicines'],
  ['diet and medication adjustments', NETORG, 'diet-and-medication-changes'],
  ['palliative therapy', NETORG, 'palliative-care'],
  ['supportive care', NETORG, 'palliative-care'],
  ['PRRT', NETORG, 'prrt'],
  ['somatostatin analogs', NETORG, 'somatostatin-analogues'],
  ['SSA', NETORG, 'somatostatin-analogues'],
  ['telotristat ethyl', NETORG, 'telotristat'],
  ['clinical trials', NETORG, 'clinical-trials'],
  ['biologic therapy', NETORG, 'interferon-therapy'],
  ['interferon', NETORG, 'interferon-therapy'],
  ['chemotherapy', NETORG, 'chemotherapy'],
  ['immunotherapy', NETORG, 'immunotherapy'],
  ['PD-1 inhibitors', NETORG, 'immunotherapy'],
  ['radiation therapy', NETORG, 'radiation-therapy'],
  ['internal radiation', NETORG, 'internal-radiation-therapy'],
  ['targeted therapy', NETORG, 'targeted-therapy'],
  ['angiogenesis inhibitors', NETORG, 'angiogenesis-inhibitors'],
  ['tyrosine kinase inhibitors', NETORG, 'tyrosine-kinase-inhibitors'],
  ['TKI', NETORG, 'tyrosine-kinase-inhibitors'],
  ['mTOR inhibitors', NETORG, 'mtor-inhibitors'],
];

/** Foods to avoid (net-org-carcinoid, "Diet and Medication Adjustments"), with the group each belongs to. */
const FOODS: Row[] = [
  ['fatty meats', NETORG, 'amines-and-adrenaline-like/fatty-meats'],
  ['smoked fish', NETORG, 'amines-and-adrenaline-like/smoked-or-salted-fish'],
  ['salted fish', NETORG, 'amines-and-adrenaline-like/smoked-or-salted-fish'],
  ['aged cheeses', NETORG, 'amines-and-adrenaline-like/aged-cheeses'],
  ['chocolate', NETORG, 'amines-and-adrenaline-like/chocolate'],
  ['red wine', NETORG, 'alcohol/red-wine'],
  ['alcohol', NETORG, 'alcohol/alcoholic-drinks'],
  ['eggs', NETORG, 'high-serotonin/eggs'],
  ['cheese', NETORG, 'high-serotonin/cheese'],
  ['pineapple', NETORG, 'high-serotonin/pineapple'],
  ['nuts', NETORG, 'high-serotonin/nuts'],
  ['bananas', NETORG, 'high-serotonin/bananas'],
  ['tomatoes', NETORG, 'high-serotonin/tomatoes'],
  ['kiwi fruit', NETORG, 'high-serotonin/kiwi-fruit'],
  ['plums', NETORG, 'high-serotonin/plums'],
];

function check<T>(rows: Row[], find: (q: string) => { found: true; entry: T } | { found: false; suggestions: string[] }, idOf: (e: T) => string, sourcesOf: (e: T) => Set<string>) {
  const problems: string[] = [];
  for (const [name, page, id] of rows) {
    const r = find(name);
    if (!r.found) problems.push(`"${name}" (${page}) is missing; close names: ${r.suggestions.join(', ')}`);
    else if (idOf(r.entry) !== id) problems.push(`"${name}" (${page}) finds ${idOf(r.entry)}, not ${id}`);
    else if (!sourcesOf(r.entry).has(page)) problems.push(`"${name}": ${id} does not cite ${page}, where it is named`);
  }
  return problems;
}

const drugId = (d: (typeof drugs)[number]) => d.id;

test('every drug the pages name is in drugs.json, under the right entry, citing that page', () => {
  assert.deepEqual(check(DRUGS, findDrug, drugId, citedSources), []);
});

test('every combination the pages name is in drugs.json, as a combination', () => {
  assert.deepEqual(check(COMBINATIONS, findDrug, drugId, citedSources), []);
  for (const [name] of COMBINATIONS) {
    const r = findDrug(name);
    assert.ok(r.found && r.entry.kind === 'combination', name);
  }
});

test('every treatment the pages name is in treatments.json, citing that page', () => {
  assert.deepEqual(check(TREATMENTS, findTreatment, (t) => t.id, citedSources), []);
});

test('every food the diet page names is in diet.json, in its group', () => {
  assert.deepEqual(
    check(FOODS, findFood, (f) => `${f.group.id}/${f.food.id}`, (f) => new Set(f.food.sources)),
    [],
  );
});

test('data/ holds nothing that no page names', () => {
  const named = (rows: Row[], find: (q: string) => { found: boolean; entry?: { id?: string } }) =>
    new Set(rows.map(([n]) => find(n)).map((r) => (r.found ? r.entry!.id : '')));
  const drugHits = named([...DRUGS, ...COMBINATIONS], findDrug as never);
  assert.deepEqual(drugs.filter((d) => !drugHits.has(d.id)).map((d) => d.id), []);
  const treatmentHits = named(TREATMENTS, findTreatment as never);
  assert.deepEqual(treatments.filter((t) => !treatmentHits.has(t.id)).map((t) => t.id), []);
  const foodHits = new Set(FOODS.map(([n]) => findFood(n)).map((r) => (r.found ? r.entry.food.id : '')));
  assert.deepEqual(foods.filter((f) => !foodHits.has(f.food.id)).map((f) => f.food.id), []);
  console.log(
    `inventory: ${drugs.filter((d) => d.kind === 'drug').length} drugs, ${drugs.filter((d) => d.kind === 'combination').length} combinations, ` +
      `${treatments.length} treatments, ${foods.length} foods`,
  );
});
