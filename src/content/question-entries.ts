/**
 * What a question needs of the entries it came from, in each locale: each drug's id, name, review dates and side
 * effects' words (to say a side effect in another language), each treatment option's and food's id and name, and the
 * review dates. An entries-only table: the build (scripts/runtime-json.mjs) gives this module just these fields of
 * data/en/drugs.json, treatments.json and diet.json, so that a page with only `<net-questions>` does not carry the
 * drug cards', the list's and the guide's content. (Where nothing trims the JSON, in the tests, Storybook and the
 * all-in-one CDN files, which carry every full file anyway, the same code reads the full files.) Another locale's
 * entries are its full files, once that locale is loaded.
 */
import drugsData from '../../data/en/drugs.json';
import treatmentsData from '../../data/en/treatments.json';
import dietData from '../../data/en/diet.json';
import { dataFor, type Locale } from './locale-data.js';

interface Reviewed {
  readonly reviewed: string;
  readonly nextReview: string;
}

/** A side effects section's words: prose, a list, or both. */
export interface EffectWords {
  readonly text?: string;
  readonly items?: readonly string[];
}

export interface DrugEntry extends Reviewed {
  readonly id: string;
  readonly name: string;
  readonly sideEffects: { readonly common: EffectWords; readonly serious: EffectWords; readonly other?: EffectWords };
}

export interface OptionEntry extends Reviewed {
  readonly id: string;
  readonly name: string;
}

export interface DietEntry extends Reviewed {
  readonly groups: readonly { readonly foods: readonly { readonly id: string; readonly name: string }[] }[];
}

const english = {
  drugs: drugsData as unknown as readonly DrugEntry[],
  treatments: treatmentsData as unknown as readonly OptionEntry[],
  diet: dietData as unknown as DietEntry,
};

/** The drugs in `locale`, or null when that locale is not loaded. */
export function drugEntries(locale: Locale): readonly DrugEntry[] | null {
  return locale === 'en' ? english.drugs : (dataFor<readonly DrugEntry[]>(locale, 'drugs') ?? null);
}

/** The treatment options in `locale`, or null when that locale is not loaded. */
export function optionEntries(locale: Locale): readonly OptionEntry[] | null {
  return locale === 'en' ? english.treatments : (dataFor<readonly OptionEntry[]>(locale, 'treatments') ?? null);
}

/** The diet guide in `locale`, or null when that locale is not loaded. */
export function dietEntry(locale: Locale): DietEntry | null {
  return locale === 'en' ? english.diet : (dataFor<DietEntry>(locale, 'diet') ?? null);
}
