import type { FoodGroup } from '../content/schema.js';

/** The group ids in a `groups` attribute ("amines, alcohol"): trimmed, without blanks or repeats. */
export function parseGroupIds(value: string | null | undefined): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)];
}

export interface GroupSelection {
  /** The groups to show, in the order of the data. */
  groups: FoodGroup[];
  /** Ids that name no group. */
  unknown: string[];
}

/** The groups whose ids are in `ids` (all of them when `ids` is empty), and the ids that match none. */
export function selectGroups(all: readonly FoodGroup[], ids: readonly string[]): GroupSelection {
  if (ids.length === 0) return { groups: [...all], unknown: [] };
  const known = new Set(all.map((g) => g.id));
  return {
    groups: all.filter((g) => ids.includes(g.id)),
    unknown: ids.filter((id) => !known.has(id)),
  };
}
