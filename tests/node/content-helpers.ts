/** Shared helpers for the content tests: the bundled data as raw JSON, and a walker over cited sections. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
