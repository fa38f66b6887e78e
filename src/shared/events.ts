/**
 * Every event the widgets fire, in one place: its name, its `detail` type, whether a host may cancel it, which
 * widgets fire it and its React prop. `NetElement.emit()` fires them (bubbling and composed, cancelable as listed
 * here) and src/react.ts makes the wrappers' `on*` props from this table.
 */
import type { FoodSearchResult } from '../content/food-search.js';
import type { TreatmentCategory } from '../content/schema.js';
import type { Problem } from './problem.js';
import type { SavedQuestion } from './questions-store.js';
import { WIDGET_TAGS, type NetTag } from './widgets.js';

/**
 * The `detail` of `net-drug-select`, fired by the treatment list and the diet guide when the reader asks for a drug's
 * card. Cancelable: a host that calls `preventDefault()` shows the drug itself; otherwise the widget opens
 * `<net-drug-card>` in place.
 */
export interface DrugSelectDetail {
  /** Id of the medicine the reader chose (an id in data/en/drugs.json). */
  drugId: string;
}

/** The `detail` of `net-filter-change`: the treatment list's search text and category filters after a change. */
export interface FilterChangeDetail {
  /** The search text, as typed. */
  query: string;
  /** The category filters that are on; empty means every category. */
  categories: TreatmentCategory[];
}

/** What a diet guide search found. */
export type { FoodSearchResult };

/** A question in the reader's list. */
export type { SavedQuestion };

/** The `detail` of `net-food-search`: what the reader searched for and what the guide answered. Nothing is stored. */
export interface FoodSearchDetail {
  /** The query as typed, trimmed. */
  query: string;
  result: FoodSearchResult;
  /** Ids of the listed food(s), or of the candidates when the answer is ambiguous; empty when not listed. */
  foodIds: string[];
}

/**
 * The `detail` of `net-question-add` and `net-question-remove`: the question the reader added to or removed from their
 * list (src/shared/questions-store.ts), fired by the widget where they did it.
 */
export interface QuestionDetail {
  question: SavedQuestion;
}

/** The `detail` of `net-error`: the problem, as the widget shows it. */
export type NetErrorDetail = Problem;

/** Each event's `detail` type. */
export interface NetEventDetails {
  'net-error': NetErrorDetail;
  'net-drug-select': DrugSelectDetail;
  'net-filter-change': FilterChangeDetail;
  'net-food-search': FoodSearchDetail;
  'net-question-add': QuestionDetail;
  'net-question-remove': QuestionDetail;
}

const ALL = WIDGET_TAGS;

/** How each event is fired, by which widgets, and its React prop. */
export const NET_EVENTS = {
  'net-error': { cancelable: false, on: ALL, reactProp: 'onNetError' },
  'net-drug-select': { cancelable: true, on: ['net-treatment-list', 'net-diet-guide'], reactProp: 'onNetDrugSelect' },
  'net-filter-change': { cancelable: false, on: ['net-treatment-list'], reactProp: 'onNetFilterChange' },
  'net-food-search': { cancelable: false, on: ['net-diet-guide'], reactProp: 'onNetFoodSearch' },
  'net-question-add': { cancelable: false, on: ALL, reactProp: 'onNetQuestionAdd' },
  'net-question-remove': { cancelable: false, on: ALL, reactProp: 'onNetQuestionRemove' },
} as const satisfies Record<keyof NetEventDetails, { cancelable: boolean; on: readonly string[]; reactProp: string }>;

export type NetEventName = keyof NetEventDetails;

/** The event itself: bubbling and composed (it crosses shadow roots), cancelable as the table says. */
export function netEvent<K extends NetEventName>(name: K, detail: NetEventDetails[K]): CustomEvent<NetEventDetails[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: NET_EVENTS[name].cancelable });
}
export type { NetTag };

/** The events that the widget with tag `T` fires. */
export type EventsOf<T extends NetTag> = {
  [K in NetEventName]: T extends (typeof NET_EVENTS)[K]['on'][number] ? K : never;
}[NetEventName];

declare global {
  interface HTMLElementEventMap {
    'net-error': CustomEvent<NetErrorDetail>;
    'net-drug-select': CustomEvent<DrugSelectDetail>;
    'net-filter-change': CustomEvent<FilterChangeDetail>;
    'net-food-search': CustomEvent<FoodSearchDetail>;
    'net-question-add': CustomEvent<QuestionDetail>;
    'net-question-remove': CustomEvent<QuestionDetail>;
  }
}
