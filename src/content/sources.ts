/** The five source pages (data/<locale>/sources.json), as the footer cites them, in each locale. */
import data from '../../data/en/sources.json';
import { dataFor, type Locale } from './locale-data.js';
import type { Source } from './schema.js';

/** The sources as the English content describes them. */
export const sources: readonly Source[] = data as Source[];

const indexes = new Map<readonly Source[], Map<string, Source>>();

/** The source with this id, described in `locale` (its region and date in that language), or undefined. */
export function getSource(id: string, locale: Locale = 'en'): Source | undefined {
  const list = dataFor<Source[]>(locale, 'sources') ?? sources;
  let byId = indexes.get(list);
  if (!byId) indexes.set(list, (byId = new Map(list.map((s) => [s.id, s]))));
  return byId.get(id);
}
