import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SOURCE_IDS } from '../../src/content/schema.js';
import { normaliseName } from '../../src/content/lookup.js';
import { drugNames } from '../../src/content/drugs.js';
import { treatmentNames } from '../../src/content/treatments.js';
import { foodNames } from '../../src/content/diet.js';
import { citedSources, readData, walk, type Loose } from './content-helpers.js';

const drugs = readData('drugs');
const treatments = readData('treatments');
const diet = readData('diet');
const sources = readData('sources');
const drugIds = new Set<string>(drugs.map((d: { id: string }) => d.id));

test('sources.json holds exactly the five source ids, and no invented web address', () => {
  assert.deepEqual(sources.map((s: { id: string }) => s.id).sort(), [...SOURCE_IDS].sort());
  for (const s of sources) assert.equal(s.url, undefined, `${s.id}: the pages give no address of their own`);
});

test('every cited source id is a real source', () => {
  const known = new Set(sources.map((s: { id: string }) => s.id));
  for (const [file, data] of [['drugs', drugs], ['treatments', treatments], ['diet', diet]] as const) {
    for (const { path, key, value } of walk(data)) {
      const ids = key === 'sources' ? (value as string[]) : key === 'source' || key === 'follows' ? [value as string] : [];
      for (const id of ids) assert.ok(known.has(id), `${file}.json ${path}: unknown source "${id}"`);
    }
  }
});

test('every section of every entry names at least one source', () => {
  for (const [file, data] of [['drugs', drugs], ['treatments', treatments], ['diet', diet]] as const) {
    for (const { path, value } of walk(data)) {
      if (value && typeof value === 'object' && !Array.isArray(value) && ('text' in value || 'items' in value || 'silent' in value)) {
        const s = (value as { sources?: unknown[] }).sources;
        assert.ok(Array.isArray(s) && s.length > 0, `${file}.json ${path}: no sources`);
      }
    }
  }
});

test('a note follows one of the sources it quotes, and quotes at least two', () => {
  for (const [file, data] of [['drugs', drugs], ['treatments', treatments], ['diet', diet]] as const) {
    for (const { path, key, value } of walk(data)) {
      if (key !== 'notes') continue;
      for (const [i, note] of (value as { positions: { source: string }[]; follows: string }[]).entries()) {
        const quoted = new Set(note.positions.map((p) => p.source));
        assert.ok(quoted.size >= 2, `${file}.json ${path}[${i}]: a disagreement needs two different sources`);
        assert.ok(quoted.has(note.follows), `${file}.json ${path}[${i}]: follows a source it does not quote`);
      }
    }
  }
});

test('every component, related drug and drug id exists', () => {
  for (const d of drugs) {
    for (const c of d.components ?? []) {
      assert.ok(drugIds.has(c), `drug ${d.id}: unknown component "${c}"`);
      assert.equal(drugs.find((x: { id: string }) => x.id === c).kind, 'drug', `drug ${d.id}: component "${c}" is itself a combination`);
    }
  }
  for (const t of treatments) for (const id of t.relatedDrugs) assert.ok(drugIds.has(id), `treatment ${t.id}: unknown drug "${id}"`);
  for (const s of diet.symptomControl) for (const id of s.drugIds) assert.ok(drugIds.has(id), `diet ${s.name}: unknown drug "${id}"`);
});

test('every drug is reachable from at least one treatment', () => {
  const related = new Set(treatments.flatMap((t: { relatedDrugs: string[] }) => t.relatedDrugs));
  for (const id of drugIds) assert.ok(related.has(id), `drug ${id} is in no treatment's relatedDrugs`);
});

test('ids are unique, and no name points at two entries', () => {
  const lists: [string, { id: string }[], (e: Loose) => string[]][] = [
    ['drugs', drugs, drugNames],
    ['treatments', treatments, treatmentNames],
    ['foods', diet.groups.flatMap((g: { foods: unknown[] }) => g.foods), foodNames],
    ['food groups', diet.groups, (g) => [g.id]],
  ];
  for (const [what, list, namesOf] of lists) {
    const ids = list.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, `${what}: duplicate id`);
    const owner = new Map<string, string>();
    for (const e of list) {
      for (const name of namesOf(e)) {
        const key = normaliseName(name);
        const other = owner.get(key);
        assert.ok(other === undefined || other === e.id, `${what}: "${name}" names both ${other} and ${e.id}`);
        owner.set(key, e.id);
      }
    }
  }
});

test('review dates are real dates, and the next review is twelve months on', () => {
  const entries = [...drugs, ...treatments, diet];
  for (const e of entries) {
    for (const field of ['reviewed', 'nextReview']) {
      const d = new Date(`${e[field]}T00:00:00Z`);
      assert.ok(!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === e[field], `${e.id}.${field}: not a real date`);
    }
    assert.ok(e.nextReview > e.reviewed, `${e.id}: nextReview is not after reviewed`);
    const due = new Date(`${e.reviewed}T00:00:00Z`);
    due.setUTCFullYear(due.getUTCFullYear() + 1);
    assert.equal(e.nextReview, due.toISOString().slice(0, 10), `${e.id}: the review policy is twelve months`);
  }
});

test('every entry cites at least one source overall', () => {
  for (const e of [...drugs, ...treatments, diet]) assert.ok(citedSources(e).size > 0, e.id);
});

test("a food's kinds are listed once, and none is a listed food's own name", () => {
  type Food = { id: string; name: string; otherNames?: string[]; kinds?: string[]; possibleKinds?: string[] };
  const foods: Food[] = diet.groups.flatMap((g: { foods: Food[] }) => g.foods);
  const ownName = new Map<string, string>();
  for (const f of foods) for (const n of [f.name, ...(f.otherNames ?? [])]) ownName.set(normaliseName(n), f.id);
  for (const f of foods) {
    const kinds = (f.kinds ?? []).map((n) => normaliseName(n));
    const possible = (f.possibleKinds ?? []).map((n) => normaliseName(n));
    assert.equal(new Set(kinds).size, kinds.length, `${f.id}: a kind is listed twice`);
    assert.equal(new Set(possible).size, possible.length, `${f.id}: a possible kind is listed twice`);
    for (const k of [...kinds, ...possible]) {
      assert.ok(!possible.includes(k) || !kinds.includes(k), `${f.id}: "${k}" is both a kind and a possible kind`);
      assert.equal(ownName.get(k), undefined, `${f.id}: kind "${k}" is the name of ${ownName.get(k)}; a food's name answers for itself`);
    }
  }
});

test('a name the sources use in two ways is not also listed as a plain brand or other name', () => {
  for (const d of drugs as { id: string; brandNames: string[]; otherNames: string[]; ambiguousNames?: { name: string }[] }[]) {
    const plain = new Set([...d.brandNames, ...d.otherNames].map((n) => normaliseName(n)));
    for (const a of d.ambiguousNames ?? []) assert.ok(!plain.has(normaliseName(a.name)), `${d.id}: "${a.name}"`);
  }
});
