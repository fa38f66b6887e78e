/**
 * Works out which drug a card shows from its inputs (the `drug` name, a host's `.content` or child JSON script), or
 * the problem that stops it. Pure: the element calls it on every render.
 */
import type { Drug } from '../content/schema.js';
import { validateDrug } from '../content/validate.js';
import { readHostContent } from '../content/host-content.js';
import { drugs } from '../content/drugs.js';
import type { Problem } from '../shared/problem.js';
import { catalogueWith, type Catalogue } from './catalogue.js';
import type { Locale } from '../content/locale-data.js';
import type { DrugCardLabels } from './labels.js';
import { nameUsed, type NameUsed } from './names.js';
import { invalidContent, invalidJson, missingDrug, unknownDrug } from './problems.js';

export interface CardInput {
  /** The `drug` attribute. */
  drug: string;
  /** The `.content` property: an object (or JSON text) in the content format. Wins over the child script. */
  content: unknown;
  /** The text of a child `<script type="application/json">`, or null. */
  hostJson: string | null;
}

export type Resolved =
  | { ok: true; drug: Drug; isHost: boolean; nameUsed: NameUsed | null; catalogue: Catalogue }
  | { ok: false; problem: Problem };

const bundledIds = drugs.map((d) => d.id);

/**
 * The host's own card, read by the shared host-content reader (the `.content` property wins over the child script):
 * undefined when there is none, or the problem with it.
 */
function readHostCard(input: CardInput, labels: DrugCardLabels): { host?: Drug; problem?: Problem } {
  const read = readHostContent(
    [
      { label: 'content', input: input.content },
      { label: 'script', input: input.hostJson },
    ],
    { many: false, firstOnly: true, messages: labels, validate: (item) => validateDrug(item, { knownDrugIds: bundledIds }) },
  );
  if (read.errors.length) return { problem: (read.malformed ? invalidJson : invalidContent)(read.errors, labels) };
  return { host: read.entries[0] };
}

export function resolveCard(input: CardInput, labels: DrugCardLabels, locale: Locale = 'en'): Resolved {
  const { host, problem } = readHostCard(input, labels);
  if (problem) return { ok: false, problem };
  const catalogue = catalogueWith(host, locale);
  const query = (input.drug ?? '').trim();
  if (query === '') {
    if (host) return { ok: true, drug: host, isHost: true, nameUsed: null, catalogue };
    return { ok: false, problem: missingDrug(labels) };
  }
  const found = catalogue.find(query);
  if (!found.found) return { ok: false, problem: unknownDrug(query, found.suggestions, labels) };
  return { ok: true, drug: found.entry, isHost: found.entry === host, nameUsed: nameUsed(found.entry, query), catalogue };
}
