/**
 * What a drug card shows, as a pure function of its inputs and the content: the drug, the name the reader used, the
 * sections to show and the sources they cite, or the problem that stops the card. Computed once per change of input.
 */
import type { Locale } from '../content/locale-data.js';
import type { Drug, Source } from '../content/schema.js';
import type { Problem } from '../shared/problem.js';
import type { Catalogue } from './catalogue.js';
import type { DrugCardLabels } from './labels.js';
import type { NameUsed } from './names.js';
import { unknownInList } from '../shared/inputs.js';
import { resolveCard, type CardInput } from './resolve.js';
import { footerSources, shownSections } from './section-content.js';
import { parseSections, SECTION_KEYS, type SectionKey } from './sections.js';

export interface DrugCardInput extends CardInput {
  /** The `sections` attribute. */
  sections: string;
}

export type DrugCardView =
  | { readonly problem: Problem; readonly warnings: readonly Problem[] }
  | {
      readonly problem: null;
      /** Unknown section keys, for the site owner. */
      readonly warnings: readonly Problem[];
      readonly drug: Drug;
      /** True when the drug is the host's own card. */
      readonly isHost: boolean;
      readonly nameUsed: NameUsed | null;
      readonly catalogue: Catalogue;
      /** The sections to show, in order: those asked for that this drug has. */
      readonly keys: readonly SectionKey[];
      /** The sources the shown sections cite, for the footer. */
      readonly sources: readonly Source[];
    };

export function drugCardView(input: DrugCardInput, labels: DrugCardLabels, locale: Locale = 'en'): DrugCardView {
  const { keys, unknown } = parseSections(input.sections);
  const unknownWarning = unknownInList('unknown-section', 'sections', unknown, SECTION_KEYS);
  const warnings = unknownWarning ? [unknownWarning] : [];
  const resolved = resolveCard(input, labels, locale);
  if (!resolved.ok) return { problem: resolved.problem, warnings };
  const { drug, catalogue } = resolved;
  const shown = shownSections(drug, keys, catalogue);
  return {
    problem: null,
    warnings,
    drug,
    isHost: resolved.isHost,
    nameUsed: resolved.nameUsed,
    catalogue,
    keys: shown,
    sources: footerSources(drug, shown, catalogue, locale),
  };
}
