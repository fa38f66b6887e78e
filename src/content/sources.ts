/** The five bundled source pages (data/en/sources.json), as the footer cites them. */
import data from '../../data/en/sources.json';
import type { Source } from './schema.js';

export const sources: readonly Source[] = data as Source[];

const byId = new Map(sources.map((s) => [s.id, s]));

/** The source with this id, or undefined. */
export function getSource(id: string): Source | undefined {
  return byId.get(id);
}
