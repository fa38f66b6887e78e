/**
 * The drugs a card can show: the bundled ones, with a host's own card replacing the bundled entry that has its id, or
 * added beside them. Without a host card this is simply the content module's lookup.
 */
import { combinationsContaining, drugNames, drugs, findDrug, getDrug } from '../content/drugs.js';
import { createLookup, type LookupResult } from '../content/lookup.js';
import type { Drug } from '../content/schema.js';

export interface Catalogue {
  find(query: string): LookupResult<Drug>;
  get(id: string): Drug | undefined;
  /** The combinations that include the drug with this id. */
  combinationsContaining(id: string): Drug[];
  /** The host's own card, if there is one. */
  readonly host?: Drug;
}

const bundled: Catalogue = { find: findDrug, get: getDrug, combinationsContaining };

/** The catalogue with `host` in it. The host's names come first, so its card wins a name that both use. */
export function catalogueWith(host: Drug | undefined): Catalogue {
  if (!host) return bundled;
  const entries = [host, ...drugs.filter((d) => d.id !== host.id)];
  const lookup = createLookup(entries, drugNames);
  return {
    host,
    find: (query) => lookup.find(query),
    get: (id) => entries.find((d) => d.id === id),
    combinationsContaining: (id) => entries.filter((d) => d.components?.includes(id) ?? false),
  };
}
