import type { FoodSearchResult } from './food-search.js';

/** The `detail` of `net-food-search`: what the reader searched for and what the guide answered. Nothing is stored. */
export interface FoodSearchDetail {
  /** The query as typed, trimmed. */
  query: string;
  result: FoodSearchResult;
  /** Ids of the listed food(s), or of the candidates when the answer is ambiguous; empty when not listed. */
  foodIds: string[];
}

/**
 * The `detail` of `net-drug-select`: the drug whose card the reader asked to see. (Not added to HTMLElementEventMap
 * here: <net-drug-card> may fire an event of the same name, and one declaration should serve both.)
 */
export interface DrugSelectDetail {
  drugId: string;
}

declare global {
  interface HTMLElementEventMap {
    'net-food-search': CustomEvent<FoodSearchDetail>;
  }
}
