/**
 * What the treatment list shows, as a pure function of its inputs, the content and the previous view: the host's
 * valid entries and the notice about the invalid ones, the model (options grouped by category, with their search
 * index), what the search and filters leave, and the context every option renders with. Each part is computed again
 * only when its own inputs change, so a keystroke costs a filter, not a model, and rows keep their context (their
 * `guard` holds).
 */
import { TREATMENT_CATEGORIES, type Treatment, type TreatmentCategory } from '../content/schema.js';
import { format, type CommonLabels, type Locale } from '../shared/i18n.js';
import { unknownInList } from '../shared/inputs.js';
import type { Problem } from '../shared/problem.js';
import { parseCategories } from './categories.js';
import { filterModel, type FilterResult } from './filter.js';
import { readHostEntries, type HostEntries } from './host-entries.js';
import { pluralForm, type TreatmentListLabels } from './labels.js';
import { buildModel, type ListModel } from './model.js';
import type { OptionContext } from './option.js';

export interface TreatmentListInput {
  categories: string;
  /** The `entries` property. */
  entries: unknown;
  /** The text of a child JSON script, or null. */
  hostJson: string | null;
  query: string;
  filters: ReadonlySet<TreatmentCategory>;
  labels: TreatmentListLabels;
  common: CommonLabels;
  locale: Locale;
  /** The level of each option's heading. */
  optionLevel: number;
  /** True while the page prints every option in full. */
  printingAll: boolean;
  /** Today (YYYY-MM-DD): an option's "due for review" notice depends on it, so its rows render again when it changes. */
  today: string;
}

export interface TreatmentListContent {
  treatments: readonly Treatment[];
  drugIds: readonly string[];
}

interface Shown {
  readonly problem: null;
  /** Unknown category ids, for the site owner. */
  readonly warnings: readonly Problem[];
  readonly notices: readonly Problem[];
  readonly host: HostEntries;
  readonly model: ListModel;
  readonly result: FilterResult;
  readonly ctx: OptionContext;
  /** True when a search or a filter narrows the list. */
  readonly filtering: boolean;
  /** What each part was computed from, to tell whether the next view can reuse it. */
  readonly from: { host: readonly unknown[]; model: readonly unknown[]; result: readonly unknown[]; ctx: readonly unknown[] };
}

export type TreatmentListView = { readonly problem: Problem; readonly notices?: undefined } | Shown;

const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && a.length === b.length && a.every((x, i) => x === b[i]);

export function treatmentListView(
  input: TreatmentListInput,
  content: TreatmentListContent,
  previous: TreatmentListView | null,
): TreatmentListView {
  const { labels } = input;
  const parsed = parseCategories(input.categories);
  const unknownWarning = unknownInList(
    'unknown-category',
    'categories',
    parsed.unknown,
    TREATMENT_CATEGORIES,
  );
  const prev = previous && !previous.problem ? previous : null;

  const hostFrom = [input.entries, input.hostJson, labels];
  const host = same(prev?.from.host, hostFrom)
    ? prev!.host
    : readHostEntries(
        [
          { label: 'entries', input: input.entries },
          { label: 'script', input: input.hostJson },
        ],
        labels,
        { knownDrugIds: content.drugIds },
      );

  const modelFrom = [content.treatments, host.entries, parsed.categories.join(), labels];
  const model = same(prev?.from.model, modelFrom)
    ? prev!.model
    : buildModel(content.treatments, host.entries, parsed.categories, labels, input.locale);

  const resultFrom = [model, input.query, input.filters];
  const result = same(prev?.from.result, resultFrom) ? prev!.result : filterModel(model, input.query, input.filters);

  const ctxFrom = [labels, input.common, input.locale, input.optionLevel, input.printingAll, input.today];
  const ctx: OptionContext = same(prev?.from.ctx, ctxFrom)
    ? prev!.ctx
    : { labels, common: input.common, locale: input.locale, level: input.optionLevel, printing: input.printingAll };

  const notices: Problem[] = host.errors.length
    ? [
        {
          code: 'invalid-content',
          message: format(pluralForm(labels.hostProblem, host.errors.length, input.locale), { count: host.errors.length }),
          details: host.errors,
          fix: labels.hostProblemFix,
        },
      ]
    : [];

  return {
    problem: null,
    warnings: unknownWarning ? [unknownWarning] : [],
    notices: prev && same(prev.from.host, hostFrom) ? prev.notices : notices,
    host,
    model,
    result,
    ctx,
    filtering: input.query.trim() !== '' || input.filters.size > 0,
    from: { host: hostFrom, model: modelFrom, result: resultFrom, ctx: ctxFrom },
  };
}
