import type { FoodGroup } from '../content/schema.js';
import { parseListAttribute } from '../shared/list-attribute.js';

export interface GroupSelection {
  /** The groups to show, in the order of the data. */
  groups: FoodGroup[];
  /** Ids that name no group, as written. */
  unknown: string[];
}

/** The groups a `groups` attribute names (see `parseListAttribute`; all of them when it is empty), and the ids that match none. */
export function selectGroups(all: readonly FoodGroup[], value: string | null | undefined): GroupSelection {
  const { values, unknown } = parseListAttribute(value, all.map((g) => g.id), 'known');
  return { groups: all.filter((g) => values.includes(g.id)), unknown };
}
