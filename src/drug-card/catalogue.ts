/**
 * The drugs a card can show, in its locale: the bundled ones, with a host's own card replacing the bundled entry that
 * has its id, or added beside them. Without a host card this is simply the content module's catalogue.
 */
import { catalogueOf, drugCatalogue, type DrugCatalog } from '../content/drugs.js';
import type { Locale } from '../content/locale-data.js';
import type { Drug } from '../content/schema.js';

export interface Catalogue extends DrugCatalog {
  /** The host's own card, if there is one. */
  readonly host?: Drug;
}

/** The catalogue in `locale` with `host` in it. The host's names come first, so its card wins a name that both use. */
export function catalogueWith(host: Drug | undefined, locale: Locale): Catalogue {
  const bundled = drugCatalogue(locale);
  if (!host) return bundled;
  return { ...catalogueOf(bundled.locale, [host, ...bundled.drugs.filter((d) => d.id !== host.id)]), host };
}
