/** Shared helpers for the content tests: the bundled data as raw JSON, and a walker over cited sections. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLookup, type LookupResult } from '../../src/content/lookup.js';
import { drugCatalogue } from '../../src/content/drugs.js';
import { treatmentNames, treatments } from '../../src/content/treatments.js';
import { foodNames, foods, type FoodInGroup } from '../../src/content/diet.js';
import type { Drug, Treatment } from '../../src/content/schema.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Data as the tests handle it: read from JSON and broken on purpose, so loosely typed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

/** A bundled data file, read fresh from disk (so a test may break a copy without touching the modules' data). */
export function readData(name: 'drugs' | 'treatments' | 'diet' | 'sources'): Loose {
  return JSON.parse(readFileSync(new URL(`../../data/en/${name}.json`, import.meta.url), 'utf8'));
}

/** Every value under `node`, with its path (`[3].sideEffects.common.items[0]`). */
export function* walk(node: unknown, path = ''): Generator<{ path: string; key: string | number; value: unknown; parent: unknown }> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      yield { path: `${path}[${i}]`, key: i, value: node[i], parent: node };
      yield* walk(node[i], `${path}[${i}]`);
    }
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      const at = path ? `${path}.${key}` : key;
      yield { path: at, key, value, parent: node };
      yield* walk(value, at);
    }
  }
}

/** Every source id cited anywhere in an entry (sections, foods, notes). */
export function citedSources(entry: unknown): Set<string> {
  const out = new Set<string>();
  for (const { key, value } of walk(entry)) {
    if (key === 'sources' && Array.isArray(value)) for (const id of value) out.add(id);
    if ((key === 'source' || key === 'follows') && typeof value === 'string') out.add(value);
  }
  return out;
}

// ---- looking content up by name, as a reader would type it --------------------------------------------------------
// The widgets look names up through their own views (the drug card's catalogue, the list's search index, the diet
// guide's food search); the content tests check every name the data gives resolves to its entry, with these.

/** An English drug or combination by any name ("Afinitor", "5-FU", "CAPTEM"), as the drug card finds it. */
export const findDrug = (query: string): LookupResult<Drug> => drugCatalogue('en').find(query);

const treatmentLookup = createLookup(treatments, treatmentNames);
/** A treatment by any of its names ("PRRT", "radiotherapy"), or close names. */
export const findTreatment = (query: string): LookupResult<Treatment> => treatmentLookup.find(query);

const foodLookup = createLookup(foods, ({ food }) => foodNames(food));
/** A food ("banana", "Kiwi fruit") with its group, or close names. */
export const findFood = (query: string): LookupResult<FoodInGroup> => foodLookup.find(query);
