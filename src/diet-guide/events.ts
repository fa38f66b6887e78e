import type { FoodSearchResult } from './food-search.js';

/** The `detail` of `net-food-search`: what the reader searched for and what the guide answered. Nothing is stored. */
export interface FoodSearchDetail {
  /** The query as typed, trimmed. */
  query: string;
  result: FoodSearchResult;
  /** Ids of the listed food(s), or of the candidates when the answer is ambiguous; empty when not listed. */
  foodIds: string[];
}

export type { DrugSelectDetail } from '../shared/events.js';

declare global {
  interface HTMLElementEventMap {
    'net-food-search': CustomEvent<FoodSearchDetail>;
  }
}
