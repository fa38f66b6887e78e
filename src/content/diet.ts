/**
 * The bundled diet guide for carcinoid syndrome (data/en/diet.json), typed. Checked by the content tests, not at run
 * time.
 */
import data from '../../data/en/diet.json';
import { dataFor, type Locale } from './locale-data.js';
import type { Diet, Food, FoodGroup } from './schema.js';

/** The English diet guide, from which every other locale's is translated. */
export const diet: Diet = data as unknown as Diet;

/** The diet guide in `locale`, or in English while that locale is not loaded. */
export function dietIn(locale: Locale): Diet {
  return dataFor<Diet>(locale, 'diet') ?? diet;
}

/** A food together with the group it belongs to. */
export interface FoodInGroup {
  food: Food;
  group: FoodGroup;
}

/** Every food in the guide, each with its group. */
export const foods: readonly FoodInGroup[] = diet.groups.flatMap((group) => group.foods.map((food) => ({ food, group })));

/** Every name a reader may use for a food: its name, other names (singular, plural) and its id. */
export function foodNames(food: Food): string[] {
  return [food.name, ...food.otherNames, food.id];
}

